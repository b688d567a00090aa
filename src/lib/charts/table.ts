// The data behind a chart as a plain table (the visible alternative to the SVG), for Chart.astro.
import { formatPoundsShort } from "../money.ts";
import type { BarDatum } from "./bar.ts";
import type { LineSeries } from "./lines.ts";
import { microsOfPounds } from "./ticks.ts";

export interface ChartTableRow {
  /** Row header (th scope="row"). */
  label: string;
  href?: string;
  cells: readonly string[];
}

export interface ChartTable {
  caption: string;
  /** Header of the first column. */
  rowHeader: string;
  /** Headers of the other columns (th scope="col"). */
  columns: readonly string[];
  rows: readonly ChartTableRow[];
}

/** One row per bar: label, then its value as shown (pass exact amounts, e.g. formatPounds, in `exact`). */
export function barTable(
  caption: string,
  rowHeader: string,
  valueHeader: string,
  data: readonly BarDatum[],
  extra: { exact?: readonly string[]; hrefs?: readonly (string | undefined)[] } = {},
): ChartTable {
  return {
    caption,
    rowHeader,
    columns: [valueHeader],
    rows: data.map((d, i) => ({
      label: d.label,
      href: extra.hrefs?.[i],
      cells: [extra.exact?.[i] ?? d.display],
    })),
  };
}

/** One row per period, one column per series ("–" where a series has no value). */
export function lineTable(
  caption: string,
  rowHeader: string,
  periods: readonly string[],
  series: readonly LineSeries[],
  periodLabel: (period: string) => string = (p) => p,
): ChartTable {
  return {
    caption,
    rowHeader,
    columns: series.map((s) => s.label),
    rows: periods.map((p, k) => ({
      label: periodLabel(p),
      cells: series.map((s) => {
        const v = s.values[k];
        if (v === null || v === undefined) return "–";
        return s.displays?.[k] ?? formatPoundsShort(microsOfPounds(v));
      }),
    })),
  };
}

/** The same table with more columns: one list of cells per row, in row order. */
export function withColumns(
  table: ChartTable,
  columns: readonly string[],
  cells: readonly (readonly string[])[],
): ChartTable {
  return {
    ...table,
    columns: [...table.columns, ...columns],
    rows: table.rows.map((r, i) => ({ ...r, cells: [...r.cells, ...(cells[i] ?? columns.map(() => "–"))] })),
  };
}
