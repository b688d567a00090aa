// Possible duplicate payments (same council, supplier and amount within N days under different
// references) and identical records inside one file. Per council × supplier pair: amounts seen twice
// are found by counting, only those rows are sorted (by amount, then date), and runs of the same amount
// with gaps of at most N days form a group. Credit notes for exactly the negative amount cancel repeats.
import type { FlagThresholds } from "./config.ts";
import { poundsToMicros } from "./config.ts";
import { type FlagContext, NO_DAY, pairCount, rowsOfPair } from "./context.ts";
import {
  type Flag,
  type FlagRow,
  flagId,
  type IndicatorResult,
  latestYear,
  sortFlagRows,
  supplierName,
} from "./flag.ts";
import { IDENTICAL } from "./payments.ts";
import { countText, dayText, listText, pounds, timesText } from "./words.ts";

const CANCELLED = "cancelled by credit notes";

/** Credit notes of one pair by amount (negative micros), each usable once. */
class Credits {
  private readonly byAmount = new Map<number, number[]>();
  private readonly used = new Set<number>();
  private readonly ctx: FlagContext;

  constructor(ctx: FlagContext, rows: Int32Array) {
    this.ctx = ctx;
    for (const row of rows) {
      const amount = ctx.payments.amount[row];
      if (amount >= 0 || ctx.day[row] === NO_DAY) continue;
      const list = this.byAmount.get(amount);
      if (list) list.push(row);
      else this.byAmount.set(amount, [row]);
    }
  }

  /** Up to `most` unused credit notes of -amount dated within [from, to], earliest first. */
  take(amount: number, from: number, to: number, most: number): number[] {
    const list = this.byAmount.get(-amount);
    if (!list) return [];
    const found = list
      .filter((row) => !this.used.has(row) && this.ctx.day[row] >= from && this.ctx.day[row] <= to)
      .sort((a, b) => this.ctx.day[a] - this.ctx.day[b] || a - b)
      .slice(0, most);
    for (const row of found) this.used.add(row);
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
  const rows: FlagRow[] = [
    ...group.rows.map((row) => ({ row, note: "" })),
    ...group.credits.map((row) => ({ row, note: "credit note" })),
  ];
  const refs = [...new Set(group.rows.map((row) => p.ref[row]).filter((ref) => ref !== ""))];
  const name = ctx.councils[council]?.name ?? "";
  const supplier = supplierName(ctx, first);
  const credits =
    group.credits.length > 0
      ? ` ${countText(group.credits.length, "credit note")} of ${pounds(-amount)} ${group.credits.length === 1 ? "was" : "were"} found.`
      : "";
  const question =
    indicator === "identical-record"
      ? `${p.text.get(p.file[first])} lists the same payment of ${pounds(amount)} to ${supplier} on ${dayText(ctx.day[first])} ${timesText(group.rows.length)} (lines ${listText(group.rows.map((row) => String(p.line[row])))}).${credits} Was it paid ${timesText(group.rows.length)}, or is the record repeated in the file?`
      : `${name} paid ${supplier} ${pounds(amount)} ${timesText(group.rows.length)} between ${dayText(ctx.day[first])} and ${dayText(ctx.day[last])}${refs.length > 0 ? ` (references ${listText(refs)})` : ""}.${credits} Were these separate invoices, or was one invoice paid more than once?`;
  return {
    id: flagId(
      indicator,
      ctx.councils[council]?.slug ?? "",
      p.text.get(p.supplierId[first]),
      p.ids[first] as string,
    ),
    indicator,
    council,
    supplierId: p.text.get(p.supplierId[first]),
    contractId: "",
    financialYear: latestYear(ctx, rows),
    total: BigInt(amount) * BigInt(group.rows.length),
    threshold,
    question,
    rows: sortFlagRows(ctx, rows),
  };
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
  const counts = new Map<number, number>();
  const identicalSeen = new Set<string>();
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    const rows = rowsOfPair(ctx, pair);
    if (rows.length < 2) continue;
    counts.clear();
    identicalSeen.clear();
    const eligible: number[] = [];
    for (const row of rows) {
      const amount = p.amount[row];
      if (amount < min || ctx.day[row] === NO_DAY) continue;
      // Identical records count once here (the identical-record indicator reports the repeats).
      if ((p.marks[row] & IDENTICAL) !== 0) {
        const key = `${p.file[row]},${ctx.day[row]},${amount},${p.ref[row]}`;
        if (identicalSeen.has(key)) continue;
        identicalSeen.add(key);
      }
      eligible.push(row);
      counts.set(amount, (counts.get(amount) ?? 0) + 1);
    }
    const repeated = eligible.filter((row) => (counts.get(p.amount[row]) as number) > 1);
    if (repeated.length === 0) continue;
    repeated.sort((a, b) => p.amount[a] - p.amount[b] || ctx.day[a] - ctx.day[b] || a - b);
    let credits: Credits | null = null;
    let start = 0;
    for (let i = 1; i <= repeated.length; i++) {
      const prev = repeated[i - 1] as number;
      const row = repeated[i];
      const joined =
        row !== undefined &&
        p.amount[row] === p.amount[prev] &&
        ctx.day[row] - ctx.day[prev] <= t.window_days;
      if (joined) continue;
      const run = repeated.slice(start, i);
      start = i;
      if (run.length < 2 || distinctRefs(ctx, run) < 2) continue;
      credits ??= new Credits(ctx, rows);
      const first = ctx.day[run[0] as number];
      const last = ctx.day[run[run.length - 1] as number];
      const found = credits.take(p.amount[prev], first, last + t.credit_window_days, run.length);
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
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    const rows = rowsOfPair(ctx, pair);
    groups.clear();
    for (const row of rows) {
      if ((p.marks[row] & IDENTICAL) === 0) continue;
      const key = `${p.file[row]},${p.date[row]},${p.amount[row]},${p.ref[row]},${p.area[row]},${p.type[row]}`;
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    let credits: Credits | null = null;
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const first = group[0] as number;
      credits ??= new Credits(ctx, rows);
      const day = ctx.day[first];
      const found = p.amount[first] > 0 ? credits.take(p.amount[first], day, day + window, group.length) : [];
      settle(ctx, "identical-record", { rows: group, credits: found }, "identical in every column", out);
    }
  }
  return out;
}
