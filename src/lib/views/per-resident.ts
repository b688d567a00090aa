// Spend per resident by council for one financial year: exact totals divided by the population each
// council declares in council.json (councils without one are listed apart, in totals only).
import { barChart } from "../charts/bar.ts";
import { describeBars } from "../charts/describe.ts";
import type { Markup } from "../charts/svg.ts";
import { barTable, type ChartTable } from "../charts/table.ts";
import { formatPounds } from "../money.ts";
import type { Matrix } from "./aggregate.ts";

export interface CouncilPopulation {
  slug: string;
  name: string;
  population?: { value: number; year: number; source: string } | undefined;
}

export interface PerResidentChart {
  year: string;
  svg: Markup;
  table: ChartTable;
  /** Councils left out for want of a population figure. */
  withoutPopulation: string[];
}

/** Micros per resident, rounded half up to the whole micro. */
const perResident = (total: bigint, population: number): bigint =>
  (total * 2n + BigInt(population)) / (2n * BigInt(population));

/** The chart for the latest financial year of a council × year matrix, or null when there is none. */
export function perResidentChart(
  matrix: Matrix,
  councils: readonly CouncilPopulation[],
  href: (slug: string) => string,
): PerResidentChart | null {
  const column = matrix.columnKeys.length - 1;
  const year = matrix.columnKeys[column];
  if (year === undefined) return null;
  const previousYear = matrix.columnKeys[column - 1];
  const withoutPopulation: string[] = [];
  const bars: { slug: string; label: string; micros: bigint; previous: bigint | null }[] = [];
  for (const council of councils) {
    const r = matrix.rowKeys.indexOf(council.slug);
    const total = r === -1 ? null : (matrix.cells[r]?.[column] ?? null);
    if (total === null) continue;
    const population = council.population?.value;
    if (!population || population <= 0) {
      withoutPopulation.push(council.name);
      continue;
    }
    const before = previousYear === undefined ? null : (matrix.cells[r]?.[column - 1] ?? null);
    bars.push({
      slug: council.slug,
      label: council.name,
      micros: perResident(total, population),
      previous: before === null ? null : perResident(before, population),
    });
  }
  bars.sort((a, b) =>
    a.micros === b.micros ? a.label.localeCompare(b.label) : a.micros > b.micros ? -1 : 1,
  );
  const data = bars.map((b) => ({
    label: b.label,
    value: Number(b.micros) / 1e6,
    display: formatPounds(b.micros),
  }));
  const title = `Spend per resident, ${year}`;
  const desc = describeBars(bars, previousYear ? { previousLabel: previousYear } : {});
  return {
    year,
    svg: barChart({ id: "per-resident", title, desc, data }),
    table: barTable(`Payments per resident by council, ${year}`, "Council", "Per resident", data, {
      hrefs: bars.map((b) => href(b.slug)),
    }),
    withoutPopulation,
  };
}
