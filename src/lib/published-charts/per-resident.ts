// Spend per resident by council, for one comparable category (or all spend) in one financial year:
// exact totals divided by the population each council declares in council.json. Councils without a
// population are left out of the chart, named in a note, and kept in the CSV with their total.

import { describeBars } from "../charts/describe.ts";
import { drawn } from "../charts/drawing.ts";
import { barTable, withColumns } from "../charts/table.ts";
import { lowerFirst } from "../format.ts";
import { formatDecimal, formatPounds } from "../money.ts";
import { plain } from "../tables/csv-write.ts";
import { cubePeriods, type SpendCube } from "./cube.ts";
import { type ChartEntry, chartDomId } from "./entry.ts";

export interface CouncilInfo {
  slug: string;
  name: string;
  population?: { value: number; year: number; source: string } | undefined;
}

/** Micros per resident, rounded half up to the whole micro. */
export const perResident = (total: bigint, population: number): bigint =>
  (total * 2n + BigInt(population)) / (2n * BigInt(population));

/** "all" or the category id, as used in chart ids and URLs. */
export const categoryKey = (cube: SpendCube, category: number | null): string =>
  category === null ? "all" : (cube.categories[category]?.id ?? "all");

export const categoryLabel = (cube: SpendCube, category: number | null): string =>
  category === null ? "All spend" : (cube.categories[category]?.name ?? "All spend");

export interface PerResidentInput {
  cube: SpendCube;
  councils: readonly CouncilInfo[];
  category: number | null;
  year: string;
  hostPath: string;
  href: (slug: string) => string;
}

/** The chart for one category and year, or null when the cube has no such year. */
export function perResidentEntry(input: PerResidentInput): ChartEntry | null {
  const { cube, category, year } = input;
  const years = cubePeriods(cube, "yearly");
  const at = years.findIndex((p) => p.key === year);
  const period = years[at];
  if (!period) return null;
  const previous = years[at - 1];
  const label = categoryLabel(cube, category);
  const bars: {
    slug: string;
    label: string;
    micros: bigint;
    previous: bigint | null;
    total: bigint;
    population: { value: number; year: number; source: string };
  }[] = [];
  const withoutPopulation: string[] = [];
  const csvRows: ChartEntry["csv"]["rows"][number][] = [];
  for (const council of input.councils) {
    const c = cube.councils.indexOf(council.slug);
    const total = c === -1 ? null : cube.total(c, category, period.from, period.to);
    if (total === null) continue;
    const population = council.population;
    const valid = population !== undefined && population.value > 0;
    const micros = valid ? perResident(total, population.value) : null;
    csvRows.push([
      council.slug,
      council.name,
      categoryKey(cube, category),
      label,
      year,
      plain(formatDecimal(total)),
      valid ? population.value : null,
      valid ? population.year : null,
      valid ? population.source : null,
      micros === null ? null : plain(formatDecimal(micros)),
    ]);
    if (micros === null || !valid) {
      withoutPopulation.push(council.name);
      continue;
    }
    const before = previous ? cube.total(c, category, previous.from, previous.to) : null;
    bars.push({
      slug: council.slug,
      label: council.name,
      micros,
      previous: before === null ? null : perResident(before, population.value),
      total,
      population,
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
  const title = `${label}: spend per resident, ${year}`;
  const id = `per-resident/${categoryKey(cube, category)}/${year}`;
  const desc = describeBars(bars, {
    format: formatPounds,
    ...(previous ? { previousLabel: previous.key } : {}),
  });
  return {
    id,
    title,
    caption: `Payments each council published in ${year}${category === null ? "" : ` for ${lowerFirst(label)}`}, divided by the population the council gives (figure, year and source in the table). Councils provide different services, so compare with care.`,
    hostPath: input.hostPath,
    ...drawn({ kind: "bars", options: { id: chartDomId(id), title, desc, data } }),
    table: withColumns(
      barTable(`${title}, by council`, "Council", "Per resident", data, {
        hrefs: bars.map((b) => input.href(b.slug)),
      }),
      ["Spend", "Population (year, source)"],
      bars.map((b) => [
        formatPounds(b.total),
        `${b.population.value.toLocaleString("en-GB")} (${b.population.year}, ${b.population.source})`,
      ]),
    ),
    csv: {
      header: [
        "council",
        "council_name",
        "category_id",
        "category",
        "financial_year",
        "spend",
        "population",
        "population_year",
        "population_source",
        "spend_per_resident",
      ],
      rows: csvRows,
    },
    councils: bars.map((b) => b.slug),
    notes:
      withoutPopulation.length > 0
        ? [
            `No population figure for ${withoutPopulation.join(", ")}: not shown per resident, but counted in totals (choose “Total” on the compare page) and in the data download.`,
          ]
        : [],
  };
}
