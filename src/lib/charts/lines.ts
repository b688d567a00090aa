// Line chart for trends over time (series × periods: months, or financial years per council) as an
// SVG string, drawn at build time with d3-scale and d3-shape. Series differ by colour AND dash
// pattern AND marker shape, and a text legend names them, so colour is never the only cue. Every
// palette colour has at least 3:1 contrast on white (checked in the tests). Missing values (null)
// leave a gap in the line.

import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { formatPoundsShort } from "../money.ts";
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
import { microsOfPounds, tickLabels } from "./ticks.ts";

export interface LineSeries {
  /** Series name, e.g. a council (any text: it is escaped). */
  label: string;
  /** One value in pounds per period (null where there is none); same length as `periods`. */
  values: readonly (number | null)[];
  /** Values as shown in point tooltips; default formatPoundsShort of the value. */
  displays?: readonly (string | null)[];
}

export interface LineChartOptions {
  /** Prefix for every id in the chart (unique per page). */
  id: string;
  title: string;
  /** Text for <desc>, e.g. from describeTrend(). */
  desc: string;
  /** Period keys in order: "2024-04" or "2023-24". */
  periods: readonly string[];
  /** Period as shown on the axis and in tooltips; default as is (use shortMonth for "2024-04"). */
  periodLabel?: (period: string) => string;
  series: readonly LineSeries[];
  width?: number;
  /** Height of the plot area in px (legend and axis come on top). Default 260. */
  plotHeight?: number;
  tickFormat?: (pounds: number) => string;
  ticks?: number;
  /** A hover <title> per point (about 90 bytes each). Default true. */
  pointTitles?: boolean;
}

/**
 * Series colours, each at least 3:1 on white (WCAG non-text contrast), in an order where
 * neighbours differ in hue and lightness: blue, orange-brown, green, purple, red, teal, magenta, olive.
 */
export const PALETTE = [
  "#1d70b8",
  "#a8430f",
  "#00703c",
  "#4c2c92",
  "#d4351c",
  "#00707a",
  "#912b88",
  "#5e6b00",
] as const;
/** Stroke dash patterns, one per series ("" is solid). */
export const DASHES = ["", "8 4", "2 3", "10 3 2 3", "5 5", "1 4", "12 4", "6 2 2 2 2 2"] as const;
/** Marker shapes, one per series. */
export const MARKERS = ["circle", "square", "triangle", "diamond", "cross", "down", "plus", "bar"] as const;
export type MarkerShape = (typeof MARKERS)[number];

const FONT_SIZE = 13;
const TICK_FONT_SIZE = 12;
const LEGEND_ROW = 22;
const R = 3.5;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "2024-04" → "Apr 2024"; other text unchanged. */
export function shortMonth(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : period;
}

/** Path data for one marker centred on (x, y). Filled shapes, except cross and plus (stroked). */
export function markerPath(shape: MarkerShape, x: number, y: number): string {
  const at = (dx: number, dy: number) => `M${num(x + dx)},${num(y + dy)}`;
  switch (shape) {
    case "circle":
      return `${at(-R, 0)}a${R},${R} 0 1,0 ${2 * R},0a${R},${R} 0 1,0 ${-2 * R},0`;
    case "square":
      return `${at(-3, -3)}h6v6h-6z`;
    case "triangle":
      return `${at(0, -4.5)}l4,7h-8z`;
    case "down":
      return `${at(0, 4.5)}l4,-7h-8z`;
    case "diamond":
      return `${at(0, -4.5)}l4.5,4.5l-4.5,4.5l-4.5,-4.5z`;
    case "cross":
      return `${at(-3.5, -3.5)}l7,7m0,-7l-7,7`;
    case "plus":
      return `${at(-4, 0)}h8m-4,-4v8`;
    case "bar":
      return `${at(-1.5, -4.5)}h3v9h-3z`;
  }
}

const stroked = (shape: MarkerShape) => shape === "cross" || shape === "plus";

/** The chart as an SVG string (Markup: every text escaped). */
export function lineChart(options: LineChartOptions): Markup {
  const prefix = checkIdPrefix(options.id);
  const width = options.width ?? CHART_WIDTH;
  const plotHeight = options.plotHeight ?? 260;
  const periodLabel = options.periodLabel ?? ((p: string) => p);
  const { periods, series } = options;
  for (const s of series) {
    if (s.values.length !== periods.length) {
      throw new Error(
        `series ${JSON.stringify(s.label)}: ${s.values.length} values for ${periods.length} periods`,
      );
    }
    for (const v of s.values)
      if (v !== null && !Number.isFinite(v)) throw new RangeError(`value not finite: ${v}`);
  }
  const style = (i: number) => ({
    color: PALETTE[i % PALETTE.length] as string,
    dash: DASHES[i % DASHES.length] as string,
    marker: MARKERS[i % MARKERS.length] as MarkerShape,
  });

  // y domain and its tick labels fix the left margin (ticks depend on the domain only)
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const y = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .nice(options.ticks ?? 5);
  const yTicks = y.ticks(options.ticks ?? 5);
  const yLabels = tickLabels(yTicks, options.tickFormat);
  const left = Math.ceil(Math.max(...yLabels.map((l) => textWidth(l, TICK_FONT_SIZE)), 0)) + 10;

  // legend: items flow left to right, wrapping to new rows
  const legendItems: Markup[] = [];
  let lx = left;
  let row = 0;
  const maxLegendChars = 40;
  for (const [i, s] of series.entries()) {
    const { color, dash, marker } = style(i);
    const shown = wrapLabel(s.label, maxLegendChars, 1).lines[0] ?? "";
    const itemWidth = 32 + textWidth(shown, FONT_SIZE) + 18;
    if (lx > left && lx + itemWidth > width) {
      lx = left;
      row++;
    }
    const cy = row * LEGEND_ROW + 11;
    legendItems.push(
      el(
        "g",
        {},
        el("title", {}, text(s.label)),
        el("path", {
          d: `M${num(lx)},${num(cy)}h26`,
          stroke: color,
          "stroke-dasharray": dash || undefined,
          "stroke-width": 2.5,
        }),
        el("path", {
          d: markerPath(marker, lx + 13, cy),
          fill: stroked(marker) ? "none" : color,
          stroke: stroked(marker) ? color : undefined,
          "stroke-width": stroked(marker) ? 2 : undefined,
        }),
        el("text", { x: lx + 32, y: cy + FONT_SIZE * 0.35 }, text(shown)),
      ),
    );
    lx += itemWidth;
  }
  const legendHeight = series.length === 0 ? 0 : (row + 1) * LEGEND_ROW + 8;

  const top = legendHeight + 8;
  const bottom = top + plotHeight;
  y.range([bottom, top]);
  const xLabels = periods.map(periodLabel);
  const widest = Math.max(0, ...xLabels.map((l) => textWidth(l, TICK_FONT_SIZE)));
  const right = width - Math.ceil(widest / 2) - 2;
  const x = scalePoint<number>()
    .domain(periods.map((_, i) => i))
    .range([Math.max(left + 8, left + widest / 2), right]);
  const height = bottom + 26;

  const grid = new PathWriter();
  for (const t of yTicks) {
    grid.moveTo(left, y(t));
    grid.lineTo(width, y(t));
  }
  const yAxis = el(
    "g",
    { fill: MUTED, "font-size": TICK_FONT_SIZE, "text-anchor": "end" },
    ...yTicks.map((t, i) =>
      el("text", { x: left - 6, y: y(t) + TICK_FONT_SIZE * 0.35 }, text(yLabels[i] ?? "")),
    ),
  );
  const room = Math.max(1, Math.floor((right - left) / (widest + 14)));
  const every = Math.max(1, Math.ceil(periods.length / room));
  const xAxis = el(
    "g",
    { fill: MUTED, "font-size": TICK_FONT_SIZE, "text-anchor": "middle" },
    ...periods.flatMap((_, i) =>
      i % every === 0 ? [el("text", { x: x(i) ?? 0, y: bottom + 18 }, text(xLabels[i] ?? ""))] : [],
    ),
  );

  const lines = series.map((s, i) => {
    const { color, dash, marker } = style(i);
    const d = new PathWriter();
    line<number | null>()
      .defined((v) => v !== null)
      .x((_, k) => x(k) ?? 0)
      .y((v) => y(v ?? 0))
      .context(d as unknown as CanvasRenderingContext2D)(s.values);
    let marks = "";
    const hits: Markup[] = [];
    for (const [k, v] of s.values.entries()) {
      if (v === null) continue;
      const px = x(k) ?? 0;
      const py = y(v);
      marks += markerPath(marker, px, py);
      if (options.pointTitles ?? true) {
        const shown = s.displays?.[k] ?? formatPoundsShort(microsOfPounds(v));
        hits.push(
          el(
            "circle",
            { cx: px, cy: py, r: 6 },
            el("title", {}, text(`${s.label}, ${xLabels[k] ?? ""}: ${shown}`)),
          ),
        );
      }
    }
    return el(
      "g",
      { "data-series": String(i) },
      el("path", {
        d: d.toString(),
        fill: "none",
        stroke: color,
        "stroke-width": 2.5,
        "stroke-dasharray": dash || undefined,
        "stroke-linejoin": "round",
      }),
      el("path", {
        d: marks,
        fill: stroked(marker) ? "none" : color,
        stroke: stroked(marker) ? color : undefined,
        "stroke-width": stroked(marker) ? 2 : undefined,
      }),
      ...(hits.length > 0 ? [el("g", { fill: "none", "pointer-events": "all" }, ...hits)] : []),
    );
  });

  const empty = series.length === 0 || periods.length === 0;
  return chartSvg(
    { prefix, width, height, title: options.title, desc: options.desc, fontSize: FONT_SIZE },
    empty
      ? el(
          "text",
          { x: width / 2, y: top + plotHeight / 2, "text-anchor": "middle", fill: MUTED },
          text("No data"),
        )
      : join([
          el("g", {}, ...legendItems),
          el("path", { d: grid.toString(), stroke: GRID, fill: "none" }),
          lo < 0 ? el("path", { d: `M${num(left)},${num(y(0))}H${num(width)}`, stroke: INK }) : join([]),
          yAxis,
          xAxis,
          ...lines,
        ]),
  );
}
