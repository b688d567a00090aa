// Spend with no contract: a council's net spend with a supplier in a financial year above a threshold
// (the highest one passed is given), with no register entry for that supplier covering that council. A
// contract let by a partner for the council counts, through the grouped contracts' councils (register
// councils, the letting council and the partners of an arrangement that declares it). Recharges
// between partner councils and redacted payees are left out. Net spend by pair and year comes from the
// tallies (tallies.ts); the flagged pairs' rows are gathered in one pass.
import { type FlagThresholds, poundsToMicros } from "../engine/config.ts";
import { contractCouncils, type FlagContext, pairIndex } from "../engine/context.ts";
import { type Flag, flagOf, type IndicatorResult, idPart } from "../engine/flag.ts";
import type { GroupSums } from "../engine/sums.ts";
import { pairTallies } from "../engine/tallies.ts";
import { pounds } from "../output/words.ts";

/** Why a council's spend is not looked at (flags.json's set_aside, and the data-quality note). */
export const NO_REGISTER =
  "council(s) with no contracts register published, so spend cannot be checked against contracts";

const THRESHOLD_NAMES = new Map<number, string>([
  [5_000_000_000, "the £5,000 contracts-register threshold"],
  [25_000_000_000, "the £25,000 Contracts Finder threshold"],
]);

/**
 * The rows of flagged pair × year slots (flagged: slot → flag index, -1 for none) into `rows`, flag by
 * flag from `start`, in payments.csv order; returns, by flag, 1 when its rows are not in date order.
 */
function gatherRows(ctx: FlagContext, flagged: Int32Array, start: Int32Array, rows: Int32Array): Uint8Array {
  const flags = start.length - 1;
  const next = start.slice(0, flags);
  const lastDay = new Float64Array(flags).fill(Number.NEGATIVE_INFINITY);
  const unsorted = new Uint8Array(flags);
  const { pairOf, yearOf, day, pairYearBase } = ctx;
  for (let row = 0; row < pairOf.length; row++) {
    const pair = pairOf[row] as number;
    const year = yearOf[row] as number;
    if (pair < 0 || year < 0) continue;
    const index = flagged[(pairYearBase[pair] as number) + year] as number;
    if (index < 0) continue;
    const at = next[index] as number;
    rows[at] = row;
    next[index] = at + 1;
    // Rows come in payments.csv order, mostly date order: note the flags whose rows are not.
    const d = day[row] as number;
    unsorted[index] = (unsorted[index] as number) | +(d < (lastDay[index] as number));
    lastDay[index] = d;
  }
  return unsorted;
}

/** What every flag of the indicator is made from. */
interface Made {
  ctx: FlagContext;
  sums: GroupSums;
  levels: number[];
  /** The question's opening by council, its middle and the threshold's text by level. */
  opening: string[];
  middle: Map<number, string>;
  thresholdText: Map<number, string>;
  /** idPart of each financial year. */
  yearPart: string[];
  /** A question's start by council × published supplier name, and its end by level × name. */
  heads: Map<number, string>;
  tails: Map<number, string>;
}

/** A flagged pair × year: its slot, pair and year. */
interface Slot {
  slot: number;
  pair: number;
  year: number;
}

/**
 * The pair × year slots above the lowest threshold, in pair then year order: slot → flag index (-1
 * for none), the slots, and where each flag's rows start in one array of them all.
 */
function flaggedSlots(
  ctx: FlagContext,
  sums: GroupSums,
  counts: Int32Array,
  skip: Uint8Array,
  lowest: number,
): { flagged: Int32Array; slots: Slot[]; start: Int32Array } {
  const { pairYearStart, pairFirstYear } = ctx;
  const pairs = skip.length;
  const flagged = new Int32Array(Math.max(1, pairYearStart[pairs] as number)).fill(-1);
  const slots: Slot[] = [];
  const starts: number[] = [0];
  for (let pair = 0; pair < pairs; pair++) {
    if (skip[pair] === 1) continue;
    for (let slot = pairYearStart[pair] as number; slot < (pairYearStart[pair + 1] as number); slot++) {
      if (counts[slot] === 0 || !sums.above(slot, lowest)) continue;
      flagged[slot] = slots.length;
      slots.push({
        slot,
        pair,
        year: (pairFirstYear[pair] as number) + slot - (pairYearStart[pair] as number),
      });
      starts.push((starts[starts.length - 1] as number) + (counts[slot] as number));
    }
  }
  return { flagged, slots, start: new Int32Array(starts) };
}

/**
 * The flagged pairs in the order of their flags' ids within each council (supplier, then year:
 * ordering all flags afterwards finds them nearly in order), each with its id prefix and first slot.
 * Suppliers are put in order once, by the text their ids continue with; pairs then by number.
 */
function pairsById(ctx: FlagContext, slots: Slot[]): { pair: number; prefix: string; first: number }[] {
  const p = ctx.payments;
  const firsts: number[] = [];
  const parts = new Map<number, string>();
  for (let i = 0; i < slots.length; i++) {
    const pair = (slots[i] as Slot).pair;
    if (i > 0 && (slots[i - 1] as Slot).pair === pair) continue;
    firsts.push(i);
    const supplier = ctx.pairSupplier[pair] as number;
    if (!parts.has(supplier)) parts.set(supplier, `${idPart(p.text.get(supplier))}.`);
  }
  const rank = new Map(
    [...parts].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([supplier], i) => [supplier, i]),
  );
  const keyOf = (pair: number) =>
    ((ctx.pairCouncil[pair] as number) * rank.size + (rank.get(ctx.pairSupplier[pair] as number) as number)) *
      ctx.pairCouncil.length +
    pair;
  const councilPrefix = ctx.councils.map((c) => `spend-without-contract.${idPart(c.slug)}.`);
  return firsts
    .map((first) => {
      const pair = (slots[first] as Slot).pair;
      const prefix = `${councilPrefix[ctx.pairCouncil[pair] as number]}${parts.get(ctx.pairSupplier[pair] as number)}`;
      return { pair, prefix, first, key: keyOf(pair) };
    })
    .sort((a, b) => a.key - b.key);
}

function slotFlag(
  made: Made,
  { slot, pair, year }: Slot,
  prefix: string,
  rows: Int32Array,
  byDay: boolean,
): Flag {
  const { ctx, sums } = made;
  const council = ctx.pairCouncil[pair] as number;
  const total = sums.value(slot);
  const plain = sums.plain(slot);
  let level = made.levels[0] as number;
  for (const l of made.levels) if (sums.above(slot, l)) level = l;
  const fy = ctx.years[year] as string;
  // The supplier's name as published on the flag's first payment: the question begins and ends with it.
  const name = ctx.payments.supplier[rows[0] as number] as number;
  const headKey = name * ctx.councils.length + council;
  let head = made.heads.get(headKey);
  if (head === undefined) {
    head = `${made.opening[council]}${ctx.payments.text.get(name)} `;
    made.heads.set(headKey, head);
  }
  const tailKey = name * made.levels.length + made.levels.indexOf(level);
  let tail = made.tails.get(tailKey);
  if (tail === undefined) {
    tail =
      `${made.middle.get(level)}${ctx.payments.text.get(name)}. ` +
      "Under what contract, framework or other arrangement was this bought?";
    made.tails.set(tailKey, tail);
  }
  return flagOf(
    ctx,
    {
      id: prefix + (made.yearPart[year] as string),
      indicator: "spend-without-contract",
      council,
      supplierId: ctx.payments.text.get(ctx.pairSupplier[pair] as number),
      financialYear: fy,
      total,
      threshold: made.thresholdText.get(level) as string,
      question:
        head +
        `${pounds(Number.isNaN(plain) ? total : plain)} (net, ${rows.length} payment${rows.length === 1 ? "" : "s"}) in ${fy}, ` +
        tail,
    },
    rows,
    byDay,
  );
}

export function spendWithoutContract(ctx: FlagContext, thresholds: FlagThresholds): IndicatorResult {
  const levels = thresholds["spend-without-contract"].thresholds.map(poundsToMicros);
  const lowest = levels[0] as number;
  const out: IndicatorResult = { flags: [], setAside: new Map() };
  // Covered by a contract, or a recharge between partners: not looked at.
  const skip = ctx.pairPartner.slice();
  const registered = new Uint8Array(ctx.councils.length);
  for (const contract of ctx.contracts) {
    for (const council of contractCouncils(ctx, contract)) registered[council] = 1;
    if (contract.supplierId === "") continue;
    for (const council of contractCouncils(ctx, contract)) {
      const pair = pairIndex(ctx, contract.supplierId, council);
      if (pair >= 0) skip[pair] = 1;
    }
  }
  // A council with no contracts register: its spend cannot be checked against contracts at all.
  const unregistered = registered.reduce((n, r) => n + (r === 0 ? 1 : 0), 0);
  if (unregistered > 0) {
    out.setAside.set(NO_REGISTER, unregistered);
    for (let pair = 0; pair < skip.length; pair++)
      if (registered[ctx.pairCouncil[pair] as number] === 0) skip[pair] = 1;
  }
  const { net: sums, yearRows: counts } = pairTallies(ctx, thresholds);
  // Slots above the lowest threshold, with their rows gathered in one more pass into one array.
  const { flagged, slots, start } = flaggedSlots(ctx, sums, counts, skip, lowest);
  if (slots.length === 0) return out;
  const flagRows = new Int32Array(start[slots.length] as number);
  const unsorted = gatherRows(ctx, flagged, start, flagRows);
  // What repeats is put together once: a question's opening by council, its middle by threshold.
  const made: Made = {
    ctx,
    sums,
    levels,
    opening: ctx.councils.map((c) => `${c.name} paid `),
    middle: new Map(
      levels.map((level) => [
        level,
        `more than ${THRESHOLD_NAMES.get(level) ?? pounds(level)}, and its contracts register lists no contract with `,
      ]),
    ),
    thresholdText: new Map(levels.map((level) => [level, pounds(level)])),
    yearPart: ctx.years.map((fy) => idPart(fy)),
    heads: new Map(),
    tails: new Map(),
  };
  for (const { pair, prefix, first } of pairsById(ctx, slots)) {
    for (let i = first; i < slots.length && (slots[i] as Slot).pair === pair; i++) {
      const rows = flagRows.subarray(start[i] as number, start[i + 1] as number);
      out.flags.push(slotFlag(made, slots[i] as Slot, prefix, rows, unsorted[i] === 0));
    }
  }
  return out;
}
