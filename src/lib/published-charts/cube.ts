// Spend by council × comparable service category × month, exact, from one pass over the payments:
// the numbers behind every cost-comparison chart. Every published payment counts, including
// recharges between partners (what a partner paid for a shared service) and withheld payees.
import { classifyService, type Overrides } from "../categories/classify.ts";
import { SERVICE_IDS, SERVICE_NAMES, type ServiceId } from "../categories/sercop.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { ExactSum } from "../exact-sum.ts";
import { nextMonth } from "../views/months.ts";
import { isOutside, monthSpan } from "./outside-months.ts";
import { type Granularity, periodOfMonth } from "./periods.ts";

export interface Category {
  id: ServiceId;
  name: string;
}

export interface SpendCube {
  /** Council slugs, partnership order. */
  councils: readonly string[];
  /** Service categories with any spend, SeRCOP order ("uncategorised" last). */
  categories: readonly Category[];
  /** Every month from the first to the last with a payment. */
  months: readonly string[];
  /** Exact total of a council (index) in a category (index, or null: all) over months [from, to). */
  total(council: number, category: number | null, from?: number, to?: number): bigint | null;
  /**
   * A council's payments (in a category, or null: all) dated outside the months its files cover
   * (perhaps a mistyped year): not in the months, so not drawn; the charts say so.
   */
  outside(council: number, category: number | null): { count: number; total: bigint };
}

/** One cell of the cube: a council's exact spend in a category in a month ("2023-04"). */
export interface CubeCell {
  council: string;
  category: string;
  month: string;
  total: bigint;
  payments: number;
}

export interface CubeInput {
  payments: PaymentTable;
  councils: readonly string[];
  /** council.json "categories.service" overrides of a council. */
  overridesOf: (council: string) => Overrides<ServiceId> | undefined;
  /** The first and last date the council's payment files cover (none: every month counts). */
  spanOf?: (council: string) => { first: string; last: string } | undefined;
  /** The cells already summed (the build's: SQL over payments.parquet, src/lib/columnar/); without
   * them they are summed here from the payments, in one pass. */
  cells?: readonly CubeCell[];
}

/** The cube's cells summed from the payments (every council × category × month with a payment). */
export function cubeCellsOf(
  payments: PaymentTable,
  councils: readonly string[],
  overridesOf: CubeInput["overridesOf"],
): CubeCell[] {
  const councilIndex = new Map<number, number>();
  for (const [i, slug] of councils.entries()) {
    const id = payments.text.idOf(slug);
    if (id !== undefined) councilIndex.set(id, i);
  }
  // category per (council, published department) text-id pair, classified once
  const categoryOf = new Map<number, ServiceId>();
  const monthIds = new Map<number, string>();
  const cells = new Map<
    string,
    { council: string; category: ServiceId; month: string; sum: ExactSum; payments: number }
  >();
  for (let row = 0; row < payments.size; row++) {
    const c = councilIndex.get(payments.council[row] as number);
    if (c === undefined) continue;
    const area = payments.area[row] as number;
    const pair = area * councils.length + c;
    let category = categoryOf.get(pair);
    if (category === undefined) {
      category = classifyService(payments.text.get(area), overridesOf(councils[c] as string)).id;
      categoryOf.set(pair, category);
    }
    const dateId = payments.date[row] as number;
    let month = monthIds.get(dateId);
    if (month === undefined) {
      month = payments.text.get(dateId).slice(0, 7);
      monthIds.set(dateId, month);
    }
    const key = `${c}|${category}|${month}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { council: councils[c] as string, category, month, sum: new ExactSum(), payments: 0 };
      cells.set(key, cell);
    }
    cell.sum.add(payments.amount[row] as number);
    cell.payments++;
  }
  return [...cells.values()].map(({ sum, ...cell }) => ({ ...cell, total: sum.value() }));
}

export function buildSpendCube({ payments, councils, overridesOf, spanOf, cells }: CubeInput): SpendCube {
  const spans = councils.map((slug) => monthSpan(spanOf?.(slug)));
  const outsideCells = new Map<string, { total: bigint; count: number }>();
  const councilIndex = new Map(councils.map((slug, i) => [slug, i]));
  const serviceIndex = new Map<string, number>(SERVICE_IDS.map((id, i) => [id, i]));
  const values = new Map<string, bigint>();
  const seenCategories = new Set<number>();
  const seenMonths = new Set<string>();
  for (const cell of cells ?? cubeCellsOf(payments, councils, overridesOf)) {
    const c = councilIndex.get(cell.council);
    const k = serviceIndex.get(cell.category);
    if (c === undefined || k === undefined) continue;
    const m = cell.month;
    if (isOutside(spans[c] ?? null, m)) {
      const outside = outsideCells.get(`${c}|${k}`) ?? { total: 0n, count: 0 };
      outside.total += cell.total;
      outside.count += cell.payments;
      outsideCells.set(`${c}|${k}`, outside);
      continue;
    }
    seenCategories.add(k);
    seenMonths.add(m);
    const key = `${c}|${k}|${m}`;
    values.set(key, (values.get(key) ?? 0n) + cell.total);
  }
  const sorted = [...seenMonths].sort();
  const months: string[] = [];
  const last = sorted.at(-1);
  for (let m = sorted[0]; m !== undefined && last !== undefined && m <= last; m = nextMonth(m))
    months.push(m);
  const categoryIds = [...seenCategories].sort((a, b) => a - b);
  const categories = categoryIds.map((k) => {
    const id = SERVICE_IDS[k] as ServiceId;
    return { id, name: SERVICE_NAMES[id] };
  });

  return {
    councils,
    categories,
    months,
    total(council, category, from = 0, to = months.length) {
      let sum: bigint | null = null;
      const ks = category === null ? categoryIds : [categoryIds[category] as number];
      for (let m = from; m < to; m++) {
        for (const k of ks) {
          const v = values.get(`${council}|${k}|${months[m]}`);
          if (v !== undefined) sum = (sum ?? 0n) + v;
        }
      }
      return sum;
    },
    outside(council, category) {
      let count = 0;
      let total = 0n;
      for (const [key, cell] of outsideCells) {
        const [c, k] = key.split("|").map(Number);
        if (c !== council || (category !== null && k !== categoryIds[category])) continue;
        count += cell.count;
        total += cell.total;
      }
      return { count, total };
    },
  };
}

/** Periods at a granularity, each with the month range [from, to) it covers in cube.months. */
export function cubePeriods(
  cube: Pick<SpendCube, "months">,
  granularity: Granularity,
): { key: string; from: number; to: number }[] {
  const out: { key: string; from: number; to: number }[] = [];
  for (const [i, m] of cube.months.entries()) {
    const key = periodOfMonth(m, granularity);
    const lastPeriod = out.at(-1);
    if (lastPeriod && lastPeriod.key === key) lastPeriod.to = i + 1;
    else out.push({ key, from: i, to: i + 1 });
  }
  return out;
}

/** One series per council: exact totals per period (null where nothing was published). */
export function cubeSeries(
  cube: SpendCube,
  category: number | null,
  granularity: Granularity,
): { periods: string[]; series: { council: string; values: (bigint | null)[] }[] } {
  const periods = cubePeriods(cube, granularity);
  return {
    periods: periods.map((p) => p.key),
    series: cube.councils.map((council, c) => ({
      council,
      values: periods.map((p) => cube.total(c, category, p.from, p.to)),
    })),
  };
}
