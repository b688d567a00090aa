// What several indicators add up, all in one pass over the rows, once per context and thresholds.
// By pair: net spend and number of rows by financial year (spend with no contract), its payments by
// year (a bound for concentration), round payments (round numbers), payments below, in and above the
// band under each of the first three thresholds (bunching), and its first day with the largest
// payment that day (new suppliers); every pair is counted, each indicator leaves out the pairs it does
// not look at. By council: the months published each year and the first day (year-end spikes, new
// suppliers). By department (council × published expense area): net spend by year and month
// (year-end spikes, and category totals for concentration).
import { type FlagThresholds, partsPerMillion, poundsToMicros } from "./config.ts";
import { type FlagContext, NO_DAY, pairCount } from "./context.ts";
import { PARTNER } from "./payments.ts";
import { GroupSums } from "./sums.ts";

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

/** No dated row: after any day. */
export const NO_FIRST = 2_147_483_647;

const cache = new WeakMap<
  FlagContext,
  { thresholds: FlagThresholds; pairs: PairTallies; departments: DepartmentTallies }
>();

export function pairTallies(ctx: FlagContext, thresholds: FlagThresholds): PairTallies {
  return tallies(ctx, thresholds).pairs;
}

export function departmentTallies(ctx: FlagContext, thresholds: FlagThresholds): DepartmentTallies {
  return tallies(ctx, thresholds).departments;
}

/** Both tallies, in one pass over the rows. */
function tallies(
  ctx: FlagContext,
  thresholds: FlagThresholds,
): { pairs: PairTallies; departments: DepartmentTallies } {
  const cached = cache.get(ctx);
  if (cached?.thresholds === thresholds) return cached;
  const p = ctx.payments;
  const pairs = pairCount(ctx);
  const slots = Math.max(1, ctx.pairYearStart[pairs] as number);
  const bands = bandsOf(thresholds["threshold-bunching"]);
  const pairTallies: PairTallies = {
    net: new GroupSums(slots),
    positive: new Float64Array(slots),
    yearRows: new Int32Array(slots),
    round: new Int32Array(Math.max(1, pairs)),
    first: new Int32Array(Math.max(1, pairs)).fill(NO_FIRST),
    largestFirst: new Float64Array(Math.max(1, pairs)).fill(Number.NEGATIVE_INFINITY),
    bands: new Int32Array(Math.max(1, pairs * bands.length * 3)),
  };
  const councils = ctx.councils.length;
  const years = ctx.years.length;
  const departments: DepartmentTallies = {
    deptCouncil: [],
    deptArea: [],
    deptBlank: [],
    published: new Uint16Array(Math.max(1, councils * years)),
    councilFirst: new Int32Array(councils).fill(NO_FIRST),
    sums: new GroupSums(Math.max(1, 16 * years * 13)),
    inMarch: new Int32Array(p.size),
    inMarchDept: new Int32Array(p.size),
  };
  const deptTable = new Int32Array(p.text.values.length * Math.max(1, councils)).fill(-1);
  const round = thresholds["round-numbers"];
  const march = tallyRows(
    ctx,
    poundsToMicros(round.multiple),
    roundMinimum(round),
    bands,
    pairTallies,
    deptTable,
    departments,
  );
  departments.inMarch = departments.inMarch.slice(0, march);
  departments.inMarchDept = departments.inMarchDept.slice(0, march);
  const both = { thresholds, pairs: pairTallies, departments };
  cache.set(ctx, both);
  return both;
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

/** Both tallies; returns the number of March rows. */
function tallyRows(
  ctx: FlagContext,
  multiple: number,
  minimum: number,
  bands: Band[],
  out: PairTallies,
  deptTable: Int32Array,
  departments: DepartmentTallies,
): number {
  const b = bands.length;
  const { low: l0, from: f0, top: t0, high: h0 } = bounds(bands, 0);
  const { low: l1, from: f1, top: t1, high: h1 } = bounds(bands, 1);
  const { low: l2, from: f2, top: t2, high: h2 } = bounds(bands, 2);
  const { net, positive, yearRows, round, first, largestFirst, bands: counts } = out;
  const { published, councilFirst, sums, inMarch, inMarchDept } = departments;
  const { pairOf, yearOf, day, month, councilOf, pairYearBase } = ctx;
  const { amount: amounts, area, marks } = ctx.payments;
  const councils = ctx.councils.length;
  const years = ctx.years.length;
  let march = 0;
  for (let row = 0; row < pairOf.length; row++) {
    const council = councilOf[row] as number;
    if (council < 0) continue;
    const amount = amounts[row] as number;
    const year = yearOf[row] as number;
    // An undated row (NO_DAY) is later than any day here.
    const d = (day[row] as number) === NO_DAY ? NO_FIRST : (day[row] as number);
    councilFirst[council] = Math.min(councilFirst[council] as number, d);
    // What most rows count is stored for every row (adding 0, keeping the same value): the loop has no
    // branch taken only now and then, that would send its compiled code back to the interpreter the
    // first time it is.
    const pair = pairOf[row] as number;
    if (pair >= 0) {
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
    if (year < 0) continue;
    const m = month[row] as number;
    published[council * years + year] = (published[council * years + year] as number) | ((1 << m) & ~1);
    if (((marks[row] as number) & PARTNER) !== 0) continue;
    const slot = (area[row] as number) * councils + council;
    let dept = deptTable[slot] as number;
    if (dept < 0) dept = newDepartment(ctx, departments, deptTable, slot, area[row] as number, council);
    sums.add((dept * years + year) * 13 + m, amount);
    // Written for every row, kept (the count moves on) for March rows: no rare branch.
    inMarch[march] = row;
    inMarchDept[march] = dept;
    march += +(m === 3);
  }
  return march;
}

export interface DepartmentTallies {
  deptCouncil: number[];
  deptArea: number[];
  /** 1 for a department whose published area is blank. */
  deptBlank: number[];
  /** Months published by council × year (bit m for month m, 1 to 12). */
  published: Uint16Array;
  /** Each council's first dated day (NO_FIRST when none). */
  councilFirst: Int32Array;
  /**
   * Net spend by department × year × month (slot (dept × years + year) × 13 + month, month 0 for a
   * row without a date), recharges between partners left out.
   */
  sums: GroupSums;
  /** The departments' March rows, in payments.csv order, and the department of each. */
  inMarch: Int32Array;
  inMarchDept: Int32Array;
}

/** Numbers the department of a new area × council slot. */
function newDepartment(
  ctx: FlagContext,
  out: DepartmentTallies,
  deptTable: Int32Array,
  slot: number,
  area: number,
  council: number,
): number {
  const dept = out.deptCouncil.length;
  deptTable[slot] = dept;
  out.deptCouncil.push(council);
  out.deptArea.push(area);
  out.deptBlank.push(ctx.payments.text.get(area).trim() === "" ? 1 : 0);
  out.sums.ensure((dept + 1) * Math.max(1, ctx.years.length) * 13);
  return dept;
}
