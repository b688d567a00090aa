// Spend beyond a contract. Value: the net payments by the contract's councils to its supplier between
// its start and end dates pass its total value; the payments from the one that crossed it are listed
// (a contract whose supplier holds an overlapping contract with one of those councils is not tested:
// the payments cannot be told apart). End: payments by a council to the supplier more than grace_days
// after the latest end of every contract that council has with it (none open-ended).
// Each council × supplier's payments are sorted by date once, with running totals: a term's spend is
// two binary searches, however many contracts the supplier holds.
import type { ContractRecord } from "../dataset/contracts.ts";
import type { FlagThresholds } from "./config.ts";
import { contractCouncils, dayNumber, type FlagContext, NO_DAY, pairIndex } from "./context.ts";
import { flagId, flagOf, type IndicatorResult, supplierName } from "./flag.ts";
import { countText, dayText, listText, pounds } from "./words.ts";

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
  before: BigInt64Array;
}

function timelineOf(ctx: FlagContext, pair: number, cache: Map<number, Timeline>): Timeline {
  let timeline = cache.get(pair);
  if (timeline) return timeline;
  const { start, rows: order } = ctx.pairRows;
  const dated: number[] = [];
  for (let i = start[pair]; i < start[pair + 1]; i++) if (ctx.day[order[i]] !== NO_DAY) dated.push(order[i]);
  dated.sort((a, b) => ctx.day[a] - ctx.day[b] || a - b);
  const before = new BigInt64Array(dated.length + 1);
  for (let i = 0; i < dated.length; i++) {
    before[i + 1] = before[i] + BigInt(ctx.payments.amount[dated[i] as number]);
  }
  timeline = {
    rows: Int32Array.from(dated),
    days: Float64Array.from(dated, (row) => ctx.day[row]),
    before,
  };
  cache.set(pair, timeline);
  return timeline;
}

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
    const timeline = timelineOf(ctx, pair, timelines);
    const lo = firstFrom(timeline.days, term.from);
    const hi = firstFrom(timeline.days, term.to + 1);
    total += (timeline.before[hi] as bigint) - (timeline.before[lo] as bigint);
    spans.push({ timeline, lo, hi });
  }
  if (total <= value) return;
  const rows: number[] = [];
  for (const { timeline, lo, hi } of spans) for (let i = lo; i < hi; i++) rows.push(timeline.rows[i]);
  rows.sort((a, b) => ctx.day[a] - ctx.day[b] || a - b);
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
  let total = 0n;
  const { start, rows: order } = ctx.pairRows;
  for (let i = start[pair]; i < start[pair + 1]; i++) {
    const row = order[i];
    if (ctx.day[row] === NO_DAY || ctx.day[row] <= last.to + grace) continue;
    rows.push(row);
    total += BigInt(ctx.payments.amount[row]);
  }
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
  flag.question =
    `${ctx.councils[council]?.name} paid ${supplierName(ctx, rows[0] as number)} ${pounds(total)} ` +
    `(net, ${countText(rows.length, "payment")}, the last on ${dayText(ctx.day[rows[rows.length - 1] as number])}) ` +
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
  const timelines = new Map<number, Timeline>();
  for (const term of terms) {
    const value = term.contract.totalValue;
    if (value === null || value <= 0) continue;
    if (overlapping.has(term.contract)) {
      out.setAside.set(OVERLAPPING, (out.setAside.get(OVERLAPPING) ?? 0) + 1);
      continue;
    }
    aboveValue(ctx, term, timelines, out);
  }
  for (const [key, list] of byPair) afterEnd(ctx, Number(key.split("\u0000")[1]), list, grace, out);
  return out;
}
