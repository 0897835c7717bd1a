// The page's words in Dutch and English. Everything the data name (values, segment columns and
// their values, networks, waves) is shown by the label its wish map or measurement declares; a code
// is shown only where nothing declares a label, as words and never with its underscores.

const WORDS = {
  nl: {
    title: "Rode draad",
    wishMap: "Wensenkaart",
    wishMapNumbered: (place, i) => `${place} · ${i}`,
    segmentColumn: "Groep naar",
    fullScreen: "Volledig scherm",
    print: "Afdrukken",
    languages: "Taal",
    keyPrompt: "Leessleutel (onderzoeker)",
    keySubmit: "Openen",
    keyHint: "De sleutel blijft in dit tabblad; hij gaat nooit in een adres mee.",
    values: "Wat is urgent?",
    valuesSub: (n, k) => `${n} bewoners · rood: de top ${k} · rechts: hoe zeker die plek is`,
    valuesN: (lo, hi) =>
      lo === hi ? `Elke waarde door ${lo} bewoners beoordeeld` : `Elke waarde door ${lo} tot ${hi} bewoners beoordeeld`,
    agreement: (word, w) => `Eensgezindheid over wat belangrijk is: ${word} (Kendalls W = ${w})`,
    noAgreement: "Eensgezindheid over wat belangrijk is: niet te berekenen",
    agreementWords: ["zeer zwak", "zwak", "matig", "sterk", "zeer sterk"],
    dissatisfactionOnly: "urgentie is alleen ontevredenheid: deze enquête vroeg niet naar belang",
    urgency: "Urgentie",
    pTopK: (k) => `Kans op top ${k}`,
    value: "Waarde",
    rank: "Plaats",
    respondentsN: "n",
    importance: "Belang (gem.)",
    satisfaction: "Tevredenheid (gem.)",
    segments: "Per groep",
    segmentsSub: (column) => `Urgentie van de vijf meest urgente waarden, per ${column}`,
    everyone: "Iedereen",
    group: "Groep",
    hidden: (list, k) => `Niet getoond (minder dan ${k} mensen): ${list}`,
    networks: "Waar mensen al voor in beweging komen",
    networksSub: (column) => `Deel van de bewoners dat meedoet, per ${column}`,
    network: "Netwerk",
    share: "Deel",
    trust: "Vertrouwen door de tijd",
    waveBefore: "Eerste meting",
    waveAfter: "Vergelijken met",
    waveWords: { before: "Voor", after: "Na", baseline: "Nulmeting" },
    wave: "Meting",
    mean: "Gemiddelde",
    ci95: "95%-betrouwbaarheidsinterval",
    trustRose: (d, lo, hi, max) =>
      `Vertrouwen steeg met ${d} op een ${max}-puntsschaal (95%-BI ${lo} tot ${hi})`,
    trustFell: (d, lo, hi, max) =>
      `Vertrouwen daalde met ${d} op een ${max}-puntsschaal (95%-BI ${lo} tot ${hi})`,
    trustUnclear: (d, lo, hi) =>
      `Geen duidelijk verschil: ${d}, maar het 95%-BI loopt van ${lo} tot ${hi} en omvat nul`,
    trustNoInterval: "Het verschil is niet getoond: zonder betrouwbaarheidsinterval is het onzeker",
    trustBaseline: (n) => `Nulmeting: ${n} huishoudens · de meting na de activiteit volgt nog`,
    trustSame: "Kies twee verschillende metingen om ze te vergelijken",
    trustSuppressed: "Niet vrijgegeven: te weinig mensen",
    noTrust: "Geen vertrouwensmeting in deze buurt",
    respondents: "bewoners",
    households: "huishoudens",
    privacy: "Alleen groepen van minstens 5 mensen worden getoond.",
    synthetic: "Voorbeeldgegevens: verzonnen, volgens het verhaal van de pilot.",
    badKey: "Deze sleutel werkt niet. Voer een leessleutel in.",
    failed: (what) => `Kon ${what} niet laden.`,
    notShown: (detail) => `Niet getoond: ${detail}`,
    noWishMaps: "Er zijn nog geen wensenkaarten.",
    neighbourhoodOnly: (name) => `${name} · alleen buurt`,
    fit: "Activiteiten naar passendheid",
    fitSub: (k) => `Hoe goed elk idee bij de rode draad past · groepen onder ${k} tellen niet apart`,
    activity: "Activiteit",
    fitTotal: "Passendheid",
    fitParts: { valueFit: "Past bij de waarden", networkReach: "Bereik via netwerken" },
    flagsLabel: "Let op",
    flagNames: {
      noSustainabilityLink: "geen link met duurzaamheid",
      noBenefit: "geen voordeel voor bewoners",
    },
    attendance: "Opkomst door de tijd",
    attendanceSub: "Aantal aanwezigen per bijeenkomst en per sessie",
    funnel: "Trechter van de aanpak",
    funnelSub: (day, live) =>
      live ? `Huishoudens per fase op ${day} (actueel)` : `Huishoudens per fase, eind van de maand ${day}`,
    funnelNone: "Nog geen maand vrijgegeven: de trechter verschijnt na afloop van de maand waarin de eerste stappen zijn vastgelegd.",
    funnelHistory: "Trechter per maand",
    funnelWhole: "Hele buurt",
    phase: "Fase",
    hiddenCell: "verborgen",
    hiddenPhases: (list, k) => `Verborgen (kan minder dan ${k} huishoudens aanwijzen): ${list}`,
    wishes: "Wensen per waarde",
    wishesSub: (n) => `Bewoners met minstens één wens bij de waarde · van ${n} bewoners`,
    wishesNotYet: "Nog niet: de meting loopt nog of de wensen worden nog ingedeeld.",
    wishesWithheld: (reason) => `Niet vrijgegeven${reason ? ": " + reason : ""}`,
    wishesHidden: (list, k) => `Verborgen (minder dan ${k} mensen): ${list}`,
    meetings: "Bijeenkomsten",
    date: "Datum",
    present: "Aanwezig",
    series: "Reeks",
    meetingKinds: {
      information: "Informatieavonden",
      marketConsultation: "Marktconsultatie",
      workshop: "Werkplaatsen",
      activity: "Activiteiten",
    },
    coverage: "Contactpersonen per gebouw",
    coverageSub: (covered, all) => `${covered} van ${all} gebouwen hebben een actieve contactpersoon`,
    covered: "Met contactpersoon",
    uncovered: "Zonder contactpersoon",
    buildings: "Gebouwen",
    parked: "Geparkeerde vragen",
    parkedSub: "Vragen die later beantwoord worden, met wat bewoners is beloofd",
    parkedReached: "Fase bereikt",
    parkedDue: "Nu aan de beurt",
    parkedLater: "Later",
    parkedNone: "Geen geparkeerde vragen.",
    parkedNoneDue: "Geen vraag is in deze fase aan de beurt.",
    parkedNeedsTeam: "Alleen met de sleutel van een coördinator of contactpersoon: de vragen zijn de eigen woorden van bewoners.",
    raisedBy: (n) => (n === 1 ? "1 keer gesteld" : `${n} keer gesteld`),
    until: "Tot",
    phases: { curious: "nieuwsgierig", informed: "geïnformeerd", involved: "betrokken", participating: "doet mee" },
    results: "Getoonde resultaten",
    resultsSub: "Wat de buurt al te zien kreeg",
    resultsNone: "Nog geen resultaten getoond.",
    resultsPage: "Resultatenpagina voor bewoners",
    tables: "De cijfers achter de grafieken",
    tablesSub: "Dezelfde cijfers als in de grafieken, als tabel: voor schermlezers en als hand-out.",
    chartLabel: (title) => `${title}: grafiek; de cijfers staan in de tabel ‘${title}’ onder de panelen`,
  },
  en: {
    title: "Red thread",
    wishMap: "Wish map",
    wishMapNumbered: (place, i) => `${place} · ${i}`,
    segmentColumn: "Group by",
    fullScreen: "Full screen",
    print: "Print",
    languages: "Language",
    keyPrompt: "Read key (researcher)",
    keySubmit: "Open",
    keyHint: "The key stays in this tab; it never goes into an address.",
    values: "What is urgent?",
    valuesSub: (n, k) => `${n} residents · red: the top ${k} · right: how certain that place is`,
    valuesN: (lo, hi) =>
      lo === hi ? `Each value rated by ${lo} residents` : `Each value rated by ${lo} to ${hi} residents`,
    agreement: (word, w) => `Agreement on what matters: ${word} (Kendall's W = ${w})`,
    noAgreement: "Agreement on what matters: cannot be computed",
    agreementWords: ["very weak", "weak", "moderate", "strong", "very strong"],
    dissatisfactionOnly: "urgency is dissatisfaction alone: this survey did not ask importance",
    urgency: "Urgency",
    pTopK: (k) => `Chance of top ${k}`,
    value: "Value",
    rank: "Rank",
    respondentsN: "n",
    importance: "Importance (mean)",
    satisfaction: "Satisfaction (mean)",
    segments: "By group",
    segmentsSub: (column) => `Urgency of the five most urgent values, by ${column}`,
    everyone: "Everyone",
    group: "Group",
    hidden: (list, k) => `Not shown (fewer than ${k} people): ${list}`,
    networks: "Where people already move for",
    networksSub: (column) => `Share of residents taking part, by ${column}`,
    network: "Network",
    share: "Share",
    trust: "Trust over time",
    waveBefore: "First wave",
    waveAfter: "Compare with",
    waveWords: { before: "Before", after: "After", baseline: "Baseline" },
    wave: "Wave",
    mean: "Mean",
    ci95: "95% confidence interval",
    trustRose: (d, lo, hi, max) =>
      `Trust rose by ${d} on a ${max}-point scale (95% CI ${lo} to ${hi})`,
    trustFell: (d, lo, hi, max) =>
      `Trust fell by ${d} on a ${max}-point scale (95% CI ${lo} to ${hi})`,
    trustUnclear: (d, lo, hi) =>
      `No clear difference: ${d}, but the 95% CI runs from ${lo} to ${hi} and includes zero`,
    trustNoInterval: "The difference is not shown: without a confidence interval it is uncertain",
    trustBaseline: (n) => `Baseline: ${n} households · the wave after the activity is still to come`,
    trustSame: "Choose two different waves to compare them",
    trustSuppressed: "Not released: too few people",
    noTrust: "No trust measurement in this neighbourhood",
    respondents: "residents",
    households: "households",
    privacy: "Only groups of at least 5 people are shown.",
    synthetic: "Example data: invented, following the pilot's story.",
    badKey: "This key does not work. Enter a read key.",
    failed: (what) => `Could not load ${what}.`,
    notShown: (detail) => `Not shown: ${detail}`,
    noWishMaps: "There are no wish maps yet.",
    neighbourhoodOnly: (name) => `${name} · neighbourhood only`,
    fit: "Activity ideas by fit",
    fitSub: (k) => `How well each idea fits the red thread · groups under ${k} do not count apart`,
    activity: "Activity",
    fitTotal: "Fit",
    fitParts: { valueFit: "Fits the values", networkReach: "Reach through networks" },
    flagsLabel: "Mind",
    flagNames: {
      noSustainabilityLink: "no link to sustainability",
      noBenefit: "no benefit for residents",
    },
    attendance: "Attendance over time",
    attendanceSub: "People present per meeting and per session",
    funnel: "Funnel of the approach",
    funnelSub: (day, live) =>
      live ? `Households per phase on ${day} (live)` : `Households per phase, end of the month ${day}`,
    funnelNone: "No month released yet: the funnel appears once the month in which the first steps were recorded is over.",
    funnelHistory: "Funnel by month",
    funnelWhole: "Whole neighbourhood",
    phase: "Phase",
    hiddenCell: "hidden",
    hiddenPhases: (list, k) => `Hidden (could point at fewer than ${k} households): ${list}`,
    wishes: "Wishes by value",
    wishesSub: (n) => `Residents with at least one wish for the value · of ${n} residents`,
    wishesNotYet: "Not yet: the survey is still open or its wishes are still being coded.",
    wishesWithheld: (reason) => `Not released${reason ? ": " + reason : ""}`,
    wishesHidden: (list, k) => `Hidden (fewer than ${k} people): ${list}`,
    meetings: "Meetings",
    date: "Date",
    present: "Present",
    series: "Series",
    meetingKinds: {
      information: "Information evenings",
      marketConsultation: "Market consultation",
      workshop: "Workshops",
      activity: "Activities",
    },
    coverage: "Contact persons per building",
    coverageSub: (covered, all) => `${covered} of ${all} buildings have an active contact person`,
    covered: "With a contact person",
    uncovered: "Without a contact person",
    buildings: "Buildings",
    parked: "Parked questions",
    parkedSub: "Questions answered later, with what residents were promised",
    parkedReached: "Phase reached",
    parkedDue: "Due now",
    parkedLater: "Later",
    parkedNone: "No parked questions.",
    parkedNoneDue: "No question is due in this phase.",
    parkedNeedsTeam: "Only with a coordinator's or contact person's key: the questions are residents' own words.",
    raisedBy: (n) => (n === 1 ? "asked once" : `asked ${n} times`),
    until: "Until",
    phases: { curious: "curious", informed: "informed", involved: "involved", participating: "participating" },
    results: "Results shown",
    resultsSub: "What the neighbourhood has been shown so far",
    resultsNone: "No results shown yet.",
    resultsPage: "Results page for residents",
    tables: "The figures behind the charts",
    tablesSub: "The same figures as in the charts, as tables: for screen readers and as a handout.",
    chartLabel: (title) => `${title}: chart; its figures are in the table ‘${title}’ below the panels`,
  },
};

export const LANGUAGES = Object.keys(WORDS);

/** The words of one language. */
export function words(lang) {
  return WORDS[lang] ?? WORDS.nl;
}

function locale(lang) {
  return lang === "nl" ? "nl-NL" : "en-GB";
}

/** A number with `digits` decimals, written the way the language writes it. */
export function number(lang, value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return "–";
  }
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A share as a whole percentage. */
export function percent(lang, share) {
  if (share === null || share === undefined) {
    return "–";
  }
  return new Intl.NumberFormat(locale(lang), {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(share);
}

/** A date (`2023-05-15`) the way the language writes it. */
export function date(lang, iso) {
  if (!iso) {
    return "–";
  }
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale(lang), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A code such as `young_parents` as words: only for what declares no label. */
export function humanise(code) {
  return String(code).replaceAll("_", " ").replaceAll("-", " ");
}

/** A declared label `{nl, en}` in the language, else in the other one, else `fallback`. */
export function pick(lang, label, fallback) {
  if (label && typeof label === "object") {
    return label[lang] || label.nl || label.en || fallback;
  }
  if (typeof label === "string" && label) {
    return label;
  }
  return fallback;
}

/**
 * Kendall's W in words: the nearest of the anchors 0.1 very weak, 0.3 weak, 0.5 moderate, 0.7
 * strong and 0.9 very strong (docs/workshop.md says where they come from).
 */
export function agreementWord(lang, w) {
  const bounds = [0.2, 0.4, 0.6, 0.8];
  const index = bounds.findIndex((b) => w < b);
  return words(lang).agreementWords[index === -1 ? bounds.length : index];
}

/** Fills every element with a `data-i18n` key with that key's words. */
export function translatePage(lang) {
  const w = words(lang);
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) {
    const text = w[el.dataset.i18n];
    if (typeof text === "string") {
      el.textContent = text;
    }
  }
  for (const el of document.querySelectorAll("[data-i18n-label]")) {
    const text = w[el.dataset.i18nLabel];
    if (typeof text === "string") {
      el.setAttribute("aria-label", text);
    }
  }
}
