// Possible duplicate payments (same council, supplier and amount within N days, linked by their
// references: duplicate-evidence.ts) and identical records inside one file. The payments that could be
// duplicates are put in council then date order (a counting sort: payments.csv is mostly in that order
// already) and read with a small hash table of the last payment of each council × supplier × amount in
// the last N days: a payment is in a run when the one before it in its run is still there. Only the
// payments in runs are then grouped by supplier and amount, sorted by date and cut into runs of the
// same amount with gaps of at most N days; the payments of a run that their references link make one
// question. Credit notes for exactly the negative amount cancel repeats. The ordering of the candidate
// payments is in eligible.ts.

import { type FlagThresholds, poundsToMicros } from "../engine/config.ts";
import { type FlagContext, rowsOf } from "../engine/context.ts";
import { type Flag, flagId, flagOf, type IndicatorResult, supplierName } from "../engine/flag.ts";
import { countText, dayText, listText, pounds, timesText } from "../output/words.ts";
import { type Candidates, duplicateCandidates, type RunsInput, runsInput } from "./candidates.ts";
import { byDay, CreditList, Credits } from "./credits.ts";
import {
  DUPLICATE_STRENGTH,
  type DuplicateEvidence,
  linkedPayments,
  refSeries,
} from "./duplicate-evidence.ts";
import { pairAmountHash } from "./runs.ts";

const CANCELLED = "cancelled by credit notes";
const UNLINKED =
  "payments of a repeated amount within the window with no evidence in their references (recurring schedules, separate invoices)";

interface Group {
  rows: number[];
  credits: number[];
}

/** "on 2 May 2023" for one day, else "between 2 May 2023 and 10 May 2023". */
function daysText(ctx: FlagContext, first: number, last: number): string {
  const [from, to] = [ctx.day[first], ctx.day[last]];
  return from === to ? `on ${dayText(from)}` : `between ${dayText(from)} and ${dayText(to)}`;
}

/** The question, naming the files when the payments are in more than one (a payment republished?). */
function filesText(ctx: FlagContext, rows: readonly number[]): string {
  const files = [...new Set(rows.map((row) => ctx.payments.text.get(ctx.payments.file[row])))];
  if (files.length < 2) return " Were these separate invoices, or was one invoice paid more than once?";
  return (
    ` The payments are published in ${files.length} files (${listText(files)}). ` +
    "Were these separate invoices, was one invoice paid more than once, or is one payment published twice?"
  );
}

/** The evidence of a possible duplicate, in words and its kind. */
interface Found {
  kind: DuplicateEvidence;
  refs: [string, string];
}

const EVIDENCE_WORDS: Record<DuplicateEvidence, (refs: [string, string]) => string> = {
  "same-reference": ([a]) => `the same reference ${a}`,
  "padded-reference": ([a, b]) => `references ${a} and ${b}, the same but for padding`,
  "transposed-reference": ([a, b]) => `references ${a} and ${b}, the same but for two characters swapped`,
  "different-runs": ([a, b]) => `references ${a} and ${b} of different series (different payment runs)`,
};

function groupFlag(
  ctx: FlagContext,
  indicator: Flag["indicator"],
  group: Group,
  threshold: string,
  found?: Found,
): Flag {
  const p = ctx.payments;
  const first = group.rows[0] as number;
  const last = group.rows[group.rows.length - 1] as number;
  const council = ctx.councilOf[first];
  const amount = p.amount[first];
  const times = timesText(group.rows.length);
  const supplier = supplierName(ctx, first);
  const credits =
    group.credits.length > 0
      ? ` ${countText(group.credits.length, "credit note")} of ${pounds(-amount)} ${group.credits.length === 1 ? "was" : "were"} found.`
      : "";
  const evidence = found ? EVIDENCE_WORDS[found.kind](found.refs) : undefined;
  const question =
    indicator === "identical-record"
      ? `${p.text.get(p.file[first])} lists the same payment of ${pounds(amount)} to ${supplier} on ${dayText(ctx.day[first])} ${times} ` +
        `(lines ${listText(group.rows.map((row) => String(p.line[row])))}).${credits} ` +
        `Was it paid ${times}, or is the record repeated in the file?`
      : `${ctx.councils[council]?.name} paid ${supplier} ${pounds(amount)} ${times} ${daysText(ctx, first, last)}, ` +
        `under ${evidence}.${credits}${filesText(ctx, group.rows)}`;
  const supplierId = p.text.get(p.supplierId[first]);
  // The pounds possibly paid twice: every payment after the first, less those credit notes cancel.
  const repeats = BigInt(Math.max(0, group.rows.length - 1 - group.credits.length));
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
      stake: BigInt(amount) * repeats,
      ...(found ? { strength: DUPLICATE_STRENGTH[found.kind], evidence } : {}),
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
  found?: Found,
): void {
  if (group.rows.length - group.credits.length <= 1) {
    out.setAside.set(CANCELLED, (out.setAside.get(CANCELLED) ?? 0) + 1);
    return;
  }
  out.flags.push(groupFlag(ctx, indicator, group, threshold, found));
}

/** The share of a pair's payments under each reference series, worked out for a pair when first asked. */
class SeriesShares {
  private readonly byPair = new Map<number, Map<string, number>>();
  private readonly ctx: FlagContext;

  constructor(ctx: FlagContext) {
    this.ctx = ctx;
  }

  of(pair: number, series: string): number {
    let shares = this.byPair.get(pair);
    if (!shares) {
      const counts = new Map<string, number>();
      const rows = rowsOf(this.ctx, pair);
      for (const row of rows) {
        const s = refSeries(this.ctx.payments.ref.get(row));
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
      shares = new Map([...counts].map(([s, n]) => [s, n / rows.length]));
      this.byPair.set(pair, shares);
    }
    return shares.get(series) ?? 0;
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
function repeatedAmounts(ctx: FlagContext, rows: Int32Array, credits: Int32Array): Repeated[] {
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

/** What finding the indicator's candidate payments reads (on this thread or another). */
export function duplicateRunsInput(ctx: FlagContext, thresholds: FlagThresholds): RunsInput {
  const t = thresholds["duplicate-payment"];
  return runsInput(ctx, Math.max(1, poundsToMicros(t.min_amount)), t.window_days);
}

export function duplicatePayments(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  return duplicatesOf(ctx, thresholds, duplicateCandidates(duplicateRunsInput(ctx, thresholds)));
}

/** The indicator's flags from its candidate payments (found here or on another thread). */
export function duplicatesOf(
  ctx: FlagContext,
  thresholds: FlagThresholds,
  { runs, credits: creditRows }: Candidates,
): IndicatorResult {
  const t = thresholds["duplicate-payment"];
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const day = ctx.day;
  const p = ctx.payments;
  /** Payments repeating an amount within the window with nothing in their references to link them. */
  let unlinked = 0;
  const shares = new SeriesShares(ctx);
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
      if (run.length < 2) continue;
      const linked = linkedPayments(
        run.map((row) => ({ ref: p.ref.get(row), day: day[row] as number, file: p.file[row] as number })),
        t.window_days,
        (series) => shares.of(ctx.pairOf[run[0] as number] as number, series),
      );
      if (linked.length === 0) {
        unlinked += run.length;
        continue;
      }
      for (const link of linked) {
        const rows = link.positions.map((at) => run[at] as number);
        credits ??= new CreditList(byDay(day, group.credits));
        const first = day[rows[0] as number] as number;
        const last = day[rows[rows.length - 1] as number] as number;
        const found = credits.take(day, first, last + t.credit_window_days, rows.length);
        settle(ctx, "duplicate-payment", { rows, credits: found }, `${t.window_days} days`, out, {
          kind: link.evidence,
          refs: link.refs,
        });
      }
      unlinked += run.length - linked.reduce((n, l) => n + l.positions.length, 0);
    }
  }
  if (unlinked > 0) out.setAside.set(UNLINKED, unlinked);
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
