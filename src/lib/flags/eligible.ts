// The payments a duplicate could be made of, in council then date order (duplicates.ts reads them in
// that order): a counting sort by council × day over the rows, with the credit notes met on the way.
import { type FlagContext, NO_DAY } from "./context.ts";
import { IDENTICAL } from "./payments.ts";

/**
 * The payments a duplicate could be made of: dated, of at least `min`, of pairs with two rows or more,
 * an identical record once (the identical-record indicator reports the repeats); ordered by council,
 * date and payments.csv order by a counting sort (rows are mostly in that order already), with where
 * each council's payments start and the most of one council's payments within `window` days of
 * each other. And the dated credit notes of those pairs, in payments.csv order.
 *
 * Each pass over the rows is a function of its own with one loop: the loop is compiled on its own,
 * quickly, and the code after it does not send it back to the interpreter.
 */
export function eligible(
  ctx: FlagContext,
  min: number,
  window: number,
): { ordered: Int32Array; councilStart: Int32Array; most: number; credits: number[] } {
  const first = ctx.firstDay;
  const range = Math.max(0, ctx.lastDay - first + 1);
  // One counter per council × day; by day alone (one segment) when dates span centuries.
  const councils = ctx.councils.length * range <= 1 << 23 ? ctx.councils.length : 1;
  const pass: EligiblePass = {
    ctx,
    min,
    first,
    range,
    byCouncil: councils > 1,
    keys: new Int32Array(ctx.pairOf.length),
    start: new Int32Array(councils * range + 1),
    credits: [],
    identicalSeen: new Set(),
  };
  const count = keyRows(pass);
  const start = pass.start;
  for (let i = 1; i < start.length; i++) start[i] = (start[i] as number) + (start[i - 1] as number);
  // The most payments of one council dated within any `window` days (from the counts by day).
  let most = 0;
  for (let c = 0; c < councils; c++) {
    for (let d = 0; d < range; d++) {
      const from = c * range + Math.max(0, d - window);
      most = Math.max(most, (start[c * range + d + 1] as number) - (start[from] as number));
    }
  }
  const councilStart = new Int32Array(councils + 1);
  for (let c = 0; c <= councils; c++) councilStart[c] = start[c * range] as number;
  const ordered = new Int32Array(count);
  scatter(pass.keys, start, ordered);
  return { ordered, councilStart, most, credits: pass.credits };
}

interface EligiblePass {
  ctx: FlagContext;
  min: number;
  first: number;
  range: number;
  byCouncil: boolean;
  /** Row → its council × day counter + 1 (0: not eligible). */
  keys: Int32Array;
  start: Int32Array;
  credits: number[];
  identicalSeen: Set<string>;
}

/**
 * The eligible rows' keys and counts, and the credit notes; returns the number of eligible rows. The
 * loop over the rows (`keyRun`) stops at a credit note or an identical record, handled here.
 */
function keyRows(pass: EligiblePass): number {
  const n = pass.ctx.pairOf.length;
  const amounts = pass.ctx.payments.amount;
  for (let row = keyRun(pass, 0); row < n; row = keyRun(pass, row + 1)) {
    if ((amounts[row] as number) < 0) pass.credits.push(row);
    else if (!repeatedRecord(pass, row)) addKey(pass, row);
  }
  return pass.start.reduce((sum, count) => sum + count, 0);
}

/** Keys the eligible payments from `from` on; returns the first credit note or identical record met. */
function keyRun(pass: EligiblePass, from: number): number {
  const { ctx, min, first, range, byCouncil, keys, start } = pass;
  const { pairOf, pairSize, day, councilOf } = ctx;
  const amounts = ctx.payments.amount;
  const marks = ctx.payments.marks;
  for (let row = from; row < pairOf.length; row++) {
    const amount = amounts[row] as number;
    if (amount >= 0 && amount < min) continue;
    const pair = pairOf[row] as number;
    const d = day[row] as number;
    if (pair < 0 || (pairSize[pair] as number) < 2 || d === NO_DAY) continue;
    if (amount < 0 || ((marks[row] as number) & IDENTICAL) !== 0) return row;
    const key = (byCouncil ? (councilOf[row] as number) * range : 0) + d - first;
    keys[row] = key + 1;
    start[key + 1] = (start[key + 1] as number) + 1;
  }
  return pairOf.length;
}

function addKey(pass: EligiblePass, row: number): void {
  const { ctx, first, range, byCouncil } = pass;
  const key = (byCouncil ? (ctx.councilOf[row] as number) * range : 0) + (ctx.day[row] as number) - first;
  pass.keys[row] = key + 1;
  pass.start[key + 1] = (pass.start[key + 1] as number) + 1;
}

/** True for an identical record after its first (same pair, file, date, amount and reference). */
function repeatedRecord(pass: EligiblePass, row: number): boolean {
  const p = pass.ctx.payments;
  const key = `${pass.ctx.pairOf[row]},${p.file[row]},${pass.ctx.day[row]},${p.amount[row]},${p.ref.get(row)}`;
  if (pass.identicalSeen.has(key)) return true;
  pass.identicalSeen.add(key);
  return false;
}

/** Rows with a key (+1; 0: none) to their place in key order (`start`: where each key begins). */
function scatter(keys: Int32Array, start: Int32Array, ordered: Int32Array): void {
  for (let row = 0; row < keys.length; row++) {
    const key = (keys[row] as number) - 1;
    if (key < 0) continue;
    const at = start[key] as number;
    start[key] = at + 1;
    ordered[at] = row;
  }
}
