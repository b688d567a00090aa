// The payments a duplicate could be made of, in council then date order (duplicates.ts reads them in
// that order): a counting sort by council × day over the rows, with the credit notes met on the way.

import { IDENTICAL } from "../engine/payments.ts";
import { NO_DAY } from "../engine/row-pass.ts";
import type { RunsInput } from "./candidates.ts";

/**
 * The payments a duplicate could be made of: dated, of at least `min`, of pairs with two rows or more,
 * an identical record once (`repeats`, the records after the first, are left out: the identical-record
 * indicator reports them); ordered by council,
 * date and payments.csv order by a counting sort (rows are mostly in that order already), with where
 * each council's payments start and the most of one council's payments within `window` days of
 * each other. And the dated credit notes of those pairs, in payments.csv order.
 *
 * Each pass over the rows is a function of its own with one loop: the loop is compiled on its own,
 * quickly, and the code after it does not send it back to the interpreter.
 */
export function eligible(input: RunsInput): {
  ordered: Int32Array;
  councilStart: Int32Array;
  most: number;
  credits: number[];
} {
  const { firstDay: first, window } = input;
  const range = Math.max(0, input.lastDay - first + 1);
  // One counter per council × day; by day alone (one segment) when dates span centuries.
  const councils = input.councils * range <= 1 << 23 ? input.councils : 1;
  const pass: EligiblePass = {
    input,
    first,
    range,
    byCouncil: councils > 1,
    keys: new Int32Array(input.pairOf.length),
    start: new Int32Array(councils * range + 1),
    credits: [],
    repeats: new Set(input.repeats),
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
  input: RunsInput;
  first: number;
  range: number;
  byCouncil: boolean;
  /** Row → its council × day counter + 1 (0: not eligible). */
  keys: Int32Array;
  start: Int32Array;
  credits: number[];
  repeats: Set<number>;
}

/**
 * The eligible rows' keys and counts, and the credit notes; returns the number of eligible rows. The
 * loop over the rows (`keyRun`) stops at a credit note or an identical record, handled here.
 */
function keyRows(pass: EligiblePass): number {
  const n = pass.input.pairOf.length;
  const amounts = pass.input.amount;
  for (let row = keyRun(pass, 0); row < n; row = keyRun(pass, row + 1)) {
    if ((amounts[row] as number) < 0) pass.credits.push(row);
    else if (!pass.repeats.has(row)) addKey(pass, row);
  }
  return pass.start.reduce((sum, count) => sum + count, 0);
}

/** Keys the eligible payments from `from` on; returns the first credit note or identical record met. */
function keyRun(pass: EligiblePass, from: number): number {
  const { input, first, range, byCouncil, keys, start } = pass;
  const { pairOf, pairSize, day, councilOf, min, amount: amounts, marks } = input;
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
  const { input, first, range, byCouncil } = pass;
  const key = (byCouncil ? (input.councilOf[row] as number) * range : 0) + (input.day[row] as number) - first;
  pass.keys[row] = key + 1;
  pass.start[key + 1] = (pass.start[key + 1] as number) + 1;
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
