// A chart as data: the options barChart or lineChart draws it from, in a form that can be written as
// JSON (embed/<id>/chart.json). The build draws each chart from its drawing at the default width; a
// page script can fetch the drawing and draw the chart again at the width it is shown at (fit.ts).
import { type BarChartOptions, barChart } from "./bar.ts";
import { chartFit } from "./fit.ts";
import { type LineChartOptions, lineChart, shortMonth } from "./lines.ts";
import type { Markup } from "./svg.ts";

export type ChartDrawing =
  | {
      kind: "bars";
      options: Omit<BarChartOptions, "tickFormat" | "width" | "ticks">;
      /** The values are percentages (ticks 0%, 10%…), not pounds. */
      percent?: boolean;
    }
  | {
      kind: "lines";
      options: Omit<LineChartOptions, "tickFormat" | "periodLabel" | "width">;
      /** Periods are months ("2024-04"), shown as "Apr 2024". */
      months: boolean;
    };

/** The chart at the default width, or fitted to a figure `shown` px wide. */
export function drawChart(drawing: ChartDrawing, shown?: number): Markup {
  const fit = chartFit(shown);
  if (drawing.kind === "bars")
    return barChart({
      ...drawing.options,
      ...fit,
      ...(drawing.percent ? { tickFormat: (value: number) => `${value}%` } : {}),
    });
  return lineChart({
    ...drawing.options,
    width: fit.width,
    periodLabel: drawing.months ? shortMonth : undefined,
  });
}

/** A chart entry's drawing and its SVG at the default width. */
export function drawn(drawing: ChartDrawing): { drawing: ChartDrawing; svg: Markup } {
  return { drawing, svg: drawChart(drawing) };
}

/**
 * The widths a page script draws a chart again at fall in these bands (upper bounds, exclusive, of the
 * width its figure is shown at): under 696 px a chart is drawn again (fit-page.ts: 720 less its slack).
 */
export const FIT_BANDS: readonly number[] = [360, 440, 520, 600, 696];

/** Height of an SVG drawn from `drawing` at `shown` px (its viewBox's height). */
export function drawnHeight(drawing: ChartDrawing, shown?: number): number {
  const match = /viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(drawChart(drawing, shown));
  return match ? Number(match[1]) : 0;
}

/**
 * For each band of FIT_BANDS, the tallest the chart is when drawn again at a width in it, so a page can
 * keep that room from the start and nothing below the chart moves when it is drawn again. A bar chart
 * is as tall at every width; a line chart's legend takes more rows the narrower it is drawn, so the
 * narrowest width of the band gives its tallest drawing.
 */
export function fitHeights(drawing: ChartDrawing): { below: number; height: number }[] {
  if (drawing.kind === "bars") {
    const height = drawnHeight(drawing);
    return FIT_BANDS.map((below) => ({ below, height }));
  }
  return FIT_BANDS.map((below, i) => ({
    below,
    height: drawnHeight(drawing, i === 0 ? 0 : FIT_BANDS[i - 1]),
  }));
}

/** The CSS custom properties chart.css reads in each band (--fit-360: 318px; …). */
export const fitHeightStyle = (drawing: ChartDrawing): string =>
  fitHeights(drawing)
    .map((b) => `--fit-${b.below}:${Math.ceil(b.height)}px`)
    .join(";");
