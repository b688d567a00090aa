// Payments in runs: the same council × supplier pair and amount, each within N days of the one
// before, found in one pass over a council's payments in date order with a small hash table of the
// last payment of each pair × amount in the last N days (see duplicates.ts for the indicator).
import type { RunsInput } from "./candidates.ts";

/** A 32-bit hash of a pair and an amount's absolute value (integer micros under 2^53). */
export function pairAmountHash(pair: number, amount: number): number {
  const abs = amount < 0 ? -amount : amount;
  const mixed =
    (abs >>> 0) ^ Math.imul((abs / 4_294_967_296) >>> 0, 0x27d4eb2d) ^ Math.imul(pair, 0x85ebca6b);
  return Math.imul(mixed ^ (mixed >>> 15), 0x9e3779b1);
}

/**
 * The last payment of each pair × amount seen in the last `window` days, in a hash table (small: a
 * few days of one council's payments). Entries older than the window are dead; the table is rebuilt
 * with the live ones when half full.
 */
class RecentPayments {
  readonly size: number;
  private readonly shift: number;
  /** Slot → entry; `size` for an empty slot (an entry that matches nothing, dated long ago). */
  readonly table: Int32Array;
  readonly pair: Int32Array;
  readonly amount: Float64Array;
  readonly row: Int32Array;
  readonly day: Int32Array;
  entries = 0;

  /** Room for `most` live entries at a quarter of the table. */
  constructor(most: number) {
    let bits = 4;
    while (1 << bits < 4 * most) bits++;
    this.size = 1 << bits;
    this.shift = 32 - bits;
    this.table = new Int32Array(this.size).fill(this.size);
    this.pair = new Int32Array(this.size + 1).fill(-1);
    this.amount = new Float64Array(this.size + 1);
    this.row = new Int32Array(this.size + 1);
    this.day = new Int32Array(this.size + 1).fill(-2_147_483_648);
  }

  /** The slot of (pair, amount): its entry, or the empty slot where it would go. */
  slot(pair: number, amount: number): number {
    const mask = this.size - 1;
    let slot = pairAmountHash(pair, amount) >>> this.shift;
    let entry = this.table[slot] as number;
    while (entry !== this.size && (this.pair[entry] !== pair || this.amount[entry] !== amount)) {
      slot = (slot + 1) & mask;
      entry = this.table[slot] as number;
    }
    return slot;
  }

  /** No entries. */
  clear(): void {
    this.table.fill(this.size);
    this.entries = 0;
  }

  /** Keeps only the entries dated from `from` on. */
  rebuild(from: number): void {
    this.entries = compact(this.pair, this.amount, this.row, this.day, this.entries, from);
    this.table.fill(this.size);
    for (let e = 0; e < this.entries; e++)
      this.table[this.slot(this.pair[e] as number, this.amount[e] as number)] = e;
  }
}

/** Moves the entries dated from `from` on to the front, in order; returns how many (every entry is
 * copied, so that the loop has no branch to learn). */
function compact(
  pair: Int32Array,
  amount: Float64Array,
  row: Int32Array,
  day: Int32Array,
  entries: number,
  from: number,
): number {
  let live = 0;
  for (let e = 0; e < entries; e++) {
    pair[live] = pair[e] as number;
    amount[live] = amount[e] as number;
    row[live] = row[e] as number;
    day[live] = day[e] as number;
    live += +((day[e] as number) >= from);
  }
  return live;
}

/**
 * The payments in runs of two or more (ascending rows): same pair and amount, each within `window`
 * days of the previous one. Each council's payments are read in date order, so a payment is in a run
 * when the payment before it in its run is still among the recent payments.
 */
export function inRuns(
  ctx: RunsInput,
  ordered: Int32Array,
  councilStart: Int32Array,
  most: number,
): Int32Array {
  const { window } = ctx;
  const recent = new RecentPayments(most);
  const found: number[] = [];
  for (let c = 0; c + 1 < councilStart.length; c++) {
    recent.clear();
    markRuns(ctx, ordered, councilStart[c] as number, councilStart[c + 1] as number, window, recent, found);
  }
  // Each row once, ascending.
  const sorted = Int32Array.from(found).sort();
  return sorted.filter((row, i) => i === 0 || row !== sorted[i - 1]);
}

/**
 * inRuns for the ordered payments from..to (one council): adds the rows in runs to `found`. The loop
 * over the payments (`scan`) stops at what is rare (a payment in a run, a full table) and is handled
 * here: the loop itself then only ever does what it does for most payments, and once compiled is not
 * sent back to the interpreter by a first occurrence of the rare case.
 */
function markRuns(
  ctx: RunsInput,
  ordered: Int32Array,
  from: number,
  to: number,
  window: number,
  recent: RecentPayments,
  found: number[],
): void {
  const { pairOf, day } = ctx;
  const amounts = ctx.amount;
  for (
    let i = scan(ctx, ordered, from, to, window, recent);
    i < to;
    i = scan(ctx, ordered, i, to, window, recent)
  ) {
    const row = ordered[i] as number;
    const d = day[row] as number;
    // At most `most` entries are live: a quarter of the table.
    if (recent.entries >= recent.size >>> 1) {
      recent.rebuild(d - window);
      continue;
    }
    // The payment before this one in its run.
    const entry = recent.table[recent.slot(pairOf[row] as number, amounts[row] as number)] as number;
    found.push(recent.row[entry] as number, row);
    recent.row[entry] = row;
    recent.day[entry] = d;
    i++;
  }
}

/**
 * Adds the ordered payments from `from` on to the recent payments; returns where it stopped: `to`,
 * a payment in a run (left to the caller), or a payment met with the table half full.
 */
function scan(
  ctx: RunsInput,
  ordered: Int32Array,
  from: number,
  to: number,
  window: number,
  recent: RecentPayments,
): number {
  const { pairOf, day } = ctx;
  const amounts = ctx.amount;
  const { table, pair: entryPair, amount: entryAmount, row: entryRow, day: entryDay } = recent;
  const half = recent.size >>> 1;
  const empty = recent.size;
  for (let i = from; i < to; i++) {
    if (recent.entries >= half) return i;
    const row = ordered[i] as number;
    const d = day[row] as number;
    const pair = pairOf[row] as number;
    const amount = amounts[row] as number;
    const slot = recent.slot(pair, amount);
    let entry = table[slot] as number;
    // The empty entry is dated long before any window.
    if ((entryDay[entry] as number) >= d - window) return i;
    if (entry === empty) {
      entry = recent.entries++;
      table[slot] = entry;
      entryPair[entry] = pair;
      entryAmount[entry] = amount;
    }
    entryRow[entry] = row;
    entryDay[entry] = d;
  }
  return to;
}
