// One chart as the site publishes it: drawn on a page, embeddable at /embed/<id>/, with the exact
// numbers behind it as CSV and an oEmbed document. Every chart module returns this shape.

import type { ChartDrawing } from "../charts/drawing.ts";
import type { Markup } from "../charts/svg.ts";
import type { ChartTable } from "../charts/table.ts";
import { type CsvValue, csvLine } from "../tables/csv-write.ts";

export interface ChartCsv {
  header: readonly string[];
  /** Text cells (formula-guarded on output); exact amounts as plain(decimal). */
  rows: readonly (readonly CsvValue[])[];
}

export interface ChartEntry {
  /** Stable id, path segments of /embed/<id>/: "per-resident/housing/2024-25". */
  id: string;
  title: string;
  /** What the chart shows and how to read it (one or two sentences). */
  caption: string;
  /** Site path (without the base) of the page that shows the chart: "compare/". */
  hostPath: string;
  /** The chart at the default width, drawn from `drawing` (which pages may draw again at their width). */
  svg: Markup;
  drawing: ChartDrawing;
  table: ChartTable;
  csv: ChartCsv;
  /** Council slugs whose published payments the chart draws on (the source line). */
  councils: readonly string[];
  /** Caveats shown under the chart, e.g. councils left out for want of a population. */
  notes: readonly string[];
}

/** A chart id as a prefix for ids inside its SVG: "per-resident/housing/2024-25" → "c-per-resident-housing-2024-25". */
export const chartDomId = (id: string): string => `c-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** Width and height of a chart's viewBox. */
export function svgSize(svg: Markup): { width: number; height: number } {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) throw new Error("chart SVG without a viewBox");
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** The CSV text of a chart's numbers (one header line, then one line per row; text cells formula-guarded). */
export function chartCsvText(csv: ChartCsv): string {
  return [csv.header, ...csv.rows].map((row) => `${csvLine(row)}\n`).join("");
}
