// Spend against the contracts register. Without a contract: a council's net spend with a supplier in a
// financial year above a threshold, with no register entry for that supplier covering that council (a
// contract let by a partner for it counts, through the grouped contracts' councils). Beyond a
// contract: spend during a contract's term above its total value, or payments after the latest end of
// every contract a council has with the supplier (plus a grace period for payments in arrears).
import type { ContractRecord } from "../dataset/contracts.ts";
import { type FlagThresholds, poundsToMicros } from "./config.ts";
import { dayNumber, type FlagContext, NO_DAY, pairCount, pairIndex, rowsOfPair } from "./context.ts";
import {
  type Flag,
  type FlagRow,
  flagId,
  type IndicatorResult,
  latestYear,
  sortFlagRows,
  supplierName,
} from "./flag.ts";
import { GroupSums } from "./sums.ts";
import { countText, dayText, listText, pounds } from "./words.ts";

const THRESHOLD_NAMES = new Map<number, string>([
  [5_000_000_000, "the £5,000 contracts-register threshold"],
  [25_000_000_000, "the £25,000 Contracts Finder threshold"],
]);

/** Council indices a contract covers (its register councils, the letting council, arrangement partners). */
function councilsOf(ctx: FlagContext, contract: ContractRecord): number[] {
  const index = new Map(ctx.councils.map((c, i) => [c.slug, i]));
  return contract.councils.map((slug) => index.get(slug) ?? -1).filter((i) => i >= 0);
}

export function spendWithoutContract(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const levels = thresholds["spend-without-contract"].thresholds.map(poundsToMicros);
  const lowest = levels[0] as number;
  const p = ctx.payments;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  const covered = new Uint8Array(pairCount(ctx));
  for (const contract of ctx.contracts) {
    if (contract.supplierId === "") continue;
    for (const council of councilsOf(ctx, contract)) {
      const pair = pairIndex(ctx, contract.supplierId, council);
      if (pair >= 0) covered[pair] = 1;
    }
  }
  const years = ctx.years.length;
  const sums = new GroupSums(pairCount(ctx) * years);
  for (let pair = 0; pair < pairCount(ctx); pair++) {
    if (covered[pair] === 1 || ctx.pairPartner[pair] === 1) continue;
    const rows = rowsOfPair(ctx, pair);
    for (const row of rows) if (ctx.yearOf[row] >= 0) sums.add(pair * years + ctx.yearOf[row], p.amount[row]);
    for (let year = 0; year < years; year++) {
      if (!sums.above(pair * years + year, lowest)) continue;
      const total = sums.value(pair * years + year);
      const level = levels.filter((l) => total > BigInt(l)).pop() as number;
      const flagRows = sortFlagRows(
        ctx,
        [...rows].filter((row) => ctx.yearOf[row] === year).map((row) => ({ row, note: "" })),
      );
      const council = ctx.pairCouncil[pair];
      const supplier = supplierName(ctx, (flagRows[0] as FlagRow).row);
      const fy = ctx.years[year] as string;
      out.flags.push({
        id: flagId(
          "spend-without-contract",
          ctx.councils[council]?.slug ?? "",
          p.text.get(ctx.pairSupplier[pair]),
          fy,
        ),
        indicator: "spend-without-contract",
        council,
        supplierId: p.text.get(ctx.pairSupplier[pair]),
        contractId: "",
        financialYear: fy,
        total,
        threshold: pounds(level),
        question:
          `${ctx.councils[council]?.name} paid ${supplier} ${pounds(total)} (net, ${countText(flagRows.length, "payment")}) in ${fy}, ` +
          `more than ${THRESHOLD_NAMES.get(level) ?? pounds(level)}, and its contracts register lists no contract with ${supplier}. ` +
          "Under what contract, framework or other arrangement was this bought?",
        rows: flagRows,
      });
    }
  }
  return out;
}

interface Term {
  contract: ContractRecord;
  from: number;
  to: number;
  councils: number[];
}

const termOf = (ctx: FlagContext, contract: ContractRecord): Term => {
  const from = contract.startDate === "" ? NO_DAY : dayNumber(contract.startDate);
  const to = contract.endDate === "" ? NO_DAY : dayNumber(contract.endDate);
  return {
    contract,
    from: from === NO_DAY ? Number.NEGATIVE_INFINITY : from,
    to: to === NO_DAY ? Number.POSITIVE_INFINITY : to,
    councils: councilsOf(ctx, contract),
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

function aboveValue(ctx: FlagContext, term: Term, out: IndicatorResult): void {
  const c = term.contract;
  const p = ctx.payments;
  const value = c.totalValue as number;
  const rows: number[] = [];
  let total = 0n;
  for (const council of term.councils) {
    const pair = pairIndex(ctx, c.supplierId, council);
    if (pair < 0) continue;
    for (const row of rowsOfPair(ctx, pair)) {
      const day = ctx.day[row];
      if (day === NO_DAY || day < term.from || day > term.to) continue;
      rows.push(row);
      total += BigInt(p.amount[row]);
    }
  }
  if (total <= BigInt(value)) return;
  rows.sort((a, b) => ctx.day[a] - ctx.day[b] || a - b);
  let running = 0n;
  let crossed = rows.length;
  for (let i = 0; i < rows.length; i++) {
    running += BigInt(p.amount[rows[i] as number]);
    if (running > BigInt(value)) {
      crossed = i;
      break;
    }
  }
  const flagRows = rows.slice(crossed).map((row) => ({ row, note: "after the value was passed" }));
  const letting = ctx.councils.findIndex((x) => x.slug === c.lettingCouncil);
  const councilNames = term.councils.map((i) => ctx.councils[i]?.name ?? "");
  out.flags.push({
    id: flagId("spend-beyond-contract", c.lettingCouncil, c.id, "value"),
    indicator: "spend-beyond-contract",
    council: letting >= 0 ? letting : (term.councils[0] as number),
    supplierId: c.supplierId,
    contractId: c.id,
    financialYear: latestYear(ctx, flagRows),
    total,
    threshold: `value ${pounds(value)}`,
    question:
      `Payments by ${listText(councilNames)} to ${supplierName(ctx, rows[0] as number)} during contract ${contractName(c)} ` +
      `(${termText(term)}) total ${pounds(total)}, more than its published total value of ${pounds(value)}. ` +
      "Was the contract varied or extended, and is the change published?",
    rows: sortFlagRows(ctx, flagRows),
  });
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
  const p = ctx.payments;
  const rows: Flag["rows"] = [];
  let total = 0n;
  for (const row of rowsOfPair(ctx, pair)) {
    if (ctx.day[row] === NO_DAY || ctx.day[row] <= last.to + grace) continue;
    rows.push({ row, note: "after the end date" });
    total += BigInt(p.amount[row]);
  }
  if (rows.length === 0 || total <= 0n) return;
  sortFlagRows(ctx, rows);
  const slug = ctx.councils[council]?.slug ?? "";
  out.flags.push({
    id: flagId("spend-beyond-contract", slug, c.id, "ended"),
    indicator: "spend-beyond-contract",
    council,
    supplierId: c.supplierId,
    contractId: c.id,
    financialYear: latestYear(ctx, rows),
    total,
    threshold: `ended ${dayText(last.to)} + ${grace} days`,
    question:
      `${ctx.councils[council]?.name} paid ${supplierName(ctx, (rows[0] as FlagRow).row)} ${pounds(total)} ` +
      `(net, ${countText(rows.length, "payment")}, the last on ${dayText(ctx.day[(rows[rows.length - 1] as FlagRow).row])}) ` +
      `more than ${grace} days after contract ${contractName(c)} ended on ${dayText(last.to)}, and the register lists no later contract with them. ` +
      "Was the contract extended, or the work bought another way?",
    rows,
  });
}

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
  for (const term of terms) {
    const value = term.contract.totalValue;
    if (value === null || value <= 0) continue;
    if (overlapping.has(term.contract)) {
      const reason = "value not tested: the supplier holds overlapping contracts with the same council";
      out.setAside.set(reason, (out.setAside.get(reason) ?? 0) + 1);
      continue;
    }
    aboveValue(ctx, term, out);
  }
  for (const [key, list] of byPair) afterEnd(ctx, Number(key.split("\u0000")[1]), list, grace, out);
  return out;
}
