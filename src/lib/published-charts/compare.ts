// /compare/: the reader picks councils, a category and years; the choice lives in the URL query
// (?councils=a,b&category=housing&years=2023-24,2024-25&measure=per-resident) so every view is a
// permalink. The same pure functions draw the default view at build time and any chosen view in
// the browser (islands/CompareChart.tsx), from a small table of exact totals.
import { describeBars, describeTrend } from "../charts/describe.ts";
import { drawChart } from "../charts/drawing.ts";
import type { Markup } from "../charts/svg.ts";
import { barTable, type ChartTable, lineTable } from "../charts/table.ts";
import { formatPounds } from "../money.ts";
import { cubePeriods, type SpendCube } from "./cube.ts";
import { type CouncilInfo, perResident } from "./per-resident.ts";

export const MEASURES = ["per-resident", "total"] as const;
export type Measure = (typeof MEASURES)[number];

export interface CompareData {
  councils: { slug: string; name: string; population: number | null }[];
  /** "all" first, then the service categories with spend. */
  categories: { id: string; name: string }[];
  years: string[];
  /** totals[council][category][year]: exact micros as a decimal string, or null. */
  totals: (string | null)[][][];
}

export interface CompareChoice {
  councils: string[];
  category: string;
  years: string[];
  measure: Measure;
}

export function compareData(cube: SpendCube, councils: readonly CouncilInfo[]): CompareData {
  const years = cubePeriods(cube, "yearly");
  const categories: (number | null)[] = [null, ...cube.categories.map((_, k) => k)];
  return {
    councils: councils.map((c) => ({
      slug: c.slug,
      name: c.name,
      population: c.population && c.population.value > 0 ? c.population.value : null,
    })),
    categories: [
      { id: "all", name: "All spend" },
      ...cube.categories.map((c) => ({ id: c.id, name: c.name })),
    ],
    years: years.map((y) => y.key),
    totals: councils.map((c) => {
      const i = cube.councils.indexOf(c.slug);
      return categories.map((k) =>
        years.map((y) => {
          const v = i === -1 ? null : cube.total(i, k, y.from, y.to);
          return v === null ? null : String(v);
        }),
      );
    }),
  };
}

/** The default view: every council, all spend, the latest year, per resident. */
export function defaultChoice(data: CompareData): CompareChoice {
  return {
    councils: data.councils.map((c) => c.slug),
    category: "all",
    years: data.years.slice(-1),
    measure: "per-resident",
  };
}

/** A choice from a URL query; unknown values are dropped and empty parts fall back to the default. */
export function parseChoice(query: URLSearchParams, data: CompareData): CompareChoice {
  const fallback = defaultChoice(data);
  const list = (name: string, allowed: readonly string[]) => {
    const wanted = new Set(query.getAll(name).flatMap((v) => v.split(",").map((w) => w.trim())));
    return allowed.filter((v) => wanted.has(v));
  };
  const councils = list(
    "councils",
    data.councils.map((c) => c.slug),
  );
  const years = list("years", data.years);
  const category = query.get("category") ?? "";
  const measure = query.get("measure") ?? "";
  return {
    councils: councils.length > 0 ? councils : fallback.councils,
    category: data.categories.some((c) => c.id === category) ? category : fallback.category,
    years: years.length > 0 ? years : fallback.years,
    measure: (MEASURES as readonly string[]).includes(measure) ? (measure as Measure) : fallback.measure,
  };
}

/** The query string of a choice ("?councils=…"), values in the data's order. */
export function choiceQuery(choice: CompareChoice): string {
  const q = new URLSearchParams();
  q.set("councils", choice.councils.join(","));
  q.set("category", choice.category);
  q.set("years", choice.years.join(","));
  q.set("measure", choice.measure);
  return `?${q.toString().replace(/%2C/g, ",")}`;
}

export interface CompareView {
  title: string;
  svg: Markup;
  table: ChartTable;
  /** Councils chosen but left out for want of a population (per-resident only). */
  withoutPopulation: string[];
}

/**
 * The chart for a choice: bars for one year, lines across several; drawn for a figure `shown` px wide
 * when the caller knows it (see chartFit), else at the default width.
 */
export function compareView(data: CompareData, choice: CompareChoice, shown?: number): CompareView {
  const k = Math.max(
    0,
    data.categories.findIndex((c) => c.id === choice.category),
  );
  const category = data.categories[k]?.name ?? "All spend";
  const yearIndexes = choice.years.map((y) => data.years.indexOf(y)).filter((i) => i >= 0);
  const perHead = choice.measure === "per-resident";
  const withoutPopulation: string[] = [];
  const rows = data.councils
    .map((c, i) => ({ council: c, totals: data.totals[i]?.[k] ?? [] }))
    .filter((r) => choice.councils.includes(r.council.slug))
    .filter((r) => {
      if (!perHead || r.council.population !== null) return true;
      withoutPopulation.push(r.council.name);
      return false;
    })
    .map((r) => ({
      label: r.council.name,
      values: yearIndexes.map((y) => {
        const v = r.totals[y];
        if (v === null || v === undefined) return null;
        return perHead ? perResident(BigInt(v), r.council.population ?? 1) : BigInt(v);
      }),
    }));
  const measureText = perHead ? "spend per resident" : "total spend";
  const years = yearIndexes.map((y) => data.years[y] as string);
  const title = `${category}: ${measureText}, ${years.length === 1 ? years[0] : `${years[0]} to ${years.at(-1)}`}`;
  const id = "compare-chart";
  if (years.length === 1) {
    const bars = rows
      .filter((r) => r.values[0] !== null)
      .map((r) => ({ label: r.label, micros: r.values[0] as bigint }))
      .sort((a, b) =>
        a.micros === b.micros ? a.label.localeCompare(b.label) : a.micros > b.micros ? -1 : 1,
      );
    const bar = bars.map((b) => ({
      label: b.label,
      value: Number(b.micros) / 1e6,
      display: formatPounds(b.micros),
    }));
    return {
      title,
      svg: drawChart(
        {
          kind: "bars",
          options: {
            id,
            title,
            desc: describeBars(bars, perHead ? { format: formatPounds } : {}),
            data: bar,
          },
        },
        shown,
      ),
      table: barTable(title, "Council", perHead ? "Per resident" : "Total", bar),
      withoutPopulation,
    };
  }
  const series = rows.map((r) => ({
    label: r.label,
    values: r.values.map((v) => (v === null ? null : Number(v) / 1e6)),
    displays: r.values.map((v) => (v === null ? null : formatPounds(v))),
  }));
  return {
    title,
    svg: drawChart(
      {
        kind: "lines",
        options: { id, title, desc: describeTrend(rows, years), periods: years, series },
        months: false,
      },
      shown,
    ),
    table: lineTable(title, "Financial year", years, series),
    withoutPopulation,
  };
}
