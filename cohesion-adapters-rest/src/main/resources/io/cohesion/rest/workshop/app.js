// The workshop page: what a facilitator puts on the wall during the red-thread workshop. It reads
// aggregates only, so a researcher's read-only key is all it needs; a coordinator's key also shows
// the parked questions, which are residents' own words.

import { Api, takeKey, keepKey, forgetKey } from "./api.js";
import { LANGUAGES, words, translatePage, humanise, pick, date, number, agreementWord } from "./i18n.js";
import * as charts from "./charts.js";

/** The small-group rule the page asks for; the footer names it. */
const K_MIN = 5;
const STORED_LANGUAGE = "cohesion.workshop.lang";
/** The phases of the approach, in order, as the API names them. */
const PHASES = ["curious", "informed", "involved", "participating"];
/** The width in CSS pixels the charts are drawn at on paper (A4 less its margins). */
const PRINT_WIDTH = 680;

const state = {
  lang: LANGUAGES.includes(localStorage.getItem(STORED_LANGUAGE))
    ? localStorage.getItem(STORED_LANGUAGE)
    : "nl",
  api: null,
  wishMaps: [],
  measurements: [],
  neighbourhoods: [],
  column: null,
  shown: null,
  ticket: 0,
  // The waves the facilitator chose to compare, per neighbourhood: {before, after} measurement ids.
  waves: new Map(),
  phase: PHASES[0],
};

const $ = (id) => document.getElementById(id);

// A chart follows its box: the texts around it and the window both change its size. The red
// thread's layout is measured in pixels, so a new size draws the page again.
let redraw = 0;
const resized = new ResizeObserver((entries) => {
  for (const entry of entries) {
    window.echarts.getInstanceByDom(entry.target)?.resize();
  }
  cancelAnimationFrame(redraw);
  redraw = requestAnimationFrame(() => {
    if (state.shown && !document.body.dataset.loading) {
      render();
    }
  });
});

function chart(id) {
  const el = $(id);
  const existing = window.echarts.getInstanceByDom(el);
  if (existing) {
    return existing;
  }
  resized.observe(el);
  // SVG: its texts are the page's own, which a screen reader, a test and the print can read.
  return window.echarts.init(el, null, { renderer: "svg" });
}

/** Draws `option` in chart `id` and names the chart after its panel's title. */
function draw(id, option, title) {
  const c = chart(id);
  c.setOption(option, true);
  $(id).setAttribute("aria-label", words(state.lang).chartLabel(title));
}

function notice(text) {
  const el = $("notice");
  el.textContent = text ?? "";
  el.hidden = !text;
}

function showKeyForm(message) {
  $("panels").hidden = true;
  $("more").hidden = true;
  $("tables").hidden = true;
  $("key-form").hidden = false;
  notice(message);
  $("key").focus();
}

function setLanguage(lang) {
  state.lang = lang;
  localStorage.setItem(STORED_LANGUAGE, lang);
  translatePage(lang);
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  }
  fillWishMapSelect();
  fillSegmentSelect();
  fillPhaseSelect();
  if (state.shown) {
    fillWaveSelects();
    render();
  }
}

// --- labels: what the data declare, never their codes

function placeName(id) {
  return state.neighbourhoods.find((n) => n.id === id)?.name ?? humanise(id);
}

/** A wish map by the name of the neighbourhood it belongs to, numbered when that has several. */
function mapName(map) {
  const w = words(state.lang);
  const ids = state.neighbourhoods.map((n) => n.id);
  const place = placeOf(map.id, ids);
  if (!place) {
    return humanise(map.id);
  }
  const siblings = state.wishMaps
    .filter((m) => placeOf(m.id, ids) === place)
    .map((m) => m.id)
    .sort();
  return siblings.length > 1
    ? w.wishMapNumbered(placeName(place), siblings.indexOf(map.id) + 1)
    : placeName(place);
}

function labelOf(map) {
  const labels = new Map(map.values.map((v) => [v.code, v.label]));
  return (code) => pick(state.lang, labels.get(code), humanise(code));
}

function declaredColumn(map, column) {
  return declaredColumns(map).find((d) => d.column === column) ?? null;
}

function columnLabel(map, column) {
  return pick(state.lang, declaredColumn(map, column)?.label, humanise(column ?? ""));
}

/** The declared label of a value of `column`. */
function segmentValueLabel(map, column) {
  const values = declaredColumn(map, column)?.values ?? [];
  return (code) => pick(state.lang, values.find((v) => v.code === code)?.label, humanise(code));
}

/** The declared label of a network, where the wish map declares its networks. */
function networkLabel(map) {
  const declared = Array.isArray(map.networks) ? map.networks : [];
  return (code) => {
    const found = declared.find((n) => (typeof n === "object" ? n.code === code : n === code));
    return pick(state.lang, found && typeof found === "object" ? found.label : null, humanise(code));
  };
}

/** A wave by its declared name and the day it opened, on two lines for the chart's axis. */
function waveLabel(m, separator = "\n") {
  const w = words(state.lang);
  return `${w.waveWords[m.wave] ?? m.wave}${separator}${date(state.lang, m.opened)}`;
}

// --- choices

/** The value of a choice that is a neighbourhood without a wish map. */
const PLACE = "neighbourhood:";

/** The chosen wish map; none when a neighbourhood without one is chosen. */
function currentMap() {
  const chosen = $("wish-map").value;
  if (chosen && chosen.startsWith(PLACE)) {
    return null;
  }
  return state.wishMaps.find((m) => m.id === chosen) ?? state.wishMaps[0] ?? null;
}

/**
 * The neighbourhood a wish map belongs to: the one whose id starts the wish map's id (the pilots
 * name them so: nij-beets, nij-beets-dorpsspiegel-…), the longest if several do.
 */
function placeOf(mapId, places) {
  return (
    places
      .filter((place) => mapId === place || mapId.startsWith(place + "-"))
      .sort((a, b) => b.length - a.length)[0] ?? null
  );
}

/** The neighbourhood of the current choice, if any. */
function currentPlace() {
  const chosen = $("wish-map").value;
  if (chosen && chosen.startsWith(PLACE)) {
    return chosen.slice(PLACE.length);
  }
  const map = currentMap();
  return map ? placeOf(map.id, state.neighbourhoods.map((n) => n.id)) : null;
}

/** Neighbourhoods no wish map belongs to: they are chosen for their engagement panels alone. */
function placesWithoutMap() {
  const ids = state.neighbourhoods.map((n) => n.id);
  const withMap = new Set(state.wishMaps.map((m) => placeOf(m.id, ids)));
  return state.neighbourhoods.filter((n) => !withMap.has(n.id));
}

function fillWishMapSelect() {
  const select = $("wish-map");
  const chosen = select.value;
  const w = words(state.lang);
  select.replaceChildren(
    ...state.wishMaps.map((m) => new Option(mapName(m), m.id, false, m.id === chosen)),
    ...placesWithoutMap().map(
      (n) => new Option(w.neighbourhoodOnly(n.name), PLACE + n.id, false, PLACE + n.id === chosen)
    )
  );
}

/**
 * The segment columns the page may group by: those the wish map declares with their values. The
 * page reads as a researcher, who is shown no groups of a column declared by name only.
 */
function declaredColumns(map) {
  return map ? map.segments.filter((s) => typeof s === "object" && s !== null) : [];
}

function fillSegmentSelect() {
  const select = $("segment-column");
  const map = currentMap();
  const declared = declaredColumns(map);
  const columns = declared.map((d) => d.column);
  if (!columns.includes(state.column)) {
    state.column = columns[0] ?? null;
  }
  select.replaceChildren(
    ...declared.map(
      (d) => new Option(columnLabel(map, d.column), d.column, false, d.column === state.column)
    )
  );
  select.disabled = columns.length === 0;
  // A neighbourhood without a wish map has no groups to choose.
  $("segment-pick").hidden = columns.length === 0 || $("wish-map").value.startsWith(PLACE);
}

function fillPhaseSelect() {
  const w = words(state.lang);
  $("parked-phase").replaceChildren(
    ...PHASES.map((p) => new Option(w.phases[p], p, false, p === state.phase))
  );
}

/**
 * The trust waves of a neighbourhood: those of the scale measured most often there, oldest first.
 */
function wavesOf(place) {
  const here = state.measurements.filter((m) => m.neighbourhood === place);
  if (here.length === 0) {
    return [];
  }
  const byScale = new Map();
  for (const m of here) {
    byScale.set(m.scale, [...(byScale.get(m.scale) ?? []), m]);
  }
  const waves = [...byScale.values()].sort((a, b) => b.length - a.length)[0];
  return waves.sort((a, b) => a.opened.localeCompare(b.opened) || a.id.localeCompare(b.id));
}

/**
 * The two waves compared: the facilitator's choice, else the first against the latest. The page
 * never picks a wave by itself beyond that first guess: the selects show which ones are compared.
 */
function chosenWaves(place) {
  const waves = wavesOf(place);
  if (waves.length === 0) {
    return null;
  }
  const ids = waves.map((m) => m.id);
  const earlier = state.waves.get(place);
  const before = earlier && ids.includes(earlier.before) ? earlier.before : ids[0];
  const after =
    earlier && ids.includes(earlier.after) ? earlier.after : ids.length > 1 ? ids[ids.length - 1] : before;
  state.waves.set(place, { before, after });
  const find = (id) => waves.find((m) => m.id === id);
  return { scale: waves[0].scale, waves, before: find(before), after: after === before ? null : find(after) };
}

function fillWaveSelects() {
  const place = state.shown?.place;
  const chosen = place ? chosenWaves(place) : null;
  $("trust-waves").hidden = !chosen || chosen.waves.length < 2;
  if (!chosen) {
    return;
  }
  const { before, after } = state.waves.get(place);
  const options = (selected) =>
    chosen.waves.map((m) => new Option(waveLabel(m, " · "), m.id, false, m.id === selected));
  $("wave-before").replaceChildren(...options(before));
  $("wave-after").replaceChildren(...options(after));
}

// --- loading

/** The answer of `promise`, or the error it failed with: one panel's failure is not the page's. */
async function settle(promise) {
  try {
    return { value: await promise };
  } catch (e) {
    return { error: e };
  }
}

async function loadTrust(api, place) {
  const chosen = place ? chosenWaves(place) : null;
  if (!chosen) {
    return null;
  }
  const path = (m) => "/measurements/" + encodeURIComponent(m.id);
  const [scale, before, after, comparison] = await Promise.all([
    api.get("/scales/" + encodeURIComponent(chosen.scale)),
    settle(api.get(path(chosen.before) + "/scores", { kMin: K_MIN })),
    chosen.after ? settle(api.get(path(chosen.after) + "/scores", { kMin: K_MIN })) : null,
    chosen.after
      ? settle(api.get(path(chosen.before) + "/comparison", { with: chosen.after.id }))
      : null,
  ]);
  return {
    range: scale.response,
    scaleLabel: scale.name,
    chosen,
    before: before.value ?? null,
    beforeError: before.error ?? null,
    after: after?.value ?? null,
    afterError: after?.error ?? null,
    comparison: comparison?.value ?? null,
    comparisonError: comparison?.error ?? null,
  };
}

/**
 * What the engagement panels show for a neighbourhood (and the chosen wish map): the activity
 * ideas ranked by fit, the attendance of meetings and sessions, the contact persons' coverage, the
 * parked questions and the results shown. A part without data is null, and its panel stays hidden.
 */
async function loadEngagement(api, map, place) {
  // Asked for beside the rest: loadWishes answers whatever the API says, so it never throws.
  const wishesAnswer = map ? loadWishes(api, map) : null;
  if (!place) {
    return {
      fit: null,
      meetings: [],
      sessions: [],
      coverage: null,
      parked: null,
      results: null,
      funnel: null,
      wishes: await wishesAnswer,
    };
  }
  const at = encodeURIComponent(place);
  const [fit, attendance, coverage, parked, results, funnel] = await Promise.all([
    map
      ? api.get(`/wish-maps/${encodeURIComponent(map.id)}/activity-fit`, {
          neighbourhood: place,
          kMin: K_MIN,
        })
      : null,
    api.get(`/neighbourhoods/${at}/attendance`),
    api.get(`/neighbourhoods/${at}/coverage`),
    loadParked(api, place),
    settle(api.all("/results", { neighbourhood: place })),
    loadFunnel(api, place),
  ]);
  const ranked = fit && fit.activities.length > 0 ? fit : null;
  const sessions = ranked
    ? await Promise.all(
        ranked.activities.map(async (a) => ({
          id: a.id,
          name: a.name,
          ...(await api.get(`/activities/${encodeURIComponent(a.id)}/sessions`)),
        }))
      )
    : [];
  return {
    fit: ranked,
    meetings: attendance.meetings,
    sessions: sessions.filter((s) => s.sessions.length > 0),
    coverage: coverage.buildings > 0 ? coverage : null,
    parked,
    results: results.value ?? [],
    funnel,
    wishes: await wishesAnswer,
  };
}

/** The funnel over time and the names of the buildings it counts; an error the panel says. */
async function loadFunnel(api, place) {
  const [history, buildings] = await Promise.all([
    settle(api.get(`/neighbourhoods/${encodeURIComponent(place)}/funnel-history`, { kMin: K_MIN })),
    settle(api.all("/buildings", { neighbourhood: place })),
  ]);
  if (history.error) {
    return { error: history.error };
  }
  const names = new Map((buildings.value ?? []).map((b) => [b.id, b.name]));
  return { ...history.value, buildingName: (id) => names.get(id) ?? humanise(id) };
}

/**
 * The wish tallies of a wish map: the figures, the withheld form, or `notYet` while the wave is
 * open or its wishes are still being coded (the API's 409, an answer the page expects).
 */
async function loadWishes(api, map) {
  const answer = await settle(
    api.get(`/wish-maps/${encodeURIComponent(map.id)}/wish-tallies`, { kMin: K_MIN })
  );
  if (answer.error) {
    return answer.error.status === 409 ? { notYet: true } : { error: answer.error };
  }
  return answer.value;
}

/** The parked questions and those due in the chosen phase; a key that may not read them says so. */
async function loadParked(api, place) {
  const [all, due] = await Promise.all([
    settle(api.all("/parked-topics", { neighbourhood: place })),
    settle(api.all("/parked-topics", { neighbourhood: place, reached: state.phase })),
  ]);
  if (all.error) {
    return all.error.status === 403 ? { forbidden: true } : { error: all.error };
  }
  return {
    topics: all.value.filter((t) => t.status === "parked"),
    due: new Set((due.value ?? []).map((t) => t.id)),
  };
}

/** Fetches the figures of the chosen wish map and segment column, then draws them. */
async function load() {
  const map = currentMap();
  const place = currentPlace();
  if (!map && !place) {
    notice(words(state.lang).noWishMaps);
    return;
  }
  const ticket = ++state.ticket;
  document.body.dataset.loading = "true";
  const id = map ? encodeURIComponent(map.id) : null;
  const params = state.column ? { segment: state.column, kMin: K_MIN } : { kMin: K_MIN };
  try {
    const [redThread, networks, trust, engagement] = await Promise.all([
      map ? state.api.get(`/wish-maps/${id}/red-thread`, params) : null,
      map ? state.api.get(`/wish-maps/${id}/networks`, params) : null,
      map ? loadTrust(state.api, place) : null,
      loadEngagement(state.api, map, place),
    ]);
    if (ticket !== state.ticket) {
      return; // a later choice overtook this one
    }
    state.shown = {
      map,
      place,
      column: map ? state.column : null,
      redThread,
      networks,
      trust,
      engagement,
    };
    notice(null);
    fillWaveSelects();
    render();
  } catch (e) {
    if (ticket === state.ticket) {
      failed(e);
    }
  }
}

/** Loads the trust panel again after the facilitator chose other waves. */
async function reloadTrust() {
  const ticket = ++state.ticket;
  document.body.dataset.loading = "true";
  try {
    const trust = await loadTrust(state.api, state.shown.place);
    if (ticket !== state.ticket) {
      return;
    }
    state.shown = { ...state.shown, trust };
    fillWaveSelects();
    render();
  } catch (e) {
    if (ticket === state.ticket) {
      failed(e);
    }
  }
}

/** Loads the parked questions again for another phase. */
async function reloadParked() {
  const ticket = ++state.ticket;
  document.body.dataset.loading = "true";
  try {
    const parked = await loadParked(state.api, state.shown.place);
    if (ticket !== state.ticket) {
      return;
    }
    state.shown = { ...state.shown, engagement: { ...state.shown.engagement, parked } };
    render();
  } catch (e) {
    if (ticket === state.ticket) {
      failed(e);
    }
  }
}

function failed(e) {
  delete document.body.dataset.loading;
  if (e.status === 401 || e.status === 403) {
    forgetKey();
    showKeyForm(words(state.lang).badKey);
  } else {
    notice(words(state.lang).failed(e.message));
  }
}

// --- drawing

/** The tables behind the charts, collected while drawing: [{title, table}]. */
let tables = [];

function render() {
  const { map, place, column, engagement } = state.shown;
  const lang = state.lang;
  tables = [];
  // Panels first shown, so that each chart is drawn in the room its panel has.
  const drawn = renderEngagement(lang, engagement, place);
  $("panels").hidden = !map;
  $("more").hidden = drawn === 0;
  document.body.classList.toggle("with-more", Boolean(map) && drawn > 0);
  if (map) {
    renderRedThread(lang);
  }
  drawEngagement(lang, engagement);
  renderTables();
  const placeName = state.neighbourhoods.find((n) => n.id === place)?.name ?? "";
  $("synthetic").hidden = !(map ? map.id.includes("synthetic") : /synthetic/i.test(placeName));
  const chosen = $("wish-map").selectedOptions[0]?.textContent;
  $("print-choice").textContent = chosen ? `${words(lang).wishMap}: ${chosen}` : "";
  // Tells a watcher (and the browser tests) which choice the charts now show.
  document.body.dataset.shown = `${map ? map.id : PLACE + place}|${column ?? ""}|${lang}`;
  delete document.body.dataset.loading;
}

function legend(id, entries) {
  $(id).replaceChildren(
    ...entries.map(({ name, colour }) => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.setAttribute("aria-hidden", "true");
      swatch.style.background = colour;
      item.append(swatch, document.createTextNode(name));
      return item;
    })
  );
}

/** Shows the panels whose data exist and fills their texts; returns how many are shown. */
function renderEngagement(lang, engagement, place) {
  const w = words(lang);
  const { fit, meetings, sessions, coverage, parked, results, funnel, wishes } = engagement;
  $("panel-fit").hidden = !fit;
  $("panel-funnel").hidden = !funnel;
  $("panel-wishes").hidden = !wishes;
  $("panel-attendance").hidden = meetings.length === 0 && sessions.length === 0;
  $("panel-coverage").hidden = !coverage;
  $("panel-parked").hidden = !parked || (parked.topics && parked.topics.length === 0);
  $("panel-results").hidden = !place;
  if (fit) {
    $("fit-sub").textContent = w.fitSub(K_MIN);
    const flags = charts.fitFlags(lang, fit);
    $("fit-flags").textContent = flags.join("\n");
    $("fit-flags").hidden = flags.length === 0;
  }
  $("attendance-sub").textContent = w.attendanceSub;
  if (coverage) {
    $("coverage-sub").textContent = w.coverageSub(coverage.covered.length, coverage.buildings);
  }
  if (parked) {
    renderParked(lang, parked);
  }
  if (place) {
    renderResults(lang, results ?? [], place);
  }
  if (funnel) {
    renderFunnel(lang, funnel);
  }
  if (wishes) {
    renderWishes(lang, wishes);
  }
  return [
    "panel-fit",
    "panel-attendance",
    "panel-funnel",
    "panel-coverage",
    "panel-wishes",
    "panel-parked",
    "panel-results",
  ].filter((p) => !$(p).hidden).length;
}

function paragraph(text, className) {
  const p = document.createElement("p");
  p.textContent = text;
  if (className) {
    p.className = className;
  }
  return p;
}

function renderParked(lang, parked) {
  const w = words(lang);
  const body = $("parked-body");
  $("parked-pick").hidden = Boolean(parked.forbidden || parked.error);
  if (parked.forbidden) {
    body.replaceChildren(paragraph(w.parkedNeedsTeam, "note"));
    return;
  }
  if (parked.error) {
    body.replaceChildren(paragraph(w.notShown(parked.error.message), "note"));
    return;
  }
  const until = (t) =>
    t.until?.phase ? w.phases[t.until.phase] ?? humanise(t.until.phase) : date(lang, t.until?.date);
  const sorted = [...parked.topics].sort(
    (a, b) => Number(parked.due.has(b.id)) - Number(parked.due.has(a.id)) || b.raisedBy - a.raisedBy
  );
  const list = document.createElement("ol");
  list.className = "items";
  for (const t of sorted) {
    const item = document.createElement("li");
    const due = parked.due.has(t.id);
    item.className = due ? "due" : "";
    const head = document.createElement("p");
    head.className = "item-head";
    const badge = document.createElement("span");
    badge.className = due ? "badge due" : "badge";
    badge.textContent = due ? w.parkedDue : w.parkedLater;
    head.append(badge, document.createTextNode(" " + t.question));
    item.append(
      head,
      paragraph(`${w.raisedBy(t.raisedBy)} · ${w.until}: ${until(t)}`, "item-meta"),
      paragraph(t.message ?? "", "item-text")
    );
    list.append(item);
  }
  const children = [list];
  if (parked.due.size === 0) {
    children.unshift(paragraph(w.parkedNoneDue, "note"));
  }
  body.replaceChildren(...children);
}

/** The latest snapshot of the funnel, if the history has any. */
function latestSnapshot(funnel) {
  const snapshots = funnel?.snapshots ?? [];
  return snapshots.length ? [...snapshots].sort((a, b) => b.date.localeCompare(a.date))[0] : null;
}

/** The texts of the funnel panel and its small table of the months before. */
function renderFunnel(lang, funnel) {
  const w = words(lang);
  const latest = latestSnapshot(funnel);
  const note = funnel.error ? w.notShown(funnel.error.message) : latest ? "" : w.funnelNone;
  $("funnel-note").textContent = note;
  $("funnel-note").hidden = !note;
  $("chart-funnel").hidden = !latest;
  if (!latest) {
    $("funnel-sub").textContent = "";
    $("funnel-history").replaceChildren();
    return;
  }
  const hidden = charts.hiddenPhases(lang, latest.whole);
  $("funnel-sub").textContent =
    w.funnelSub(date(lang, latest.date), funnel.live) +
    (hidden.length ? " · " + w.hiddenPhases(hidden.join(", "), K_MIN) : "");
  // The months before, newest first: a few on the wall, all of them in the tables below.
  const history = charts.funnelHistoryTable(lang, funnel.snapshots);
  $("funnel-history").replaceChildren(
    smallTable(w.funnelHistory, { ...history, rows: history.rows.slice(0, 6) })
  );
}

/** The texts of the wishes panel: how many residents, which values are hidden, or why none. */
function renderWishes(lang, wishes) {
  const w = words(lang);
  const map = state.shown.map;
  let note = "";
  if (wishes.notYet) {
    note = w.wishesNotYet;
  } else if (wishes.error) {
    note = w.notShown(wishes.error.message);
  } else if (wishes.suppressed) {
    note = w.wishesWithheld(wishes.reason);
  }
  $("wishes-note").textContent = note;
  $("wishes-note").hidden = !note;
  $("chart-wishes").hidden = Boolean(note);
  if (note) {
    $("wishes-sub").textContent = "";
    return;
  }
  // A bar per value, each with room for a name on two lines: the chart grows with the map.
  $("chart-wishes").style.height = `${Math.max(12, wishes.values.length * 2.9)}rem`;
  const hidden = charts.hiddenValues(wishes, map.values, labelOf(map));
  $("wishes-sub").textContent =
    w.wishesSub(wishes.n) + (hidden.length ? " · " + w.wishesHidden(hidden.join(", "), K_MIN) : "");
}

/** A table with a caption, a header row and a header cell per row. */
function smallTable(title, table) {
  const el = document.createElement("table");
  const caption = document.createElement("caption");
  caption.textContent = title;
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  for (const column of table.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column;
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement("tbody");
  for (const row of table.rows) {
    const tr = document.createElement("tr");
    row.forEach((cell, i) => {
      const td = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) {
        td.scope = "row";
      }
      td.textContent = cell;
      tr.append(td);
    });
    body.append(tr);
  }
  el.append(caption, head, body);
  return el;
}

function renderResults(lang, results, place) {
  const sorted = [...results].sort((a, b) => b.shown.localeCompare(a.shown) || a.id.localeCompare(b.id));
  const list = $("results-list");
  $("results-none").hidden = sorted.length > 0;
  list.hidden = sorted.length === 0;
  if (sorted.length === 0) {
    list.replaceChildren();
  } else {
    list.replaceChildren(
      ...sorted.map((r) => {
        const item = document.createElement("li");
        item.append(paragraph(date(lang, r.shown), "item-meta"), paragraph(r.text, "item-text"));
        return item;
      })
    );
  }
  $("results-link").href = `/buurt/${encodeURIComponent(place)}?lang=${lang}`;
}

function drawEngagement(lang, engagement) {
  const w = words(lang);
  const { fit, meetings, sessions, coverage, funnel, wishes } = engagement;
  if (fit) {
    legend(
      "legend-fit",
      charts.fitSeriesNames(lang, fit).map((name, i) => ({
        name,
        colour: [charts.GROUP_COLOURS[0], "#0b4f8a", charts.SEGMENT_COLOURS[1], charts.SEGMENT_COLOURS[2]][i],
      }))
    );
    draw("chart-fit", charts.fitOption(lang, fit, w.chartLabel(w.fit)), w.fit);
    tables.push({ title: w.fit, table: charts.fitTable(lang, fit) });
  }
  if (meetings.length > 0 || sessions.length > 0) {
    legend(
      "legend-attendance",
      charts.attendanceLines(lang, meetings, sessions).map((line, i) => ({
        name: line.name,
        colour: charts.ATTENDANCE_COLOURS[i % charts.ATTENDANCE_COLOURS.length],
      }))
    );
    draw(
      "chart-attendance",
      charts.attendanceOption(lang, meetings, sessions, w.chartLabel(w.attendance)),
      w.attendance
    );
    tables.push({ title: w.attendance, table: charts.attendanceTable(lang, meetings, sessions) });
  }
  if (coverage) {
    legend("legend-coverage", [
      { name: w.covered, colour: "#0b4f8a" },
      { name: w.uncovered, colour: "#5d636b" },
    ]);
    draw("chart-coverage", charts.coverageOption(lang, coverage, w.chartLabel(w.coverage)), w.coverage);
    tables.push({ title: w.coverage, table: charts.coverageTable(lang, coverage) });
  }
  const latest = latestSnapshot(funnel);
  if (latest) {
    draw("chart-funnel", charts.funnelOption(lang, latest, w.chartLabel(w.funnel)), w.funnel);
    tables.push({ title: w.funnel, table: charts.funnelTable(lang, latest, funnel.buildingName) });
    tables.push({ title: w.funnelHistory, table: charts.funnelHistoryTable(lang, funnel.snapshots) });
  } else {
    window.echarts.getInstanceByDom($("chart-funnel"))?.clear();
  }
  const map = state.shown.map;
  if (map && wishes && Array.isArray(wishes.values)) {
    const column = state.shown.column;
    draw(
      "chart-wishes",
      charts.wishesOption(lang, wishes, map.values, labelOf(map), w.chartLabel(w.wishes)),
      w.wishes
    );
    tables.push({
      title: w.wishes,
      table: charts.wishesTable(lang, wishes, map.values, labelOf(map), column, segmentValueLabel(map, column)),
    });
  } else {
    window.echarts.getInstanceByDom($("chart-wishes"))?.clear();
  }
}

function renderRedThread(lang) {
  const { map, column, redThread, networks, trust } = state.shown;
  const w = words(lang);
  const label = labelOf(map);
  const columnName = columnLabel(map, column);
  const valueLabel = segmentValueLabel(map, column);
  const networkName = networkLabel(map);

  // Texts first, so that each chart is drawn in the room they leave it.
  const counts = redThread.values.map((v) => v.n).filter((n) => typeof n === "number");
  // A survey that asked satisfaction only ranks by dissatisfaction alone; the wall says so.
  $("values-sub").textContent =
    w.valuesSub(redThread.n, map.topChoices) +
    (counts.length ? " · " + w.valuesN(Math.min(...counts), Math.max(...counts)) : "") +
    (redThread.urgencyBasis === "dissatisfaction" ? " · " + w.dissatisfactionOnly : "");
  $("values-agreement").textContent =
    typeof redThread.kendallW === "number"
      ? w.agreement(agreementWord(lang, redThread.kendallW), number(lang, redThread.kendallW))
      : w.noAgreement;
  const hidden = redThread.segments
    .filter((s) => s.column === column && s.suppressed)
    .map((s) => valueLabel(s.value));
  $("segments-sub").textContent =
    w.segmentsSub(columnName) + (hidden.length ? " · " + w.hidden(hidden.join(", "), K_MIN) : "");
  $("networks-sub").textContent = w.networksSub(columnName);

  const segmentGroups = charts.segmentGroups(lang, redThread, column, valueLabel).groups;
  legend(
    "legend-segments",
    segmentGroups.map((g, i) => ({ name: g.name, colour: charts.GROUP_COLOURS[i % charts.GROUP_COLOURS.length] }))
  );
  const networkGroups = charts.networkGroups(lang, networks, column, valueLabel).groups;
  legend(
    "legend-networks",
    networkGroups.map((g, i) => ({ name: g.name, colour: charts.GROUP_COLOURS[i % charts.GROUP_COLOURS.length] }))
  );

  const width = document.body.classList.contains("printing")
    ? PRINT_WIDTH
    : $("chart-values").clientWidth;
  draw(
    "chart-values",
    charts.valuesOption(lang, redThread, label, map.topChoices, width, w.chartLabel(w.values)),
    w.values
  );
  tables.push({ title: w.values, table: charts.valuesTable(lang, redThread, label, map.topChoices) });
  draw(
    "chart-segments",
    charts.segmentsOption(lang, redThread, label, column, valueLabel, w.chartLabel(w.segments)),
    w.segments
  );
  tables.push({ title: w.segments, table: charts.segmentsTable(lang, redThread, label, column, valueLabel) });
  draw(
    "chart-networks",
    charts.networksOption(lang, networks, column, valueLabel, networkName, w.chartLabel(w.networks)),
    w.networks
  );
  tables.push({
    title: w.networks,
    table: charts.networksTable(lang, networks, column, valueLabel, networkName),
  });
  renderTrust(lang, trust);
}

function renderTrust(lang, trust) {
  const w = words(lang);
  const trustChart = chart("chart-trust");
  if (!trust) {
    trustChart.clear();
    $("chart-trust").hidden = true;
    $("trust-scale").textContent = "";
    $("trust-sub").textContent = w.noTrust;
    return;
  }
  $("chart-trust").hidden = false;
  const released = (answer) => (answer && answer.score && answer.score.mean !== null ? answer : null);
  const shown = {
    ...trust,
    before: released(trust.before) ?? { score: null },
    after: trust.chosen.after ? released(trust.after) ?? { score: null } : null,
    beforeLabel: waveLabel(trust.chosen.before),
    afterLabel: trust.chosen.after ? waveLabel(trust.chosen.after) : null,
  };
  $("trust-scale").textContent = pick(lang, trust.scaleLabel, "");
  let sentence;
  if (!trust.chosen.after && wavesOf(state.shown.place).length > 1) {
    sentence = w.trustSame;
  } else if (!trust.chosen.after) {
    sentence = charts.trustSentence(lang, shown);
  } else if (trust.comparison) {
    sentence = charts.trustSentence(lang, shown);
  } else {
    const error = trust.comparisonError ?? trust.afterError ?? trust.beforeError;
    sentence = error ? `${w.trustNoInterval} (${error.message})` : w.trustNoInterval;
  }
  if (!released(trust.before) || (trust.chosen.after && !released(trust.after))) {
    sentence += " · " + w.trustSuppressed;
  }
  $("trust-sub").textContent = sentence;
  draw("chart-trust", charts.trustOption(lang, shown, w.chartLabel(w.trust)), w.trust);
  tables.push({ title: w.trust, table: charts.trustTable(lang, shown) });
}

function renderTables() {
  $("tables").hidden = tables.length === 0;
  $("tables-body").replaceChildren(...tables.map(({ title, table }) => smallTable(title, table)));
}

// --- the projector and the handout

function setProjector(on) {
  document.body.classList.toggle("projector", on);
  $("fullscreen").setAttribute("aria-pressed", String(on));
}

async function toggleProjector() {
  const on = !document.body.classList.contains("projector");
  setProjector(on);
  try {
    if (on && document.fullscreenEnabled && !document.fullscreenElement) {
      await document.documentElement.requestFullscreen();
    } else if (!on && document.fullscreenElement) {
      await document.exitFullscreen();
    }
  } catch (ignored) {
    // Refused (an embedding frame without allow="fullscreen"): the large type still helps.
  }
}

/** Draws every chart at the width of the paper, and back at the screen's after printing. */
function sizeForPrint(printing) {
  document.body.classList.toggle("printing", printing);
  for (const el of document.querySelectorAll(".chart")) {
    const instance = window.echarts.getInstanceByDom(el);
    if (instance) {
      instance.resize(printing ? { width: PRINT_WIDTH } : undefined);
    }
  }
  if (state.shown) {
    render();
  }
}

async function open(key) {
  state.api = new Api(key);
  try {
    [state.wishMaps, state.measurements, state.neighbourhoods] = await Promise.all([
      state.api.all("/wish-maps"),
      state.api.all("/measurements"),
      state.api.all("/neighbourhoods"),
    ]);
  } catch (e) {
    failed(e);
    return;
  }
  $("key-form").hidden = true;
  $("panels").hidden = false;
  fillWishMapSelect();
  fillSegmentSelect();
  if (state.wishMaps.length === 0 && state.neighbourhoods.length === 0) {
    notice(words(state.lang).noWishMaps);
    return;
  }
  await load();
}

/** Keeps the header's height in `--bar`, so that the wall layout fills the rest of the screen. */
const barHeight = new ResizeObserver(([entry]) => {
  const bar = entry.target.getBoundingClientRect().height;
  document.documentElement.style.setProperty("--bar", `${Math.ceil(bar)}px`);
});

function start() {
  barHeight.observe(document.querySelector(".bar"));
  translatePage(state.lang);
  setLanguage(state.lang);
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  $("wish-map").addEventListener("change", () => {
    fillSegmentSelect();
    load();
  });
  $("segment-column").addEventListener("change", (e) => {
    state.column = e.target.value;
    load();
  });
  for (const [id, end] of [["wave-before", "before"], ["wave-after", "after"]]) {
    $(id).addEventListener("change", (e) => {
      const place = state.shown.place;
      state.waves.set(place, { ...state.waves.get(place), [end]: e.target.value });
      reloadTrust();
    });
  }
  $("parked-phase").addEventListener("change", (e) => {
    state.phase = e.target.value;
    reloadParked();
  });
  $("fullscreen").addEventListener("click", toggleProjector);
  document.addEventListener("fullscreenchange", () => {
    if (!document.fullscreenElement) {
      setProjector(false);
    }
  });
  $("print").addEventListener("click", () => window.print());
  window.addEventListener("beforeprint", () => sizeForPrint(true));
  window.addEventListener("afterprint", () => sizeForPrint(false));
  $("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const key = $("key").value.trim();
    $("key").value = "";
    if (key) {
      keepKey(key);
      open(key);
    }
  });
  // A key pasted into the address of the open page: take it, then take it out again.
  window.addEventListener("hashchange", () => {
    if (new URLSearchParams(window.location.hash.slice(1)).has("key")) {
      open(takeKey());
    }
  });
  const key = takeKey();
  if (key) {
    open(key);
  } else {
    showKeyForm(null);
  }
}

start();
