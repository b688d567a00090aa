// Horizontal bar chart (one bar per category, e.g. spend per resident by council) as an SVG string,
// drawn at build time with d3-scale; ticks come from scale.ticks() (d3-axis would need a DOM).
// Every bar carries its value as text, so colour is never the only cue; negative values (credits)
// run left of a marked zero line. Long labels are wrapped to two lines and cut with "…", with the
// full label in the bar's <title>.

import { scaleBand, scaleLinear } from "d3-scale";
import { CHART_WIDTH } from "./fit.ts";
import {
  chartSvg,
  checkIdPrefix,
  el,
  GRID,
  INK,
  join,
  type Markup,
  MUTED,
  num,
  PathWriter,
  text,
  textWidth,
  wrapLabel,
} from "./svg.ts";
import { tickLabels } from "./ticks.ts";

export interface BarDatum {
  /** Category label, e.g. a council name (any text: it is escaped). */
  label: string;
  /** Value in pounds for the scale (e.g. Number(micros) / 1e6); exactness lives in `display`. */
  value: number;
  /** The value as shown on the bar, e.g. formatPoundsShort(micros) or "£41.20". */
  display: string;
}

export interface BarChartOptions {
  /** Prefix for every id in the chart (unique per page): "spend-per-resident". */
  id: string;
  title: string;
  /** Text for <desc>, e.g. from describeBars(). */
  desc: string;
  data: readonly BarDatum[];
  /** Width of the viewBox in px (the SVG scales down to its container). Default 720. */
  width?: number;
  /** Width of the label column in px. Default 210. */
  labelWidth?: number;
  /** Tick label formatter for values in pounds; default formatPoundsShort style (see ticks.ts). */
  tickFormat?: (pounds: number) => string;
  /** Approximate number of ticks. Default 5. */
  ticks?: number;
}

/** Fill for bars at or above zero (GOV.UK blue, 5.2:1 on white). */
export const BAR_FILL = "#1d70b8";
/** Fill for negative bars (credits; 5.2:1 on white); they also point left and show a minus sign. */
export const BAR_FILL_NEGATIVE = "#a8430f";

const FONT_SIZE = 13;
const TICK_FONT_SIZE = 12;
const ROW = 36;
const TOP = 6;
const AXIS = 26;
const LINE_HEIGHT = 15;
const GAP = 5;

/** The chart as an SVG string (Markup: every text escaped). */
export function barChart(options: BarChartOptions): Markup {
  const prefix = checkIdPrefix(options.id);
  const width = options.width ?? CHART_WIDTH;
  const labelWidth = options.labelWidth ?? 210;
  const data = options.data;
  const plotBottom = TOP + Math.max(1, data.length) * ROW;
  const height = plotBottom + AXIS;

  const values = data.map((d) => d.value);
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`bar value not finite: ${v}`);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const hasNegative = lo < 0;
  const hasPositive = data.some((d) => d.value >= 0);
  const valueWidth = Math.max(0, ...data.map((d) => textWidth(d.display, FONT_SIZE))) + GAP + 2;
  const left = labelWidth + (hasNegative ? valueWidth : 0);
  const right = width - (hasPositive ? valueWidth : 0) - 4;

  const x = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([left, Math.max(left + 1, right)]);
  const y = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([TOP, plotBottom])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const ticks = x.ticks(options.ticks ?? 5);
  const labels = tickLabels(ticks, options.tickFormat);
  const zero = x(0);

  const grid = new PathWriter();
  for (const t of ticks) {
    if (t === 0) continue;
    grid.moveTo(x(t), TOP);
    grid.lineTo(x(t), plotBottom);
  }
  const maxChars = Math.max(4, Math.floor((labelWidth - GAP * 2) / (FONT_SIZE * 0.58)));

  const bars = data.map((d, i) => {
    const top = y(i) ?? 0;
    const mid = top + y.bandwidth() / 2;
    const end = x(d.value);
    const { lines } = wrapLabel(d.label, maxChars, 2);
    const first = mid - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.35;
    const label = el(
      "text",
      { x: labelWidth - GAP, y: first, "text-anchor": "end" },
      ...(lines.length <= 1
        ? [text(lines[0] ?? "")]
        : lines.map((line, k) =>
            el("tspan", { x: labelWidth - GAP, y: first + k * LINE_HEIGHT }, text(line)),
          )),
    );
    const negative = d.value < 0;
    const bar = el("rect", {
      x: Math.min(zero, end),
      y: top,
      width: Math.abs(end - zero),
      height: y.bandwidth(),
      fill: negative ? BAR_FILL_NEGATIVE : BAR_FILL,
    });
    const value = el(
      "text",
      {
        x: negative ? end - GAP : end + GAP,
        y: mid + FONT_SIZE * 0.35,
        "text-anchor": negative ? "end" : undefined,
      },
      text(d.display),
    );
    return el(
      "g",
      { "data-i": String(i) },
      el("title", {}, text(`${d.label}: ${d.display}`)),
      label,
      bar,
      value,
    );
  });

  const body =
    data.length === 0
      ? [
          el(
            "text",
            { x: width / 2, y: TOP + ROW / 2, "text-anchor": "middle", fill: MUTED },
            text("No data"),
          ),
        ]
      : [
          el("path", { d: grid.toString(), stroke: GRID, fill: "none" }),
          el(
            "g",
            { fill: MUTED, "font-size": TICK_FONT_SIZE, "text-anchor": "middle" },
            ...ticks.map((t, i) => el("text", { x: x(t), y: plotBottom + 18 }, text(labels[i] ?? ""))),
          ),
          ...bars,
          el("path", { d: `M${num(zero)},${num(TOP - 4)}V${num(plotBottom)}`, stroke: INK, fill: "none" }),
        ];

  return chartSvg(
    { prefix, width, height, title: options.title, desc: options.desc, fontSize: FONT_SIZE },
    join(body),
  );
}
