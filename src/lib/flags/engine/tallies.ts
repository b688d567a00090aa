// What several indicators add up, all in one pass over the rows, once per context and thresholds.
// By pair: net spend and number of rows by financial year (spend with no contract), its payments by
// year (a bound for concentration), round payments (round numbers), payments below, in and above the
// band under each of the first three thresholds (bunching), and its first day with the largest
// payment that day (new suppliers); every pair is counted, each indicator leaves out the pairs it does
// not look at. What councils and departments add up is in department-tallies.ts.
import { type FlagThresholds, partsPerMillion, poundsToMicros } from "./config.ts";
import { type FlagContext, NO_DAY, pairCount } from "./context.ts";
import {
  type DepartmentTallies,
  departmentCounts,
  departmentInput,
  NO_FIRST,
  withBlankMarks,
} from "./department-tallies.ts";
import { GroupSums } from "./sums.ts";

export { NO_FIRST };

/** A band under a threshold T of width w = T × band: from T − w to just under T. */
export interface Band {
  threshold: number;
  /** Lowest amount in the band. */
  from: number;
  width: number;
}

export function bandsOf(t: FlagThresholds["threshold-bunching"]): Band[] {
  return t.thresholds.map((value) => {
    const threshold = poundsToMicros(value);
    const width = Math.max(1, Number((BigInt(threshold) * BigInt(partsPerMillion(t.band))) / 1_000_000n));
    return { threshold, from: threshold - width, width };
  });
}

/** True when `amount` is an exact multiple of `multiple` (integers under 2^53: the quotient is exact
 * when it is whole, and a whole quotient times `multiple` is exact). Division is cheaper than %. */
export const isMultiple = (amount: number, multiple: number): boolean =>
  Math.floor(amount / multiple) * multiple === amount;

/** The smallest round payment: at least one multiple and the minimum amount. */
export function roundMinimum(t: FlagThresholds["round-numbers"]): number {
  return Math.max(poundsToMicros(t.multiple), poundsToMicros(t.min_amount));
}

export interface PairTallies {
  /** Net spend by pair × financial year (by pairYearSlot). */
  net: GroupSums;
  /** Payments (credits left out) by pair × financial year, added in floats: an upper bound, not exact. */
  positive: Float64Array;
  /** Rows by pair × financial year. */
  yearRows: Int32Array;
  /** Round payments by pair. */
  round: Int32Array;
  /** First dated day by pair (NO_FIRST when none), and the largest payment that day. */
  first: Int32Array;
  largestFirst: Float64Array;
  /**
   * By (pair × bands + band) × 3: payments in the band of the same width below the band, in the band,
   * and from the threshold up to a band's width above it. Only the first three bands are counted here.
   */
  bands: Int32Array;
}

const pairCache = new WeakMap<FlagContext, { thresholds: FlagThresholds; pairs: PairTallies }>();
const departmentCache = new WeakMap<FlagContext, DepartmentTallies>();

/** The department tallies of a context, added up here unless given (setDepartmentTallies). */
export function departmentTallies(ctx: FlagContext): DepartmentTallies {
  let tallies = departmentCache.get(ctx);
  if (!tallies) {
    tallies = withBlankMarks(departmentCounts(departmentInput(ctx)), (id) => ctx.payments.text.get(id));
    departmentCache.set(ctx, tallies);
  }
  return tallies;
}

/** The department tallies of a context, added up elsewhere (on another thread). */
export function setDepartmentTallies(ctx: FlagContext, tallies: DepartmentTallies): void {
  departmentCache.set(ctx, tallies);
}

/** The pair tallies, in one pass over the rows, once per context and thresholds. */
export function pairTallies(ctx: FlagContext, thresholds: FlagThresholds): PairTallies {
  const cached = pairCache.get(ctx);
  if (cached?.thresholds === thresholds) return cached.pairs;
  const pairs = pairCount(ctx);
  const slots = Math.max(1, ctx.pairYearStart[pairs] as number);
  const bands = bandsOf(thresholds["threshold-bunching"]);
  const tallies: PairTallies = {
    net: new GroupSums(slots),
    positive: new Float64Array(slots),
    yearRows: new Int32Array(slots),
    round: new Int32Array(Math.max(1, pairs)),
    first: new Int32Array(Math.max(1, pairs)).fill(NO_FIRST),
    largestFirst: new Float64Array(Math.max(1, pairs)).fill(Number.NEGATIVE_INFINITY),
    bands: new Int32Array(Math.max(1, pairs * bands.length * 3)),
  };
  const round = thresholds["round-numbers"];
  tallyRows(ctx, poundsToMicros(round.multiple), roundMinimum(round), bands, tallies);
  pairCache.set(ctx, { thresholds, pairs: tallies });
  return tallies;
}

/** An empty band: no amount is in it. */
const NONE = { low: Number.POSITIVE_INFINITY, from: 0, top: 0, high: Number.NEGATIVE_INFINITY };

/** Bounds of bands[k] (NONE past the last): the band below starts at low, the one above ends at high. */
export function bounds(bands: Band[], k: number): typeof NONE {
  const band = bands[k];
  if (!band) return NONE;
  return {
    low: band.from - band.width,
    from: band.from,
    top: band.threshold,
    high: band.threshold + band.width,
  };
}

/** The pair tallies of the rows. */
function tallyRows(
  ctx: FlagContext,
  multiple: number,
  minimum: number,
  bands: Band[],
  out: PairTallies,
): void {
  const b = bands.length;
  const { low: l0, from: f0, top: t0, high: h0 } = bounds(bands, 0);
  const { low: l1, from: f1, top: t1, high: h1 } = bounds(bands, 1);
  const { low: l2, from: f2, top: t2, high: h2 } = bounds(bands, 2);
  const { net, positive, yearRows, round, first, largestFirst, bands: counts } = out;
  const { pairOf, yearOf, day, pairYearBase } = ctx;
  const amounts = ctx.payments.amount;
  for (let row = 0; row < pairOf.length; row++) {
    // What most rows count is stored for every row (adding 0, keeping the same value): the loop has no
    // branch taken only now and then, that would send its compiled code back to the interpreter the
    // first time it is.
    const pair = pairOf[row] as number;
    if (pair < 0) continue;
    const amount = amounts[row] as number;
    const year = yearOf[row] as number;
    // An undated row (NO_DAY) is later than any day here.
    const d = (day[row] as number) === NO_DAY ? NO_FIRST : (day[row] as number);
    if (year >= 0) {
      const slot = (pairYearBase[pair] as number) + year;
      net.add(slot, amount);
      yearRows[slot] = (yearRows[slot] as number) + 1;
      positive[slot] = (positive[slot] as number) + Math.max(amount, 0);
    }
    round[pair] = (round[pair] as number) + (amount >= minimum && isMultiple(amount, multiple) ? 1 : 0);
    const seen = first[pair] as number;
    const largest = largestFirst[pair] as number;
    first[pair] = Math.min(d, seen);
    largestFirst[pair] =
      d < seen ? amount : d === seen && d !== NO_FIRST && amount > largest ? amount : largest;
    const in0 = +(amount >= l0) & +(amount < h0);
    const in1 = +(amount >= l1) & +(amount < h1);
    const in2 = +(amount >= l2) & +(amount < h2);
    if ((in0 | in1 | in2) !== 0) {
      const base = pair * b * 3;
      const at0 = base + +(amount >= f0) + +(amount >= t0);
      const at1 = base + 3 + +(amount >= f1) + +(amount >= t1);
      const at2 = base + 6 + +(amount >= f2) + +(amount >= t2);
      counts[at0] = (counts[at0] as number) + in0;
      if (b > 1) counts[at1] = (counts[at1] as number) + in1;
      if (b > 2) counts[at2] = (counts[at2] as number) + in2;
    }
  }
}
