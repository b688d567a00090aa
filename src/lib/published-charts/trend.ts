// Spend over time for one comparable category (or all spend): one line per council, by month,
// quarter or financial year. Exact totals as published (not per resident), gaps where a council
// published nothing for a period.

import { describeTrend } from "../charts/describe.ts";
import { drawn } from "../charts/drawing.ts";
import { shortMonth } from "../charts/lines.ts";
import { lineTable } from "../charts/table.ts";
import { lowerFirst } from "../format.ts";
import { formatDecimal, formatPounds } from "../money.ts";
import { plain } from "../tables/csv-write.ts";
import { cubeSeries, type SpendCube } from "./cube.ts";
import { type ChartEntry, chartDomId } from "./entry.ts";
import { outsideNote } from "./outside-months.ts";
import { type CouncilInfo, categoryKey, categoryLabel } from "./per-resident.ts";
import { type Granularity, granularityName } from "./periods.ts";

export interface TrendInput {
  cube: SpendCube;
  councils: readonly CouncilInfo[];
  category: number | null;
  granularity: Granularity;
  hostPath: string;
  /** One council only (its page's chart): id "council/<slug>/<category>/<granularity>". */
  council?: string;
}

const periodLabel = (granularity: Granularity) => (granularity === "monthly" ? shortMonth : (p: string) => p);

export function trendEntry(input: TrendInput): ChartEntry {
  const { cube, category, granularity } = input;
  const { periods, series } = cubeSeries(cube, category, granularity);
  const names = new Map(input.councils.map((c) => [c.slug, c.name]));
  const shown = series.filter(
    (s) => s.values.some((v) => v !== null) && (input.council === undefined || s.council === input.council),
  );
  const label = categoryLabel(cube, category);
  const key = `${categoryKey(cube, category)}/${granularity}`;
  const id = input.council === undefined ? `trend/${key}` : `council/${input.council}/${key}`;
  const who =
    input.council === undefined
      ? label
      : `${names.get(input.council) ?? input.council}, ${lowerFirst(label)}`;
  const title = `${who}: payments ${granularityName[granularity]}`;
  const lines = shown.map((s) => ({
    label: names.get(s.council) ?? s.council,
    values: s.values.map((v) => (v === null ? null : Number(v) / 1e6)),
    displays: s.values.map((v) => (v === null ? null : formatPounds(v))),
  }));
  const label_ = periodLabel(granularity);
  const desc = describeTrend(
    shown.map((s) => ({ label: names.get(s.council) ?? s.council, values: s.values })),
    periods,
    label_,
  );
  return {
    id,
    title,
    caption: `Total of the payments ${input.council === undefined ? "each council" : "the council"} published${category === null ? "" : ` for ${lowerFirst(label)}`}, ${granularityName[granularity]} (a gap: nothing published for that period).${input.council === undefined ? " Totals, not per resident." : ""}`,
    hostPath: input.hostPath,
    ...drawn({
      kind: "lines",
      options: {
        id: chartDomId(id),
        title,
        desc,
        periods,
        series: lines,
        pointTitles: granularity !== "monthly",
      },
      months: granularity === "monthly",
    }),
    table: lineTable(
      title,
      granularity === "monthly" ? "Month" : granularity === "quarterly" ? "Quarter" : "Financial year",
      periods,
      lines,
      label_,
    ),
    csv: {
      header: ["council", "council_name", "category_id", "category", "period", "spend"],
      rows: shown.flatMap((s) =>
        s.values.flatMap((v, k) =>
          v === null
            ? []
            : [
                [
                  s.council,
                  names.get(s.council) ?? s.council,
                  categoryKey(cube, category),
                  label,
                  periods[k] ?? "",
                  plain(formatDecimal(v)),
                ],
              ],
        ),
      ),
    },
    councils: shown.map((s) => s.council),
    notes: outsideNotes(input, names),
  };
}

/** Payments of the councils charted dated outside the months their files cover: not drawn, said. */
function outsideNotes(input: TrendInput, names: ReadonlyMap<string, string>): string[] {
  const { cube, category } = input;
  return cube.councils.flatMap((slug, c) => {
    if (input.council !== undefined && slug !== input.council) return [];
    const { count, total } = cube.outside(c, category);
    if (count === 0) return [];
    return [outsideNote(names.get(slug) ?? slug, count, total)];
  });
}
