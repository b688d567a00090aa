// A chart as data: the options barChart or lineChart draws it from, in a form that can be written as
// JSON (embed/<id>/chart.json). The build draws each chart from its drawing at the default width; a
// page script can fetch the drawing and draw the chart again at the width it is shown at (fit.ts).
import { type BarChartOptions, barChart } from "./bar.ts";
import { chartFit } from "./fit.ts";
import { type LineChartOptions, lineChart, shortMonth } from "./lines.ts";
import type { Markup } from "./svg.ts";

export type ChartDrawing =
  | { kind: "bars"; options: Omit<BarChartOptions, "tickFormat" | "width" | "ticks"> }
  | {
      kind: "lines";
      options: Omit<LineChartOptions, "tickFormat" | "periodLabel" | "width">;
      /** Periods are months ("2024-04"), shown as "Apr 2024". */
      months: boolean;
    };

/** The chart at the default width, or fitted to a figure `shown` px wide. */
export function drawChart(drawing: ChartDrawing, shown?: number): Markup {
  const fit = chartFit(shown);
  if (drawing.kind === "bars") return barChart({ ...drawing.options, ...fit });
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
