// Possible duplicate payments (same council, supplier and amount within N days under different
// references) and identical records inside one file. Per council × supplier pair: amounts paid more
// than once are found by sorting a copy of the pair's amounts (a native numeric sort); only those rows
// are sorted (by amount, then date), and runs of the same amount with gaps of at most N days form a
// group. Credit notes for exactly the negative amount cancel repeats.
import { type FlagThresholds, poundsToMicros } from "./config.ts";
import { type FlagContext, NO_DAY, pairCount } from "./context.ts";
import { type Flag, flagId, flagOf, type IndicatorResult, supplierName } from "./flag.ts";
import { IDENTICAL } from "./payments.ts";
import { countText, dayText, listText, pounds, timesText } from "./words.ts";

const CANCELLED = "cancelled by credit notes";

/**
 * Credit notes of one pair by amount (negative micros), each usable once. Groups ask in date order,
 * so each amount's credits are sorted by date once and read through a cursor: credits before a group's
 * first payment can serve no later group and are passed for good.
 */
class Credits {
  private readonly byAmount = new Map<number, { rows: number[]; next: number }>();
  private readonly ctx: FlagContext;

  constructor(ctx: FlagContext, pair: number) {
    this.ctx = ctx;
    const { start, rows } = ctx.pairRows;
    for (let i = start[pair]; i < start[pair + 1]; i++) {
      const row = rows[i];
      const amount = ctx.payments.amount[row];
      if (amount >= 0 || ctx.day[row] === NO_DAY) continue;
      const list = this.byAmount.get(amount);
      if (list) list.rows.push(row);
      else this.byAmount.set(amount, { rows: [row], next: 0 });
    }
    for (const list of this.byAmount.values()) list.rows.sort((a, b) => ctx.day[a] - ctx.day[b] || a - b);
  }

  /** Up to `most` unused credit notes of -amount dated within [from, to], earliest first. */
  take(amount: number, from: number, to: number, most: number): number[] {
    const list = this.byAmount.get(-amount);
    if (!list) return [];
    const day = this.ctx.day;
    while (list.next < list.rows.length && day[list.rows[list.next] as number] < from) list.next++;
    const found: number[] = [];
    while (found.length < most && list.next < list.rows.length && day[list.rows[list.next] as number] <= to) {
      found.push(list.rows[list.next++] as number);
    }
    return found;
  }
}

/** Distinct transaction references among rows; an empty reference is unknown, so distinct. */
function distinctRefs(ctx: FlagContext, rows: readonly number[]): number {
  const refs = new Set<string>();
  let empty = 0;
  for (const row of rows) {
    const ref = ctx.payments.ref[row] as string;
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
  const refs = [...new Set(group.rows.map((row) => p.ref[row] as string).filter((ref) => ref !== ""))];
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
      id: flagId(indicator, ctx.councils[council]?.slug ?? "", supplierId, p.ids[first] as string),
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

export function duplicatePayments(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const t = thresholds["duplicate-payment"];
  const min = Math.max(1, poundsToMicros(t.min_amount));
  const p = ctx.payments;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const repeatedAmounts = new Set<number>();
  const identicalSeen = new Set<string>();
  const eligible: number[] = [];
  const eligibleAmounts: number[] = [];
  const { start, rows: order } = ctx.pairRows;
  const { amount: amounts, day: days } = ctx.inPairOrder;
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    const from = start[pair];
    const to = start[pair + 1];
    if (to - from < 2) continue;
    eligible.length = 0;
    eligibleAmounts.length = 0;
    identicalSeen.clear();
    // Positions (in pair order) rather than rows: the amounts and days read below are then in sequence.
    for (let i = from; i < to; i++) {
      const amount = amounts[i];
      if (amount < min || days[i] === NO_DAY) continue;
      const row = order[i];
      // Identical records count once here (the identical-record indicator reports the repeats).
      if ((p.marks[row] & IDENTICAL) !== 0) {
        const key = `${p.file[row]},${days[i]},${amount},${p.ref[row]}`;
        if (identicalSeen.has(key)) continue;
        identicalSeen.add(key);
      }
      eligible.push(i);
      eligibleAmounts.push(amount);
    }
    if (eligible.length < 2) continue;
    const sorted = Float64Array.from(eligibleAmounts).sort();
    repeatedAmounts.clear();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeatedAmounts.add(sorted[i]);
    if (repeatedAmounts.size === 0) continue;
    const repeated = eligible.filter((i) => repeatedAmounts.has(amounts[i]));
    repeated.sort((a, b) => amounts[a] - amounts[b] || days[a] - days[b] || a - b);
    let credits: Credits | null = null;
    let runStart = 0;
    for (let k = 1; k <= repeated.length; k++) {
      const prev = repeated[k - 1] as number;
      const next = repeated[k];
      if (next !== undefined && amounts[next] === amounts[prev] && days[next] - days[prev] <= t.window_days)
        continue;
      const run = repeated.slice(runStart, k).map((i) => order[i] as number);
      runStart = k;
      if (run.length < 2 || distinctRefs(ctx, run) < 2) continue;
      credits ??= new Credits(ctx, pair);
      const first = ctx.day[run[0] as number];
      const found = credits.take(amounts[prev], first, days[prev] + t.credit_window_days, run.length);
      settle(ctx, "duplicate-payment", { rows: run, credits: found }, `${t.window_days} days`, out);
    }
  }
  return out;
}

export function identicalRecords(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const window = thresholds["duplicate-payment"].credit_window_days;
  const p = ctx.payments;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const groups = new Map<string, number[]>();
  const { start, rows: order } = ctx.pairRows;
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    groups.clear();
    for (let i = start[pair]; i < start[pair + 1]; i++) {
      const row = order[i];
      if ((p.marks[row] & IDENTICAL) === 0) continue;
      const key = `${p.file[row]},${p.date[row]},${p.amount[row]},${p.ref[row]},${p.area[row]}`;
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    if (groups.size === 0) continue;
    let credits: Credits | null = null;
    const repeated = [...groups.values()].filter((group) => group.length > 1);
    repeated.sort(
      (a, b) => ctx.day[a[0] as number] - ctx.day[b[0] as number] || (a[0] as number) - (b[0] as number),
    );
    for (const group of repeated) {
      const first = group[0] as number;
      credits ??= new Credits(ctx, pair);
      const day = ctx.day[first];
      const found = p.amount[first] > 0 ? credits.take(p.amount[first], day, day + window, group.length) : [];
      settle(ctx, "identical-record", { rows: group, credits: found }, "identical in every column", out);
    }
  }
  return out;
}
