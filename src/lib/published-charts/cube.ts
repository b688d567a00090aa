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

export interface CubeInput {
  payments: PaymentTable;
  councils: readonly string[];
  /** council.json "categories.service" overrides of a council. */
  overridesOf: (council: string) => Overrides<ServiceId> | undefined;
  /** The first and last date the council's payment files cover (none: every month counts). */
  spanOf?: (council: string) => { first: string; last: string } | undefined;
}

export function buildSpendCube({ payments, councils, overridesOf, spanOf }: CubeInput): SpendCube {
  const spans = councils.map((slug) => monthSpan(spanOf?.(slug)));
  const outsideCells = new Map<string, { sum: ExactSum; count: number }>();
  const councilIndex = new Map<number, number>();
  for (const [i, slug] of councils.entries()) {
    const id = payments.text.idOf(slug);
    if (id !== undefined) councilIndex.set(id, i);
  }
  // category index per (council, published department) text-id pair, classified once
  const categoryOf = new Map<number, number>();
  const serviceIndex = new Map<ServiceId, number>(SERVICE_IDS.map((id, i) => [id, i]));
  const monthIds = new Map<number, string>();
  const cells = new Map<string, ExactSum>();
  const seenCategories = new Set<number>();
  const seenMonths = new Set<string>();
  for (let row = 0; row < payments.size; row++) {
    const c = councilIndex.get(payments.council[row] as number);
    if (c === undefined) continue;
    const area = payments.area[row] as number;
    const pair = area * councils.length + c;
    let k = categoryOf.get(pair);
    if (k === undefined) {
      const id = classifyService(payments.text.get(area), overridesOf(councils[c] as string)).id;
      k = serviceIndex.get(id) as number;
      categoryOf.set(pair, k);
    }
    const dateId = payments.date[row] as number;
    let m = monthIds.get(dateId);
    if (m === undefined) {
      m = payments.text.get(dateId).slice(0, 7);
      monthIds.set(dateId, m);
    }
    if (isOutside(spans[c] ?? null, m)) {
      let cell = outsideCells.get(`${c}|${k}`);
      if (!cell) {
        cell = { sum: new ExactSum(), count: 0 };
        outsideCells.set(`${c}|${k}`, cell);
      }
      cell.sum.add(payments.amount[row] as number);
      cell.count++;
      continue;
    }
    seenCategories.add(k);
    seenMonths.add(m);
    const key = `${c}|${k}|${m}`;
    let sum = cells.get(key);
    if (!sum) {
      sum = new ExactSum();
      cells.set(key, sum);
    }
    sum.add(payments.amount[row] as number);
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
  const values = new Map<string, bigint>();
  for (const [key, sum] of cells) values.set(key, sum.value());

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
        total += cell.sum.value();
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
