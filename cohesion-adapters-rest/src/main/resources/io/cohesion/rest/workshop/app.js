// The workshop page: what a facilitator puts on the wall during the red-thread workshop. It reads
// aggregates only, so a researcher's read-only key is all it needs.

import { Api, takeKey, keepKey, forgetKey } from "./api.js";
import { LANGUAGES, words, translatePage, humanise } from "./i18n.js";
import * as charts from "./charts.js";

/** The small-group rule the page asks for; the footer names it. */
const K_MIN = 5;
const STORED_LANGUAGE = "cohesion.workshop.lang";

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
};

const $ = (id) => document.getElementById(id);

// A chart follows its box: the texts around it and the window both change its size.
const resized = new ResizeObserver((entries) => {
  for (const entry of entries) {
    window.echarts.getInstanceByDom(entry.target)?.resize();
  }
});

function chart(id) {
  const el = $(id);
  const existing = window.echarts.getInstanceByDom(el);
  if (existing) {
    return existing;
  }
  resized.observe(el);
  return window.echarts.init(el, null, { renderer: "canvas" });
}

function notice(text) {
  const el = $("notice");
  el.textContent = text ?? "";
  el.hidden = !text;
}

function showKeyForm(message) {
  $("panels").hidden = true;
  $("more").hidden = true;
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
  if (state.shown) {
    render();
  }
}

function labelOf(map) {
  const labels = new Map(map.values.map((v) => [v.code, v.label]));
  return (code) => {
    const label = labels.get(code);
    return (label && (label[state.lang] || label.nl || label.en)) || humanise(code);
  };
}

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
    ...state.wishMaps.map((m) => new Option(humanise(m.id), m.id, false, m.id === chosen)),
    ...placesWithoutMap().map(
      (n) =>
        new Option(w.neighbourhoodOnly(humanise(n.id)), PLACE + n.id, false, PLACE + n.id === chosen)
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
  const declared = declaredColumns(currentMap());
  const columns = declared.map((d) => d.column);
  if (!columns.includes(state.column)) {
    state.column = columns[0] ?? null;
  }
  const label = (d) =>
    (d.label && (d.label[state.lang] || d.label.nl || d.label.en)) || humanise(d.column);
  select.replaceChildren(
    ...declared.map((d) => new Option(label(d), d.column, false, d.column === state.column))
  );
  select.disabled = columns.length === 0;
  // A neighbourhood without a wish map has no groups to choose.
  select.closest("label").style.visibility = columns.length === 0 ? "hidden" : "";
}

/**
 * The trust waves shown with a wish map: those of the neighbourhood whose id starts the wish map's
 * id (the pilots name them so: nij-beets, nij-beets-dorpsspiegel-…), the first wave against the
 * last of the scale measured most often there.
 */
function trustWaves(mapId) {
  const places = [...new Set(state.measurements.map((m) => m.neighbourhood))]
    .filter((place) => mapId === place || mapId.startsWith(place + "-"))
    .sort((a, b) => b.length - a.length);
  if (places.length === 0) {
    return null;
  }
  const here = state.measurements.filter((m) => m.neighbourhood === places[0]);
  const byScale = new Map();
  for (const m of here) {
    byScale.set(m.scale, [...(byScale.get(m.scale) ?? []), m]);
  }
  const waves = [...byScale.values()].sort((a, b) => b.length - a.length)[0];
  waves.sort((a, b) => a.opened.localeCompare(b.opened) || a.id.localeCompare(b.id));
  return {
    scale: waves[0].scale,
    before: waves[0],
    after: waves.length > 1 ? waves[waves.length - 1] : null,
  };
}

async function loadTrust(api, mapId) {
  const waves = trustWaves(mapId);
  if (!waves) {
    return null;
  }
  const path = (m) => "/measurements/" + encodeURIComponent(m.id);
  const [scale, before, after, comparison] = await Promise.all([
    api.get("/scales/" + encodeURIComponent(waves.scale)),
    api.get(path(waves.before) + "/scores", { kMin: K_MIN }),
    waves.after ? api.get(path(waves.after) + "/scores", { kMin: K_MIN }) : null,
    waves.after ? api.get(path(waves.before) + "/comparison", { with: waves.after.id }) : null,
  ]);
  return {
    range: scale.response,
    scaleLabel: scale.name,
    before,
    after,
    comparison,
    waves,
  };
}

/**
 * What the engagement panels show for a neighbourhood (and the chosen wish map): the activity
 * ideas ranked by fit, the attendance of meetings and sessions, and the contact persons'
 * coverage. A part without data is null, and its panel stays hidden.
 */
async function loadEngagement(api, map, place) {
  if (!place) {
    return { fit: null, meetings: [], sessions: [], coverage: null };
  }
  const at = encodeURIComponent(place);
  const [fit, attendance, coverage] = await Promise.all([
    map
      ? api.get(`/wish-maps/${encodeURIComponent(map.id)}/activity-fit`, {
          neighbourhood: place,
          kMin: K_MIN,
        })
      : null,
    api.get(`/neighbourhoods/${at}/attendance`),
    api.get(`/neighbourhoods/${at}/coverage`),
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
      map ? loadTrust(state.api, map.id) : null,
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

function render() {
  const { map, place, column, engagement } = state.shown;
  const lang = state.lang;
  // Panels first shown, so that each chart is drawn in the room its panel has.
  const drawn = renderEngagement(lang, engagement);
  $("panels").hidden = !map;
  $("more").hidden = drawn === 0;
  document.body.classList.toggle("with-more", Boolean(map) && drawn > 0);
  if (map) {
    renderRedThread(lang);
  }
  drawEngagement(lang, engagement);
  const placeName = state.neighbourhoods.find((n) => n.id === place)?.name ?? "";
  $("synthetic").hidden = !(map ? map.id.includes("synthetic") : /synthetic/i.test(placeName));
  // Tells a watcher (and the browser tests) which choice the charts now show.
  document.body.dataset.shown = `${map ? map.id : PLACE + place}|${column ?? ""}|${lang}`;
  delete document.body.dataset.loading;
}

/** Shows the panels whose data exist and fills their texts; returns how many are shown. */
function renderEngagement(lang, engagement) {
  const w = words(lang);
  const { fit, meetings, sessions, coverage } = engagement;
  $("panel-fit").hidden = !fit;
  $("panel-attendance").hidden = meetings.length === 0 && sessions.length === 0;
  $("panel-coverage").hidden = !coverage;
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
  return ["panel-fit", "panel-attendance", "panel-coverage"].filter((p) => !$(p).hidden).length;
}

function drawEngagement(lang, engagement) {
  const { fit, meetings, sessions, coverage } = engagement;
  if (fit) {
    chart("chart-fit").setOption(charts.fitOption(lang, fit), true);
  }
  if (meetings.length > 0 || sessions.length > 0) {
    chart("chart-attendance").setOption(charts.attendanceOption(lang, meetings, sessions), true);
  }
  if (coverage) {
    chart("chart-coverage").setOption(charts.coverageOption(lang, coverage), true);
  }
}

function renderRedThread(lang) {
  const { map, column, redThread, networks, trust } = state.shown;
  const w = words(lang);
  const label = labelOf(map);
  const columnName = humanise(column ?? "");

  // Texts first, so that each chart is drawn in the room they leave it.
  // A survey that asked satisfaction only ranks by dissatisfaction alone; the wall says so.
  $("values-sub").textContent =
    w.valuesSub(redThread.n, map.topChoices) +
    (redThread.urgencyBasis === "dissatisfaction" ? " · " + w.dissatisfactionOnly : "");
  const hidden = redThread.segments
    .filter((s) => s.column === column && s.suppressed)
    .map((s) => humanise(s.value));
  $("segments-sub").textContent =
    w.segmentsSub(columnName) + (hidden.length ? " · " + w.hidden(hidden.join(", "), K_MIN) : "");
  $("networks-sub").textContent = w.networksSub(columnName);

  chart("chart-values").setOption(charts.valuesOption(lang, redThread, label, map.topChoices), true);
  chart("chart-segments").setOption(charts.segmentsOption(lang, redThread, label, column), true);
  chart("chart-networks").setOption(
    charts.networksOption(lang, networks, column, $("chart-networks").clientWidth),
    true
  );

  const trustChart = chart("chart-trust");
  if (trust) {
    const shown = { ...trust, scaleName: trust.scaleLabel[lang] || trust.scaleLabel.en };
    $("trust-scale").textContent = shown.scaleName;
    $("trust-sub").textContent = charts.trustSentence(lang, shown);
    trustChart.setOption(charts.trustOption(lang, shown), true);
  } else {
    trustChart.clear();
    $("trust-scale").textContent = "";
    $("trust-sub").textContent = w.noTrust;
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

function start() {
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
