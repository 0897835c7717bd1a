// The page's words in Dutch and English. Value labels come from the wish map itself; segment and
// network names are the codes the survey used, shown as written.

const WORDS = {
  nl: {
    title: "Rode draad",
    wishMap: "Wensenkaart",
    segmentColumn: "Groep naar",
    keyPrompt: "Leessleutel (onderzoeker)",
    keySubmit: "Openen",
    keyHint: "De sleutel blijft in dit tabblad; hij gaat nooit in een adres mee.",
    values: "Wat is urgent?",
    valuesSub: (n, k) => `${n} bewoners · rood: de top ${k} · rechts: hoe zeker die plek is`,
    dissatisfactionOnly: "urgentie is alleen ontevredenheid: deze enquête vroeg niet naar belang",
    urgency: "Urgentie",
    pTopK: (k) => `Kans op top ${k}`,
    segments: "Per groep",
    segmentsSub: (column) => `Urgentie van de vijf meest urgente waarden, per ${column}`,
    everyone: "Iedereen",
    hidden: (list, k) => `Niet getoond (minder dan ${k} mensen): ${list}`,
    networks: "Waar mensen al voor in beweging komen",
    networksSub: (column) => `Deel van de bewoners dat meedoet, per ${column}`,
    share: "Deel",
    trust: "Vertrouwen voor en na",
    before: "Voor",
    after: "Na",
    mean: "Gemiddelde",
    trustRose: (d, lo, hi, max) =>
      `Vertrouwen steeg met ${d} op een ${max}-puntsschaal (95%-BI ${lo} tot ${hi})`,
    trustFell: (d, lo, hi, max) =>
      `Vertrouwen daalde met ${d} op een ${max}-puntsschaal (95%-BI ${lo} tot ${hi})`,
    trustBaseline: (n) => `Nulmeting: ${n} huishoudens · de meting na de activiteit volgt nog`,
    noTrust: "Geen vertrouwensmeting bij deze wensenkaart",
    respondents: "bewoners",
    households: "huishoudens",
    privacy: "Alleen groepen van minstens 5 mensen worden getoond.",
    synthetic: "Voorbeeldgegevens: verzonnen, volgens het verhaal van de pilot.",
    badKey: "Deze sleutel werkt niet. Voer een leessleutel in.",
    failed: (what) => `Kon ${what} niet laden.`,
    noWishMaps: "Er zijn nog geen wensenkaarten.",
    neighbourhoodOnly: (name) => `${name} (buurt, zonder wensenkaart)`,
    fit: "Activiteiten naar passendheid",
    fitSub: (k) => `Hoe goed elk idee bij de rode draad past · groepen onder ${k} tellen niet apart`,
    fitTotal: "Passendheid",
    fitParts: { valueFit: "Past bij de waarden", networkReach: "Bereik via netwerken" },
    flagsLabel: "Let op",
    flagNames: {
      noSustainabilityLink: "geen link met duurzaamheid",
      noBenefit: "geen voordeel voor bewoners",
    },
    attendance: "Opkomst door de tijd",
    attendanceSub: "Aantal aanwezigen per bijeenkomst en per sessie",
    meetings: "Bijeenkomsten",
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
  },
  en: {
    title: "Red thread",
    wishMap: "Wish map",
    segmentColumn: "Group by",
    keyPrompt: "Read key (researcher)",
    keySubmit: "Open",
    keyHint: "The key stays in this tab; it never goes into an address.",
    values: "What is urgent?",
    valuesSub: (n, k) => `${n} residents · red: the top ${k} · right: how certain that place is`,
    dissatisfactionOnly: "urgency is dissatisfaction alone: this survey did not ask importance",
    urgency: "Urgency",
    pTopK: (k) => `Chance of top ${k}`,
    segments: "By group",
    segmentsSub: (column) => `Urgency of the five most urgent values, by ${column}`,
    everyone: "Everyone",
    hidden: (list, k) => `Not shown (fewer than ${k} people): ${list}`,
    networks: "Where people already move for",
    networksSub: (column) => `Share of residents taking part, by ${column}`,
    share: "Share",
    trust: "Trust before and after",
    before: "Before",
    after: "After",
    mean: "Mean",
    trustRose: (d, lo, hi, max) =>
      `Trust rose by ${d} on a ${max}-point scale (95% CI ${lo} to ${hi})`,
    trustFell: (d, lo, hi, max) =>
      `Trust fell by ${d} on a ${max}-point scale (95% CI ${lo} to ${hi})`,
    trustBaseline: (n) => `Baseline: ${n} households · the wave after the activity is still to come`,
    noTrust: "No trust measurement for this wish map",
    respondents: "residents",
    households: "households",
    privacy: "Only groups of at least 5 people are shown.",
    synthetic: "Example data: invented, following the pilot's story.",
    badKey: "This key does not work. Enter a read key.",
    failed: (what) => `Could not load ${what}.`,
    noWishMaps: "There are no wish maps yet.",
    neighbourhoodOnly: (name) => `${name} (neighbourhood, no wish map)`,
    fit: "Activity ideas by fit",
    fitSub: (k) => `How well each idea fits the red thread · groups under ${k} do not count apart`,
    fitTotal: "Fit",
    fitParts: { valueFit: "Fits the values", networkReach: "Reach through networks" },
    flagsLabel: "Mind",
    flagNames: {
      noSustainabilityLink: "no link to sustainability",
      noBenefit: "no benefit for residents",
    },
    attendance: "Attendance over time",
    attendanceSub: "People present per meeting and per session",
    meetings: "Meetings",
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
  },
};

export const LANGUAGES = Object.keys(WORDS);

/** The words of one language. */
export function words(lang) {
  return WORDS[lang] ?? WORDS.nl;
}

/** A number with `digits` decimals, written the way the language writes it. */
export function number(lang, value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return "–";
  }
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A share as a whole percentage. */
export function percent(lang, share) {
  if (share === null || share === undefined) {
    return "–";
  }
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(share);
}

/** A code such as `young_parents` as words. */
export function humanise(code) {
  return String(code).replaceAll("_", " ").replaceAll("-", " ");
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
}
