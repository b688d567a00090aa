// Possible duplicate payments (same council, supplier and amount within N days under different
// references) and identical records inside one file. The payments that could be duplicates are put in
// council then date order (a counting sort: payments.csv is mostly in that order already) and read with
// a small hash table of the last payment of each council × supplier × amount in the last N days: a
// payment is in a run when the one before it in its run is still there. Only the payments in runs
// (few) are then grouped by supplier and amount, sorted by date and cut into runs of the same amount
// with gaps of at most N days, as before. Credit notes for exactly the negative amount cancel repeats.
import { type FlagThresholds, poundsToMicros } from "./config.ts";
import { type FlagContext, NO_DAY, rowsOf } from "./context.ts";
import { byDay, CreditList, Credits } from "./credits.ts";
import { type Flag, flagId, flagOf, type IndicatorResult, supplierName } from "./flag.ts";
import { IDENTICAL } from "./payments.ts";
import { inRuns, pairAmountHash } from "./runs.ts";
import { countText, dayText, listText, pounds, timesText } from "./words.ts";

const CANCELLED = "cancelled by credit notes";

/** Distinct transaction references among rows; an empty reference is unknown, so distinct. */
function distinctRefs(ctx: FlagContext, rows: readonly number[]): number {
  const refs = new Set<string>();
  let empty = 0;
  for (const row of rows) {
    const ref = ctx.payments.ref.get(row);
    if (ref === "") empty++;
    else refs.add(ref);
  }
  return refs.size + empty;
}

interface Group {
  rows: number[];
  credits: number[];
}

function groupFlag(ctx: FlagContext, indicator: Flag["indicator"], group: Group, threshold: string): Flag {
  const p = ctx.payments;
  const first = group.rows[0] as number;
  const last = group.rows[group.rows.length - 1] as number;
  const council = ctx.councilOf[first];
  const amount = p.amount[first];
  const times = timesText(group.rows.length);
  const supplier = supplierName(ctx, first);
  const refs = [...new Set(group.rows.map((row) => p.ref.get(row)).filter((ref) => ref !== ""))];
  const credits =
    group.credits.length > 0
      ? ` ${countText(group.credits.length, "credit note")} of ${pounds(-amount)} ${group.credits.length === 1 ? "was" : "were"} found.`
      : "";
  const question =
    indicator === "identical-record"
      ? `${p.text.get(p.file[first])} lists the same payment of ${pounds(amount)} to ${supplier} on ${dayText(ctx.day[first])} ${times} ` +
        `(lines ${listText(group.rows.map((row) => String(p.line[row])))}).${credits} ` +
        `Was it paid ${times}, or is the record repeated in the file?`
      : `${ctx.councils[council]?.name} paid ${supplier} ${pounds(amount)} ${times} between ${dayText(ctx.day[first])} ` +
        `and ${dayText(ctx.day[last])}${refs.length > 0 ? ` (references ${listText(refs)})` : ""}.${credits} ` +
        "Were these separate invoices, or was one invoice paid more than once?";
  const supplierId = p.text.get(p.supplierId[first]);
  return flagOf(
    ctx,
    {
      id: flagId(indicator, ctx.councils[council]?.slug ?? "", supplierId, p.ids.get(first)),
      indicator,
      council,
      supplierId,
      total: BigInt(amount) * BigInt(group.rows.length),
      threshold,
      question,
      ...(group.credits.length > 0
        ? { notes: new Map(group.credits.map((row) => [row, "credit note"])) }
        : {}),
    },
    [...group.rows, ...group.credits],
  );
}

/** Keeps a group unless credit notes leave at most one payment; counts the cancelled ones. */
function settle(
  ctx: FlagContext,
  indicator: Flag["indicator"],
  group: Group,
  threshold: string,
  out: IndicatorResult,
): void {
  if (group.rows.length - group.credits.length <= 1) {
    out.setAside.set(CANCELLED, (out.setAside.get(CANCELLED) ?? 0) + 1);
    return;
  }
  out.flags.push(groupFlag(ctx, indicator, group, threshold));
}

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
function eligible(
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

/** A pair's payments of one amount in runs (in payments.csv order) and its credit notes. */
interface Repeated {
  rows: number[];
  credits: number[];
}

/**
 * The payments in runs grouped by pair × amount, with the credit notes of each group: a hash table
 * over (pair, absolute amount).
 */
function repeatedAmounts(ctx: FlagContext, rows: readonly number[], credits: readonly number[]): Repeated[] {
  const { pairOf } = ctx;
  const amounts = ctx.payments.amount;
  const n = rows.length;
  let bits = 4;
  while (1 << bits < 2 * n) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const table = new Int32Array(1 << bits).fill(-1);
  const groupPair = new Int32Array(n);
  const groupAmount = new Float64Array(n);
  const found: Repeated[] = [];
  const find = (pair: number, abs: number, add: boolean): number => {
    let slot = pairAmountHash(pair, abs) >>> shift;
    let group = table[slot] as number;
    while (group >= 0 && (groupPair[group] !== pair || groupAmount[group] !== abs)) {
      slot = (slot + 1) & mask;
      group = table[slot] as number;
    }
    if (group < 0 && add) {
      group = found.length;
      table[slot] = group;
      groupPair[group] = pair;
      groupAmount[group] = abs;
      found.push({ rows: [], credits: [] });
    }
    return group;
  };
  for (const row of rows)
    (found[find(pairOf[row] as number, amounts[row] as number, true)] as Repeated).rows.push(row);
  for (const row of credits) {
    const group = find(pairOf[row] as number, -(amounts[row] as number), false);
    if (group >= 0) (found[group] as Repeated).credits.push(row);
  }
  return found;
}

export function duplicatePayments(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["duplicate-payment"];
  const min = Math.max(1, poundsToMicros(t.min_amount));
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const day = ctx.day;
  const { ordered, councilStart, most, credits: creditRows } = eligible(ctx, min, t.window_days);
  const runs = inRuns(ctx, ordered, councilStart, most, t.window_days);
  for (const group of repeatedAmounts(ctx, runs, creditRows)) {
    const repeated = byDay(day, group.rows);
    let credits: CreditList | null = null;
    let runStart = 0;
    for (let k = 1; k <= repeated.length; k++) {
      const prev = repeated[k - 1] as number;
      const next = repeated[k];
      if (next !== undefined && (day[next] as number) - (day[prev] as number) <= t.window_days) continue;
      const run = repeated.slice(runStart, k);
      runStart = k;
      if (run.length < 2 || distinctRefs(ctx, run) < 2) continue;
      credits ??= new CreditList(byDay(day, group.credits));
      const first = day[run[0] as number] as number;
      const found = credits.take(day, first, (day[prev] as number) + t.credit_window_days, run.length);
      settle(ctx, "duplicate-payment", { rows: run, credits: found }, `${t.window_days} days`, out);
    }
  }
  return out;
}

export function identicalRecords(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const window = thresholds["duplicate-payment"].credit_window_days;
  const p = ctx.payments;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  // Records marked identical, grouped by pair and by every column that makes them identical.
  const groups = new Map<string, number[]>();
  const pairOf = ctx.pairOf;
  for (const row of ctx.identicalRows) {
    const key = `${pairOf[row]},${p.file[row]},${p.date[row]},${p.amount[row]},${p.ref.get(row)},${p.area[row]}`;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const byPair = new Map<number, number[][]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const pair = pairOf[group[0] as number] as number;
    const list = byPair.get(pair);
    if (list) list.push(group);
    else byPair.set(pair, [group]);
  }
  if (byPair.size === 0) return out;
  for (const pair of [...byPair.keys()].sort((a, b) => a - b)) {
    const repeated = byPair.get(pair) as number[][];
    repeated.sort(
      (a, b) => ctx.day[a[0] as number] - ctx.day[b[0] as number] || (a[0] as number) - (b[0] as number),
    );
    const credits = new Credits(ctx, rowsOf(ctx, pair));
    for (const group of repeated) {
      const first = group[0] as number;
      const day = ctx.day[first] as number;
      const found = p.amount[first] > 0 ? credits.take(p.amount[first], day, day + window, group.length) : [];
      settle(ctx, "identical-record", { rows: group, credits: found }, "identical in every column", out);
    }
  }
  return out;
}
