// ECharts options for the workshop's charts. Each builder is a plain function of the API's figures
// and the language, so the charts hold exactly the figures the API answered: labels round them,
// the data do not.

import { words, number, percent, humanise } from "./i18n.js";

const INK = "#111111";
const MUTED = "#4a4f57";
const RULE = "#c9ccd1";
const RED = "#b3001b";
const GREY = "#9aa0a8";
const BLUE = "#0b4f8a";
const PALE_BLUE = "#9cb9d6";
const FONT = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
// Okabe–Ito colours: told apart with the common colour-vision deficiencies.
const SEGMENT_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];

const BASE = {
  animation: false,
  textStyle: { fontFamily: FONT, color: INK, fontSize: 18 },
};

function valueAxis(extra = {}) {
  return {
    type: "value",
    axisLabel: { fontSize: 16, color: MUTED },
    splitLine: { lineStyle: { color: RULE } },
    ...extra,
  };
}

function legend() {
  return {
    top: 0,
    left: 0,
    itemWidth: 16,
    itemHeight: 14,
    itemGap: 10,
    textStyle: { fontSize: 16, color: INK },
  };
}

let measurer = null;

/** The width in pixels of the widest of `texts` in a bold font of `size` pixels. */
function widest(texts, size) {
  measurer = measurer ?? document.createElement("canvas").getContext("2d");
  measurer.font = `bold ${size}px ${FONT}`;
  return Math.ceil(Math.max(0, ...texts.map((t) => measurer.measureText(t).width)));
}

/** Breaks a label into lines of about `width` characters at spaces. */
export function wrap(text, width = 14) {
  const lines = [];
  let line = "";
  for (const word of String(text).split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? line + " " + word : word;
    }
  }
  if (line) {
    lines.push(line);
  }
  return lines.join("\n");
}

/**
 * The red thread: every value by urgency, the top `k` in red, and beside it the share of
 * bootstrap resamples that put the value in the top `k` (pTopK).
 */
export function valuesOption(lang, redThread, labelOf, k) {
  const w = words(lang);
  const values = [...redThread.values].sort((a, b) => a.rank - b.rank);
  const names = values.map((v) => labelOf(v.code));
  const top = (v) => v.rank <= k;
  return {
    ...BASE,
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      textStyle: { fontSize: 18 },
      formatter: (items) => {
        const v = values[items[0].dataIndex];
        return [
          labelOf(v.code),
          `${w.urgency}: ${number(lang, v.urgency)}`,
          `${w.pTopK(k)}: ${percent(lang, v.pTopK)}`,
        ].join("<br>");
      },
    },
    // The labels' own width, measured: ECharts' containLabel cuts rich labels short.
    grid: [
      { left: widest(names, 19) + 14, top: 34, bottom: 4, right: "31%" },
      { left: "74%", right: 58, top: 34, bottom: 4 },
    ],
    xAxis: [0, 1].map((index) =>
      valueAxis({
        gridIndex: index,
        min: 0,
        max: index === 1 ? 1 : undefined,
        name: index === 0 ? w.urgency : w.pTopK(k),
        nameLocation: "start",
        position: "top",
        nameGap: 10,
        nameTextStyle: { fontSize: 18, color: INK, fontWeight: "bold", align: "left" },
        // The bars carry their figures; a scale above them would only crowd the wall.
        axisLabel: { show: false },
        axisLine: { show: false },
        axisTick: { show: false },
      })
    ),
    yAxis: [
      {
        type: "category",
        gridIndex: 0,
        inverse: true,
        data: names,
        axisTick: { show: false },
        axisLine: { lineStyle: { color: INK } },
        axisLabel: {
          fontSize: 19,
          color: INK,
          formatter: (name, index) => (top(values[index]) ? `{top|${name}}` : name),
          rich: { top: { fontSize: 19, fontWeight: "bold", color: RED } },
        },
      },
      {
        type: "category",
        gridIndex: 1,
        inverse: true,
        data: names,
        axisTick: { show: false },
        axisLabel: { show: false },
        axisLine: { lineStyle: { color: INK } },
      },
    ],
    series: [
      {
        id: "urgency",
        name: w.urgency,
        type: "bar",
        xAxisIndex: 0,
        yAxisIndex: 0,
        barCategoryGap: "25%",
        data: values.map((v) => ({
          name: v.code,
          value: v.urgency,
          itemStyle: { color: top(v) ? RED : GREY },
        })),
        label: {
          show: true,
          position: "right",
          fontSize: 16,
          color: INK,
          formatter: (p) => number(lang, p.value),
        },
      },
      {
        id: "pTopK",
        name: w.pTopK(k),
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        barCategoryGap: "25%",
        data: values.map((v) => ({
          name: v.code,
          value: v.pTopK,
          itemStyle: { color: top(v) ? BLUE : PALE_BLUE },
        })),
        label: {
          show: true,
          position: "right",
          fontSize: 16,
          color: INK,
          formatter: (p) => percent(lang, p.value),
        },
      },
    ],
  };
}

function groupedBars(lang, categories, groups, format, axis, side = false, width = 0) {
  // Beside the bars when the panel is narrow, so that the legend stays on one line per entry.
  const key = side
    ? { ...legend(), orient: "vertical", top: "middle", left: undefined, right: 0 }
    : legend();
  const legendRoom = side ? widest(groups.map((g) => g.name), 16) + 34 : 10;
  // Single long words (sportvereniging) cannot wrap: tilt them when they would collide.
  const labels = categories.map((c) => wrap(c));
  const room = width > 0 ? (width - legendRoom - 60) / Math.max(1, categories.length) : Infinity;
  const tilt = widest(labels.flatMap((l) => l.split("\n")), 17) + 8 > room;
  return {
    ...BASE,
    color: [INK, ...SEGMENT_COLOURS],
    legend: key,
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      textStyle: { fontSize: 18 },
      formatter: (items) =>
        [items[0].axisValue.replaceAll("\n", " ")]
          .concat(items.map((i) => `${i.seriesName}: ${format(i.value)}`))
          .join("<br>"),
    },
    grid: {
      // A tilted first label reaches left of its bar group.
      left: tilt ? Math.max(12, Math.ceil(widest([categories[0]], 17) * 0.87 - room / 2 + 8)) : 12,
      right: legendRoom,
      top: side ? 14 : 50,
      bottom: 0,
      containLabel: true,
    },
    xAxis: {
      type: "category",
      data: tilt ? categories : labels,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK } },
      axisLabel: { fontSize: 17, color: INK, interval: 0, lineHeight: 20, rotate: tilt ? 30 : 0 },
    },
    yAxis: valueAxis(axis),
    series: groups.map((g) => ({
      id: g.id,
      name: g.name,
      type: "bar",
      barGap: "8%",
      barCategoryGap: "22%",
      data: g.data,
    })),
  };
}

/**
 * What differs per segment: the urgency of the overall top five, for everyone and for each
 * published segment of the chosen column. Suppressed segments are not drawn at all.
 */
export function segmentsOption(lang, redThread, labelOf, column) {
  const w = words(lang);
  const top = [...redThread.values].sort((a, b) => a.rank - b.rank).slice(0, 5);
  const urgencyIn = (values, code) => {
    const found = values.find((v) => v.code === code);
    return found ? found.urgency : null;
  };
  const groups = [
    { id: "everyone", name: w.everyone, data: top.map((v) => v.urgency) },
    ...redThread.segments
      .filter((s) => s.column === column && !s.suppressed)
      .map((s) => ({
        id: "segment:" + s.value,
        name: humanise(s.value),
        data: top.map((v) => urgencyIn(s.values, v.code)),
      })),
  ];
  return groupedBars(
    lang,
    top.map((v) => labelOf(v.code)),
    groups,
    (x) => number(lang, x),
    { min: 0, axisLabel: { fontSize: 15, color: MUTED, formatter: (x) => number(lang, x, 1) } }
  );
}

/**
 * Where people already move for: per network, the share of everyone and of each published segment
 * of the chosen column that takes part.
 */
export function networksOption(lang, networks, column, width = 0) {
  const w = words(lang);
  const sorted = [...networks].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const segmentValues = [];
  for (const network of sorted) {
    for (const s of network.segments) {
      if (s.column === column && !s.suppressed && !segmentValues.includes(s.value)) {
        segmentValues.push(s.value);
      }
    }
  }
  const shareIn = (network, value) => {
    const found = network.segments.find(
      (s) => s.column === column && s.value === value && !s.suppressed
    );
    return found ? found.share : null;
  };
  const groups = [
    { id: "everyone", name: w.everyone, data: sorted.map((n) => n.share) },
    ...segmentValues.map((value) => ({
      id: "segment:" + value,
      name: humanise(value),
      data: sorted.map((n) => shareIn(n, value)),
    })),
  ];
  return groupedBars(
    lang,
    sorted.map((n) => humanise(n.name)),
    groups,
    (x) => percent(lang, x),
    { min: 0, max: 1, axisLabel: { fontSize: 15, color: MUTED, formatter: (x) => percent(lang, x) } },
    true,
    width
  );
}

/**
 * Trust before and after: the mean score of each wave with its 95% confidence interval, on the
 * scale's own range.
 */
export function trustOption(lang, trust) {
  const w = words(lang);
  const waves = [{ label: w.before, score: trust.before.score }];
  if (trust.after) {
    waves.push({ label: w.after, score: trust.after.score });
  }
  const means = trust.comparison
    ? [trust.comparison.independent.meanBefore, trust.comparison.independent.meanAfter]
    : [trust.before.score.mean];
  const intervals = waves.map((wave, i) => [i, ...(wave.score.ci95 ?? [means[i], means[i]])]);
  return {
    ...BASE,
    tooltip: { show: false },
    grid: { left: 12, right: 20, top: 16, bottom: 0, containLabel: true },
    xAxis: {
      type: "category",
      data: waves.map((wave) => wave.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK } },
      axisLabel: { fontSize: 20, color: INK, fontWeight: "bold" },
    },
    yAxis: valueAxis({
      min: trust.range.min,
      max: trust.range.max,
      interval: 1,
      axisLabel: { fontSize: 17, color: MUTED },
    }),
    series: [
      {
        id: "mean",
        name: w.mean,
        type: "bar",
        barWidth: "42%",
        data: means.map((m, i) => ({ value: m, itemStyle: { color: i === 0 ? GREY : BLUE } })),
        label: {
          show: true,
          position: "insideTop",
          distance: 12,
          fontSize: 26,
          fontWeight: "bold",
          color: "#ffffff",
          formatter: (p) => number(lang, p.value),
        },
      },
      {
        id: "ci95",
        name: "95%",
        type: "custom",
        data: intervals,
        z: 10,
        renderItem: (params, api) => {
          const x = api.value(0);
          const low = api.coord([x, api.value(1)]);
          const high = api.coord([x, api.value(2)]);
          const half = api.size([1, 0])[0] * 0.08;
          const style = { stroke: INK, lineWidth: 3 };
          return {
            type: "group",
            children: [
              { type: "line", shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
              { type: "line", shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] }, style },
              { type: "line", shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] }, style },
            ],
          };
        },
      },
    ],
  };
}

/** The sentence under the trust chart. */
export function trustSentence(lang, trust) {
  const w = words(lang);
  if (!trust.comparison) {
    return w.trustBaseline(trust.before.score.n);
  }
  const c = trust.comparison.independent;
  const say = c.difference >= 0 ? w.trustRose : w.trustFell;
  const [lo, hi] = c.ci95 ?? [null, null];
  return say(
    number(lang, Math.abs(c.difference)),
    number(lang, lo),
    number(lang, hi),
    trust.range.max - trust.range.min + 1
  );
}

/**
 * The activity ideas ranked by fit: per idea its fit and the parts the fit is made of, each as
 * the API gives it. An undefined fit or part is drawn as no bar.
 */
export function fitOption(lang, fit) {
  const w = words(lang);
  const activities = [...fit.activities].sort((a, b) => a.rank - b.rank);
  const names = activities.map((a) => wrap(a.name, 22));
  const partNames = [];
  for (const a of activities) {
    for (const p of a.parts) {
      if (!partNames.includes(p.name)) {
        partNames.push(p.name);
      }
    }
  }
  const partOf = (a, name) => a.parts.find((p) => p.name === name)?.value ?? null;
  const label = { show: true, position: "right", fontSize: 15, color: INK,
    formatter: (p) => number(lang, p.value) };
  return {
    ...BASE,
    color: [INK, BLUE, SEGMENT_COLOURS[1], SEGMENT_COLOURS[2]],
    legend: legend(),
    tooltip: { show: false },
    // The labels' own width, measured: containLabel cuts wrapped bold names short.
    grid: {
      left: widest(names.flatMap((n) => n.split("\n")), 16) + 16,
      right: 56,
      top: 40,
      bottom: 4,
    },
    xAxis: valueAxis({ min: 0, axisLabel: { show: false }, splitLine: { show: false } }),
    yAxis: {
      type: "category",
      inverse: true,
      data: names,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK } },
      axisLabel: { fontSize: 16, color: INK, lineHeight: 19, fontWeight: "bold" },
    },
    series: [
      {
        id: "fit",
        name: w.fitTotal,
        type: "bar",
        barGap: "10%",
        data: activities.map((a) => ({ name: a.id, value: a.fit })),
        label,
      },
      ...partNames.map((name) => ({
        id: "part:" + name,
        name: w.fitParts[name] ?? humanise(name),
        type: "bar",
        data: activities.map((a) => ({ name: a.id, value: partOf(a, name) })),
        label,
      })),
    ],
  };
}

/** The flags of the ranked activities in words, one line per activity that has any. */
export function fitFlags(lang, fit) {
  const w = words(lang);
  return [...fit.activities]
    .sort((a, b) => a.rank - b.rank)
    .filter((a) => a.flags.length > 0)
    .map((a) => `${w.flagsLabel} · ${a.name}: ${a.flags.map((f) => w.flagNames[f] ?? humanise(f)).join(", ")}`);
}

/**
 * Attendance over time: a line per kind of meeting and per activity with sessions, each point a
 * meeting or session on its date.
 */
export function attendanceOption(lang, meetings, sessions) {
  const w = words(lang);
  // One line for all meetings, whatever their kind: the growth from one to the next is the story.
  const lines = [
    ...(meetings.length === 0
      ? []
      : [
          {
            id: "meetings",
            name: w.meetings,
            data: [...meetings]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((m) => ({ name: w.meetingKinds[m.kind] ?? humanise(m.kind), value: [m.date, m.attendance] })),
          },
        ]),
    ...sessions.map((s) => ({
      id: "sessions:" + s.id,
      name: s.name,
      data: [...s.sessions]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((one) => [one.date, one.attendance]),
    })),
  ];
  return {
    ...BASE,
    color: [BLUE, SEGMENT_COLOURS[1], SEGMENT_COLOURS[2], SEGMENT_COLOURS[3], SEGMENT_COLOURS[4]],
    legend: legend(),
    tooltip: { show: false },
    grid: { left: 12, right: 40, top: 44, bottom: 4, containLabel: true },
    xAxis: {
      type: "time",
      axisLine: { lineStyle: { color: INK } },
      axisLabel: { fontSize: 15, color: MUTED, hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: valueAxis({ min: 0, axisLabel: { fontSize: 15, color: MUTED } }),
    series: lines.map((line) => ({
      ...line,
      type: "line",
      symbolSize: 12,
      lineStyle: { width: 4 },
      label: { show: true, position: "top", fontSize: 17, fontWeight: "bold", color: INK,
        formatter: (p) => String(p.value[1]) },
    })),
  };
}

/** Ambassador coverage: buildings with an active contact person against those without. */
export function coverageOption(lang, coverage) {
  const w = words(lang);
  const covered = coverage.covered.length;
  const uncovered = coverage.uncovered.length;
  return {
    ...BASE,
    tooltip: { show: false },
    legend: { ...legend(), top: undefined, bottom: 0 },
    title: {
      text: percent(lang, coverage.ratio),
      left: "center",
      top: "38%",
      textStyle: { fontSize: 34, fontWeight: "bold", color: INK },
    },
    series: [
      {
        id: "coverage",
        type: "pie",
        radius: ["45%", "72%"],
        center: ["50%", "45%"],
        avoidLabelOverlap: true,
        label: { show: true, fontSize: 17, color: INK, formatter: (p) => String(p.value) },
        data: [
          { name: w.covered, value: covered, itemStyle: { color: BLUE } },
          { name: w.uncovered, value: uncovered, itemStyle: { color: GREY } },
        ],
      },
    ],
  };
}
