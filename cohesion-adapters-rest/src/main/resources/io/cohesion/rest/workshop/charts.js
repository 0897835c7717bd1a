// ECharts options for the workshop's charts, and the tables that hold the same figures. Each
// builder is a plain function of the API's figures and the language, so the charts hold exactly
// the figures the API answered: labels round them, the data do not. Legends are the page's own
// lists beside the charts (see app.js), so that they wrap like text instead of over the bars.

import { words, number, percent, date, humanise } from "./i18n.js";

const INK = "#111111";
const MUTED = "#3d424a";
const RULE = "#c9ccd1";
const RED = "#b3001b";
const GREY = "#8a9099";
const BLUE = "#0b4f8a";
const PALE_BLUE = "#9cb9d6";
const FONT = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
// Okabe–Ito colours: told apart with the common colour-vision deficiencies.
export const SEGMENT_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];
export const GROUP_COLOURS = [INK, ...SEGMENT_COLOURS];

function base(description) {
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: INK, fontSize: 18 },
    // ECharts names the chart for assistive technology; the figures are in the table.
    aria: { enabled: true, label: { enabled: true, description } },
  };
}

function valueAxis(extra = {}) {
  return {
    type: "value",
    axisLabel: { fontSize: 15, color: MUTED, hideOverlap: true },
    splitLine: { lineStyle: { color: RULE } },
    ...extra,
  };
}

let measurer = null;

/** The width in pixels of the widest of `texts` in a font of `size` pixels, bold unless said. */
export function widest(texts, size, weight = "bold") {
  measurer = measurer ?? document.createElement("canvas").getContext("2d");
  measurer.font = `${weight} ${size}px ${FONT}`;
  return Math.ceil(Math.max(0, ...texts.map((t) => measurer.measureText(String(t)).width)));
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
 * bootstrap resamples that put the value in the top `k` (pTopK). Laid out in pixels for a chart
 * `width` wide, so that no figure reaches into the next column.
 */
export function valuesOption(lang, redThread, labelOf, k, width, description) {
  const w = words(lang);
  const values = [...redThread.values].sort((a, b) => a.rank - b.rank);
  const top = (v) => v.rank <= k;
  // Each name on one line where the names leave the bars room, else wrapped onto two.
  const room = (names) =>
    Math.max(
      0,
      ...names.map((name, i) =>
        widest(name.split("\n"), 19, top(values[i]) ? "bold" : "normal")
      )
    ) + 16;
  let names = values.map((v) => labelOf(v.code));
  if (room(names) > width * 0.42) {
    names = names.map((name) => wrap(name, 18));
  }
  const labelRoom = room(names);
  const urgencyRoom = widest(values.map((v) => number(lang, v.urgency)), 16, "normal") + 14;
  const pRoom = widest(["100%", ...values.map((v) => percent(lang, v.pTopK))], 16, "normal") + 14;
  const pWidth = Math.max(widest([w.pTopK(k)], 18) + 8, Math.round((width - labelRoom) * 0.2));
  const gap = 24;
  const maxUrgency = Math.max(0.01, ...values.map((v) => v.urgency ?? 0));
  const axisName = { fontSize: 18, color: INK, fontWeight: "bold" };
  return {
    ...base(description),
    tooltip: { show: false },
    grid: [
      { left: labelRoom, top: 36, bottom: 4, right: pRoom + pWidth + gap + urgencyRoom },
      { right: pRoom, width: pWidth, top: 36, bottom: 4 },
    ],
    xAxis: [0, 1].map((index) =>
      valueAxis({
        gridIndex: index,
        min: 0,
        max: index === 1 ? 1 : maxUrgency,
        name: index === 0 ? w.urgency : w.pTopK(k),
        nameLocation: "middle",
        position: "top",
        nameGap: 10,
        nameTextStyle: axisName,
        // The bars carry their figures; a scale above them would only crowd the wall.
        axisLabel: { show: false },
        axisLine: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
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
          lineHeight: 22,
          formatter: (name, index) =>
            top(values[index])
              ? name
                  .split("\n")
                  .map((line) => `{top|${line}}`)
                  .join("\n")
              : name,
          rich: { top: { fontSize: 19, fontWeight: "bold", color: RED, lineHeight: 22 } },
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

/** The red thread as a table: every value with its n and figures, in rank order. */
export function valuesTable(lang, redThread, labelOf, k) {
  const w = words(lang);
  const values = [...redThread.values].sort((a, b) => a.rank - b.rank);
  return {
    columns: [w.rank, w.value, w.respondentsN, w.importance, w.satisfaction, w.urgency, w.pTopK(k)],
    rows: values.map((v) => [
      String(v.rank),
      labelOf(v.code),
      v.n === null || v.n === undefined ? "–" : String(v.n),
      number(lang, v.importanceMean),
      number(lang, v.satisfactionMean),
      number(lang, v.urgency),
      percent(lang, v.pTopK),
    ]),
  };
}

/**
 * Horizontal bars of several groups per category: horizontal, so that long names stay on their
 * own line and never run into the next one.
 */
function groupedBars(description, categories, groups, axis) {
  const labels = categories.map((c) => wrap(c, 18));
  return {
    ...base(description),
    color: GROUP_COLOURS,
    tooltip: { show: false },
    grid: {
      left: widest(labels.flatMap((l) => l.split("\n")), 16) + 14,
      right: 24,
      top: 8,
      bottom: 30,
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: labels,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK } },
      axisLabel: { fontSize: 16, color: INK, interval: 0, lineHeight: 19 },
    },
    xAxis: valueAxis({ splitNumber: 4, ...axis }),
    series: groups.map((g) => ({
      id: g.id,
      name: g.name,
      type: "bar",
      barGap: "6%",
      barCategoryGap: "24%",
      data: g.data,
    })),
  };
}

/** The groups of the segments chart: everyone and each published value of the column. */
export function segmentGroups(lang, redThread, column, valueLabel) {
  const w = words(lang);
  const top = [...redThread.values].sort((a, b) => a.rank - b.rank).slice(0, 5);
  const urgencyIn = (values, code) => {
    const found = values.find((v) => v.code === code);
    return found ? found.urgency : null;
  };
  return {
    top,
    groups: [
      { id: "everyone", name: w.everyone, n: redThread.n, data: top.map((v) => v.urgency) },
      ...redThread.segments
        .filter((s) => s.column === column && !s.suppressed)
        .map((s) => ({
          id: "segment:" + s.value,
          name: valueLabel(s.value),
          n: s.n,
          data: top.map((v) => urgencyIn(s.values, v.code)),
        })),
    ],
  };
}

/**
 * What differs per segment: the urgency of the overall top five, for everyone and for each
 * published segment of the chosen column. Suppressed segments are not drawn at all.
 */
export function segmentsOption(lang, redThread, labelOf, column, valueLabel, description) {
  const { top, groups } = segmentGroups(lang, redThread, column, valueLabel);
  return groupedBars(
    description,
    top.map((v) => labelOf(v.code)),
    groups,
    { min: 0, axisLabel: { fontSize: 15, color: MUTED, hideOverlap: true, formatter: (x) => number(lang, x, 1) } }
  );
}

/** The segments chart as a table: a row per group, with its n. */
export function segmentsTable(lang, redThread, labelOf, column, valueLabel) {
  const w = words(lang);
  const { top, groups } = segmentGroups(lang, redThread, column, valueLabel);
  return {
    columns: [w.group, w.respondentsN, ...top.map((v) => labelOf(v.code))],
    rows: groups.map((g) => [
      g.name,
      g.n === null || g.n === undefined ? "–" : String(g.n),
      ...g.data.map((x) => number(lang, x)),
    ]),
  };
}

/** The networks in the order they are drawn, and the published groups of the column. */
export function networkGroups(lang, networks, column, valueLabel) {
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
  const find = (network, value) =>
    network.segments.find((s) => s.column === column && s.value === value && !s.suppressed);
  return {
    sorted,
    groups: [
      {
        id: "everyone",
        name: w.everyone,
        data: sorted.map((n) => n.share),
        counts: sorted.map((n) => n.n),
      },
      ...segmentValues.map((value) => ({
        id: "segment:" + value,
        name: valueLabel(value),
        data: sorted.map((n) => find(n, value)?.share ?? null),
        counts: sorted.map((n) => find(n, value)?.n ?? null),
      })),
    ],
  };
}

/**
 * Where people already move for: per network, the share of everyone and of each published segment
 * of the chosen column that takes part.
 */
export function networksOption(lang, networks, column, valueLabel, networkLabel, description) {
  const { sorted, groups } = networkGroups(lang, networks, column, valueLabel);
  return groupedBars(
    description,
    sorted.map((n) => networkLabel(n.name)),
    groups,
    {
      min: 0,
      max: 1,
      axisLabel: { fontSize: 15, color: MUTED, hideOverlap: true, formatter: (x) => percent(lang, x) },
    }
  );
}

/** The networks chart as a table: per network and group, the share and how many take part. */
export function networksTable(lang, networks, column, valueLabel, networkLabel) {
  const w = words(lang);
  const { sorted, groups } = networkGroups(lang, networks, column, valueLabel);
  const cell = (g, i) =>
    g.data[i] === null ? "–" : `${percent(lang, g.data[i])} (${g.counts[i]})`;
  return {
    columns: [w.network, ...groups.map((g) => g.name)],
    rows: sorted.map((n, i) => [networkLabel(n.name), ...groups.map((g) => cell(g, i))]),
  };
}

/** The two waves of the trust chart, each with its label, score and mean; the second may be absent. */
function trustWaves(trust) {
  const waves = [{ label: trust.beforeLabel, score: trust.before.score }];
  if (trust.after) {
    waves.push({ label: trust.afterLabel, score: trust.after.score });
  }
  const means = trust.comparison
    ? [trust.comparison.independent.meanBefore, trust.comparison.independent.meanAfter]
    : waves.map((wave) => wave.score?.mean ?? null);
  return waves.map((wave, i) => ({ ...wave, mean: means[i] }));
}

/**
 * Trust in two waves: the mean score of each with its 95% confidence interval, on the scale's own
 * range. The means stand at the foot of their bars, clear of the intervals at the top.
 */
export function trustOption(lang, trust, description) {
  const w = words(lang);
  const waves = trustWaves(trust);
  const intervals = waves.map((wave, i) => [i, ...(wave.score?.ci95 ?? [wave.mean, wave.mean])]);
  return {
    ...base(description),
    tooltip: { show: false },
    grid: { left: 12, right: 20, top: 16, bottom: 0, containLabel: true },
    xAxis: {
      type: "category",
      data: waves.map((wave) => wave.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK } },
      axisLabel: { fontSize: 16, color: INK, fontWeight: "bold", lineHeight: 20, interval: 0 },
    },
    yAxis: valueAxis({
      min: trust.range.min,
      max: trust.range.max,
      interval: 1,
      axisLabel: { fontSize: 16, color: MUTED },
    }),
    series: [
      {
        id: "mean",
        name: w.mean,
        type: "bar",
        barWidth: "42%",
        data: waves.map((wave, i) => ({ value: wave.mean, itemStyle: { color: i === 0 ? GREY : BLUE } })),
        label: {
          show: true,
          position: "insideBottom",
          distance: 10,
          fontSize: 24,
          fontWeight: "bold",
          color: "#ffffff",
          formatter: (p) => number(lang, p.value),
        },
      },
      {
        id: "ci95",
        name: w.ci95,
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

/** The trust chart as a table: per wave its n, mean and interval. */
export function trustTable(lang, trust) {
  const w = words(lang);
  return {
    columns: [w.wave, w.respondentsN, w.mean, w.ci95],
    rows: trustWaves(trust).map((wave) => [
      wave.label.replaceAll("\n", " "),
      wave.score?.n === null || wave.score?.n === undefined ? "–" : String(wave.score.n),
      number(lang, wave.mean),
      wave.score?.ci95 ? `${number(lang, wave.score.ci95[0])} – ${number(lang, wave.score.ci95[1])}` : "–",
    ]),
  };
}

/**
 * The sentence under the trust chart. It claims a rise or a fall only with an interval that
 * excludes zero; an interval across zero is no clear difference, and no interval no claim.
 */
export function trustSentence(lang, trust) {
  const w = words(lang);
  if (!trust.comparison) {
    return w.trustBaseline(trust.before.score?.n ?? "–");
  }
  const c = trust.comparison.independent;
  const ci = c.ci95;
  if (!ci || ci[0] === null || ci[1] === null || c.difference === null || c.difference === undefined) {
    return w.trustNoInterval;
  }
  const [lo, hi] = ci;
  if (lo <= 0 && hi >= 0) {
    return w.trustUnclear(number(lang, c.difference), number(lang, lo), number(lang, hi));
  }
  const say = c.difference > 0 ? w.trustRose : w.trustFell;
  return say(
    number(lang, Math.abs(c.difference)),
    number(lang, lo),
    number(lang, hi),
    trust.range.max - trust.range.min + 1
  );
}

/** The activities by rank and the names of the parts their fit is made of. */
function fitParts(fit) {
  const activities = [...fit.activities].sort((a, b) => a.rank - b.rank);
  const partNames = [];
  for (const a of activities) {
    for (const p of a.parts) {
      if (!partNames.includes(p.name)) {
        partNames.push(p.name);
      }
    }
  }
  const partOf = (a, name) => a.parts.find((p) => p.name === name)?.value ?? null;
  return { activities, partNames, partOf };
}

/** The names of the fit chart's series, in order: the fit, then its parts. */
export function fitSeriesNames(lang, fit) {
  const w = words(lang);
  return [w.fitTotal, ...fitParts(fit).partNames.map((name) => w.fitParts[name] ?? humanise(name))];
}

/**
 * The activity ideas ranked by fit: per idea its fit and the parts the fit is made of, each as
 * the API gives it. An undefined fit or part is drawn as no bar.
 */
export function fitOption(lang, fit, description) {
  const w = words(lang);
  const { activities, partNames, partOf } = fitParts(fit);
  const names = activities.map((a) => wrap(a.name, 22));
  const label = {
    show: true,
    position: "right",
    fontSize: 14,
    color: INK,
    formatter: (p) => number(lang, p.value),
  };
  return {
    ...base(description),
    color: [INK, BLUE, SEGMENT_COLOURS[1], SEGMENT_COLOURS[2]],
    tooltip: { show: false },
    // The labels' own width, measured: containLabel cuts wrapped bold names short.
    grid: {
      left: widest(names.flatMap((n) => n.split("\n")), 16) + 16,
      right: 52,
      top: 4,
      bottom: 4,
    },
    xAxis: valueAxis({ min: 0, axisLabel: { show: false }, splitLine: { show: false } }),
    yAxis: {
      type: "category",
      inverse: true,
      data: names,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK } },
      axisLabel: { fontSize: 16, color: INK, lineHeight: 19, fontWeight: "bold", interval: 0 },
    },
    series: [
      {
        id: "fit",
        name: w.fitTotal,
        type: "bar",
        barGap: "10%",
        barCategoryGap: "18%",
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

/** The fit chart as a table. */
export function fitTable(lang, fit) {
  const w = words(lang);
  const { activities, partNames, partOf } = fitParts(fit);
  return {
    columns: [w.rank, w.activity, ...fitSeriesNames(lang, fit)],
    rows: activities.map((a) => [
      String(a.rank),
      a.name,
      number(lang, a.fit),
      ...partNames.map((name) => number(lang, partOf(a, name))),
    ]),
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

/** The lines of the attendance chart: all meetings, then each activity with sessions. */
export function attendanceLines(lang, meetings, sessions) {
  const w = words(lang);
  return [
    ...(meetings.length === 0
      ? []
      : [
          {
            id: "meetings",
            name: w.meetings,
            points: [...meetings]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((m) => ({ date: m.date, attendance: m.attendance, title: m.title })),
          },
        ]),
    ...sessions.map((s) => ({
      id: "sessions:" + s.id,
      name: s.name,
      points: [...s.sessions]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((one) => ({ date: one.date, attendance: one.attendance })),
    })),
  ];
}

const DAY = 24 * 60 * 60 * 1000;

function pad(range) {
  return Math.max(14 * DAY, (range.max - range.min) * 0.1);
}

export const ATTENDANCE_COLOURS = [BLUE, SEGMENT_COLOURS[1], SEGMENT_COLOURS[2], SEGMENT_COLOURS[3], SEGMENT_COLOURS[4]];

/**
 * Attendance over time: a line per kind of meeting and per activity with sessions, each point a
 * meeting or session on its date.
 */
export function attendanceOption(lang, meetings, sessions, description) {
  const w = words(lang);
  const lines = attendanceLines(lang, meetings, sessions);
  return {
    ...base(description),
    color: ATTENDANCE_COLOURS,
    tooltip: { show: false },
    grid: { left: 12, right: 40, top: 30, bottom: 24, containLabel: true },
    xAxis: {
      type: "time",
      // Room before the first point and after the last, so that their figures clear the axes.
      min: (range) => range.min - pad(range),
      max: (range) => range.max + pad(range),
      axisLine: { lineStyle: { color: INK } },
      axisLabel: { fontSize: 15, color: MUTED, hideOverlap: true },
      splitNumber: 4,
      splitLine: { show: false },
    },
    yAxis: valueAxis({ min: 0, splitNumber: 4 }),
    series: lines.map((line) => ({
      id: line.id,
      name: line.name,
      type: "line",
      symbolSize: 12,
      lineStyle: { width: 4 },
      labelLayout: { hideOverlap: true },
      label: {
        show: true,
        position: "top",
        fontSize: 17,
        fontWeight: "bold",
        color: INK,
        formatter: (p) => String(p.value[1]),
      },
      data:
        line.id === "meetings"
          ? line.points.map((p, i) => ({
              name: w.meetingKinds[meetings[i]?.kind] ?? "",
              value: [p.date, p.attendance],
            }))
          : line.points.map((p) => [p.date, p.attendance]),
    })),
  };
}

/** The attendance chart as a table: a row per meeting or session. */
export function attendanceTable(lang, meetings, sessions) {
  const w = words(lang);
  const rows = [];
  for (const line of attendanceLines(lang, meetings, sessions)) {
    for (const p of line.points) {
      rows.push([date(lang, p.date), p.title ? `${line.name}: ${p.title}` : line.name, String(p.attendance)]);
    }
  }
  return { columns: [w.date, w.series, w.present], rows };
}

/** Ambassador coverage: buildings with an active contact person against those without. */
export function coverageOption(lang, coverage, description) {
  const w = words(lang);
  return {
    ...base(description),
    tooltip: { show: false },
    title: {
      text: percent(lang, coverage.ratio),
      left: "center",
      top: "middle",
      textStyle: { fontSize: 30, fontWeight: "bold", color: INK },
    },
    series: [
      {
        id: "coverage",
        type: "pie",
        radius: ["48%", "74%"],
        center: ["50%", "50%"],
        avoidLabelOverlap: true,
        label: { show: true, position: "inside", fontSize: 17, fontWeight: "bold", color: "#ffffff", formatter: (p) => String(p.value) },
        data: [
          { name: w.covered, value: coverage.covered.length, itemStyle: { color: BLUE } },
          { name: w.uncovered, value: coverage.uncovered.length, itemStyle: { color: "#5d636b" } },
        ],
      },
    ],
  };
}

/** The coverage chart as a table. */
export function coverageTable(lang, coverage) {
  const w = words(lang);
  return {
    columns: [w.buildings, w.respondentsN],
    rows: [
      [w.covered, String(coverage.covered.length)],
      [w.uncovered, String(coverage.uncovered.length)],
    ],
  };
}

/** The phases of the approach in order, as the API names them. */
export const FUNNEL_PHASES = ["curious", "informed", "involved", "participating"];

/** A funnel cell's count of `phase`: a number, "hidden" when suppressed, or null when absent. */
function funnelCount(cell, phase) {
  const found = cell?.phases.find((p) => p.phase === phase);
  if (!found) {
    return null;
  }
  return found.suppressed ? "hidden" : found.households;
}

/** A count as the tables write it: a suppressed one as hidden, never as zero. */
function countText(lang, count) {
  if (count === "hidden") {
    return words(lang).hiddenCell;
  }
  return count === null || count === undefined ? "–" : String(count);
}

/** The phases of a funnel cell whose count is suppressed, by their labels. */
export function hiddenPhases(lang, cell) {
  const w = words(lang);
  return FUNNEL_PHASES.filter((p) => funnelCount(cell, p) === "hidden").map((p) => w.phases[p]);
}

/**
 * Horizontal bars of one count per category, in the given order; a suppressed count draws no bar
 * and its category says it is hidden, so that it never reads as zero.
 */
function countBars(lang, description, names, counts, colour) {
  const w = words(lang);
  const labels = names.map((name, i) =>
    wrap(counts[i] === "hidden" ? `${name} (${w.hiddenCell})` : name, 20)
  );
  return {
    ...base(description),
    tooltip: { show: false },
    grid: {
      left: widest(labels.flatMap((l) => l.split("\n")), 16, "normal") + 14,
      right: 48,
      top: 4,
      bottom: 4,
    },
    xAxis: valueAxis({ min: 0, axisLabel: { show: false }, splitLine: { show: false } }),
    yAxis: {
      type: "category",
      inverse: true,
      data: labels,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK } },
      axisLabel: { fontSize: 16, color: INK, lineHeight: 19, interval: 0 },
    },
    series: [
      {
        id: "counts",
        type: "bar",
        barCategoryGap: "22%",
        data: counts.map((c) => ({ value: typeof c === "number" ? c : null, itemStyle: { color: colour } })),
        label: { show: true, position: "right", fontSize: 16, color: INK, formatter: (p) => String(p.value) },
      },
    ],
  };
}

/** The neighbourhood's funnel at one snapshot: households per phase, curious first. */
export function funnelOption(lang, snapshot, description) {
  const w = words(lang);
  return countBars(
    lang,
    description,
    FUNNEL_PHASES.map((p) => w.phases[p]),
    FUNNEL_PHASES.map((p) => funnelCount(snapshot.whole, p)),
    SEGMENT_COLOURS[2]
  );
}

/** The funnel of one snapshot as a table: the whole neighbourhood, then each building. */
export function funnelTable(lang, snapshot, buildingLabel) {
  const w = words(lang);
  return {
    columns: [w.buildings, ...FUNNEL_PHASES.map((p) => w.phases[p])],
    rows: [
      [w.funnelWhole, ...FUNNEL_PHASES.map((p) => countText(lang, funnelCount(snapshot.whole, p)))],
      ...snapshot.buildings.map((b) => [
        buildingLabel(b.key),
        ...FUNNEL_PHASES.map((p) => countText(lang, funnelCount(b, p))),
      ]),
    ],
  };
}

/** The neighbourhood's funnel over time as a table: a row per snapshot, newest first. */
export function funnelHistoryTable(lang, snapshots) {
  const w = words(lang);
  return {
    columns: [w.date, ...FUNNEL_PHASES.map((p) => w.phases[p])],
    rows: [...snapshots]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((s) => [date(lang, s.date), ...FUNNEL_PHASES.map((p) => countText(lang, funnelCount(s.whole, p)))]),
  };
}

/** A value's tally: its count, or "hidden" when suppressed. */
function tallyCount(tally) {
  if (!tally) {
    return null;
  }
  return tally.suppressed ? "hidden" : tally.n;
}

/** The values of the wish tallies in the wish map's order, each with its label. */
function tallyValues(tallies, mapValues) {
  const order = mapValues.map((v) => v.code);
  return [...tallies.values].sort((a, b) => {
    const ia = order.indexOf(a.value);
    const ib = order.indexOf(b.value);
    return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib);
  });
}

/** The labels of the values whose tally is suppressed. */
export function hiddenValues(tallies, mapValues, labelOf) {
  return tallyValues(tallies, mapValues)
    .filter((v) => v.suppressed)
    .map((v) => labelOf(v.value));
}

/** Wishes by value: per value of the map, how many respondents had a wish coded to it. */
export function wishesOption(lang, tallies, mapValues, labelOf, description) {
  const values = tallyValues(tallies, mapValues);
  return countBars(
    lang,
    description,
    values.map((v) => labelOf(v.value)),
    values.map(tallyCount),
    BLUE
  );
}

/** The wish tallies as a table: per value its count, and its count in each group of `column`. */
export function wishesTable(lang, tallies, mapValues, labelOf, column, valueLabel) {
  const w = words(lang);
  const values = tallyValues(tallies, mapValues);
  const groups = [];
  for (const v of values) {
    for (const s of v.segments ?? []) {
      if (s.column === column && !groups.includes(s.value)) {
        groups.push(s.value);
      }
    }
  }
  const inGroup = (v, group) => (v.segments ?? []).find((s) => s.column === column && s.value === group);
  return {
    columns: [w.value, w.respondentsN, ...groups.map((g) => valueLabel(g))],
    rows: values.map((v) => [
      labelOf(v.value),
      countText(lang, tallyCount(v)),
      ...groups.map((g) => countText(lang, tallyCount(inGroup(v, g)))),
    ]),
  };
}
