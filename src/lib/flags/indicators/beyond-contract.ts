// Spend beyond a contract. Value: the net payments by the contract's councils to its supplier between
// its start and end dates pass its total value; the payments from the one that crossed it are listed
// (a contract whose supplier holds an overlapping contract with one of those councils is not tested:
// the payments cannot be told apart). End: payments by a council to the supplier more than grace_days
// after the latest end of every contract that council has with it (none open-ended).
// The rows of the pairs contracts name are gathered in one pass; each council × supplier's payments are
// sorted by date once, with running totals (floats while exact): a term's spend is two binary
// searches, however many contracts the supplier holds.
import type { ContractRecord } from "../../dataset/contracts.ts";
import type { RowGroups } from "../../dataset/row-groups.ts";
import { ExactSum } from "../../exact-sum.ts";
import type { FlagThresholds } from "../engine/config.ts";
import {
  contractCouncils,
  dayNumber,
  type FlagContext,
  NO_DAY,
  pairCount,
  pairIndex,
  rowsOfPairs,
} from "../engine/context.ts";
import { flagId, flagOf, type IndicatorResult, sortRows, supplierName } from "../engine/flag.ts";
import { countText, dayText, listText, pounds } from "../output/words.ts";

interface Term {
  contract: ContractRecord;
  from: number;
  to: number;
  councils: number[];
}

/** A pair's dated payments by date, with running totals (micros) before each. */
interface Timeline {
  rows: Int32Array;
  days: Float64Array;
  /** Running totals: float64 while every one is exact (under 2^53), else bigints. */
  before: Float64Array | BigInt64Array;
}

/** Rows of the pairs contracts name, grouped by pair (rowsOfPairs). */
type PairRows = RowGroups;

const pairRowsOf = (pairRows: PairRows, pair: number): Int32Array =>
  pairRows.rows.subarray(pairRows.start[pair] as number, pairRows.start[pair + 1] as number);

function timelineOf(
  ctx: FlagContext,
  pairRows: PairRows,
  pair: number,
  cache: Map<number, Timeline>,
): Timeline {
  let timeline = cache.get(pair);
  if (timeline) return timeline;
  const dated: number[] = [];
  const rows = pairRowsOf(pairRows, pair);
  for (let i = 0; i < rows.length; i++)
    if (ctx.day[rows[i] as number] !== NO_DAY) dated.push(rows[i] as number);
  sortRows(ctx, dated);
  const amount = ctx.payments.amount;
  let before: Float64Array | BigInt64Array = new Float64Array(dated.length + 1);
  let running = 0;
  for (let i = 0; i < dated.length; i++) {
    running += amount[dated[i] as number] as number;
    if (running >= 2 ** 53 || running <= -(2 ** 53)) break;
    before[i + 1] = running;
  }
  if (running >= 2 ** 53 || running <= -(2 ** 53)) {
    before = new BigInt64Array(dated.length + 1);
    for (let i = 0; i < dated.length; i++) {
      before[i + 1] = (before[i] as bigint) + BigInt(amount[dated[i] as number] as number);
    }
  }
  const days = new Float64Array(dated.length);
  for (let i = 0; i < dated.length; i++) days[i] = ctx.day[dated[i] as number] as number;
  timeline = { rows: new Int32Array(dated), days, before };
  cache.set(pair, timeline);
  return timeline;
}

/** Exact total of a timeline's payments from index lo to hi (excluded). */
const spanTotal = (timeline: Timeline, lo: number, hi: number): bigint =>
  BigInt(timeline.before[hi] as number | bigint) - BigInt(timeline.before[lo] as number | bigint);

/** First index whose day is at least `day` (days are sorted). */
function firstFrom(days: Float64Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const termOf = (ctx: FlagContext, contract: ContractRecord): Term => {
  const from = contract.startDate === "" ? NO_DAY : dayNumber(contract.startDate);
  const to = contract.endDate === "" ? NO_DAY : dayNumber(contract.endDate);
  return {
    contract,
    from: from === NO_DAY ? Number.NEGATIVE_INFINITY : from,
    to: to === NO_DAY ? Number.POSITIVE_INFINITY : to,
    councils: contractCouncils(ctx, contract),
  };
};

/** Contracts of one supplier for one council, marked when their terms overlap (a sweep by start). */
function markOverlaps(terms: Term[], overlapping: Set<ContractRecord>): void {
  const sorted = [...terms].sort((a, b) => a.from - b.from);
  let holder: Term | null = null;
  for (const term of sorted) {
    if (holder && term.from <= holder.to) {
      overlapping.add(term.contract);
      overlapping.add(holder.contract);
    }
    if (!holder || term.to > holder.to) holder = term;
  }
}

const termText = (term: Term): string =>
  `${Number.isFinite(term.from) ? dayText(term.from) : "its start"} to ${Number.isFinite(term.to) ? dayText(term.to) : "no end date"}`;

const contractName = (c: ContractRecord): string => `${c.reference || c.id} “${c.title}”`;

function aboveValue(
  ctx: FlagContext,
  term: Term,
  pairRows: PairRows,
  timelines: Map<number, Timeline>,
  out: IndicatorResult,
): void {
  const c = term.contract;
  const value = BigInt(c.totalValue as number);
  const spans: { timeline: Timeline; lo: number; hi: number }[] = [];
  let total = 0n;
  for (const council of term.councils) {
    const pair = pairIndex(ctx, c.supplierId, council);
    if (pair < 0) continue;
    const timeline = timelineOf(ctx, pairRows, pair, timelines);
    const lo = firstFrom(timeline.days, term.from);
    const hi = firstFrom(timeline.days, term.to + 1);
    total += spanTotal(timeline, lo, hi);
    spans.push({ timeline, lo, hi });
  }
  if (total <= value) return;
  const rows: number[] = [];
  for (const { timeline, lo, hi } of spans) for (let i = lo; i < hi; i++) rows.push(timeline.rows[i]);
  sortRows(ctx, rows);
  let running = 0n;
  let crossed = 0;
  while (crossed < rows.length && running <= value)
    running += BigInt(ctx.payments.amount[rows[crossed++] as number]);
  const letting = ctx.councilIndex.get(c.lettingCouncil);
  out.flags.push(
    flagOf(
      ctx,
      {
        id: flagId("spend-beyond-contract", c.lettingCouncil, c.id, "value"),
        indicator: "spend-beyond-contract",
        council: letting ?? (term.councils[0] as number),
        supplierId: c.supplierId,
        contractId: c.id,
        total,
        // At stake: what was paid beyond the value.
        stake: total - value,
        threshold: `value ${pounds(value)}`,
        question:
          `Payments by ${listText(term.councils.map((i) => ctx.councils[i]?.name ?? ""))} to ${supplierName(ctx, rows[0] as number)} ` +
          `during contract ${contractName(c)} (${termText(term)}) total ${pounds(total)}, more than its published total value of ` +
          `${pounds(value)}; the payments listed are those from the one that passed it. ` +
          "Was the contract varied or extended, and is the change published?",
      },
      rows.slice(crossed - 1),
    ),
  );
}

function afterEnd(
  ctx: FlagContext,
  council: number,
  terms: Term[],
  grace: number,
  pairRows: PairRows,
  out: IndicatorResult,
): void {
  if (terms.some((t) => !Number.isFinite(t.to))) return;
  const last = terms.reduce((a, b) =>
    b.to > a.to || (b.to === a.to && b.contract.id < a.contract.id) ? b : a,
  );
  const c = last.contract;
  const pair = pairIndex(ctx, c.supplierId, council);
  if (pair < 0 || ctx.pairPartner[pair] === 1) return;
  const rows: number[] = [];
  const sum = new ExactSum();
  const ofPair = pairRowsOf(pairRows, pair);
  for (let i = 0; i < ofPair.length; i++) {
    const row = ofPair[i] as number;
    const day = ctx.day[row] as number;
    if (day === NO_DAY || day <= last.to + grace) continue;
    rows.push(row);
    sum.add(ctx.payments.amount[row] as number);
  }
  const total = sum.value();
  if (rows.length === 0 || total <= 0n) return;
  const flag = flagOf(
    ctx,
    {
      id: flagId("spend-beyond-contract", ctx.councils[council]?.slug ?? "", c.id, "ended"),
      indicator: "spend-beyond-contract",
      council,
      supplierId: c.supplierId,
      contractId: c.id,
      total,
      threshold: `ended ${dayText(last.to)} + ${grace} days`,
      question: "",
    },
    rows,
  );
  // The flag's rows are in date order.
  const sorted = flag.rows;
  flag.question =
    `${ctx.councils[council]?.name} paid ${supplierName(ctx, sorted[0] as number)} ${pounds(total)} ` +
    `(net, ${countText(sorted.length, "payment")}, the last on ${dayText(ctx.day[sorted[sorted.length - 1] as number] as number)}) ` +
    `more than ${grace} days after contract ${contractName(c)} ended on ${dayText(last.to)}, ` +
    "and the register lists no later contract with them. Was the contract extended, or the work bought another way?";
  out.flags.push(flag);
}

const OVERLAPPING = "value not tested: the supplier holds overlapping contracts with the same council";

export function spendBeyondContract(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const grace = thresholds["spend-beyond-contract"].grace_days;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  // Contracts by supplier and council ("supplier\0council index").
  const byPair = new Map<string, Term[]>();
  const terms: Term[] = [];
  for (const contract of ctx.contracts) {
    if (contract.supplierId === "") continue;
    const term = termOf(ctx, contract);
    terms.push(term);
    for (const council of term.councils) {
      const key = `${contract.supplierId}\u0000${council}`;
      const list = byPair.get(key);
      if (list) list.push(term);
      else byPair.set(key, [term]);
    }
  }
  const overlapping = new Set<ContractRecord>();
  for (const list of byPair.values()) markOverlaps(list, overlapping);
  // The rows of every pair a contract names, in one pass over the rows.
  const selected = new Uint8Array(pairCount(ctx));
  for (const term of terms) {
    for (const council of term.councils) {
      const pair = pairIndex(ctx, term.contract.supplierId, council);
      if (pair >= 0) selected[pair] = 1;
    }
  }
  const pairRows = rowsOfPairs(ctx, selected);
  const timelines = new Map<number, Timeline>();
  for (const term of terms) {
    const value = term.contract.totalValue;
    if (value === null || value <= 0) continue;
    if (overlapping.has(term.contract)) {
      out.setAside.set(OVERLAPPING, (out.setAside.get(OVERLAPPING) ?? 0) + 1);
      continue;
    }
    aboveValue(ctx, term, pairRows, timelines, out);
  }
  for (const [key, list] of byPair) afterEnd(ctx, Number(key.split("\u0000")[1]), list, grace, pairRows, out);
  return out;
}
