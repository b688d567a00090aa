// What every indicator reads, built once in linear time: per-row council index, day number, month and
// financial-year index, and the rows grouped by council × supplier ("pairs", compressed sparse rows).
// Redacted payees and payments without a published supplier never form a pair: they are never grouped
// together as one supplier.
import type { CategoryOverrides } from "../categories/classify.ts";
import type { ContractRecord } from "../dataset/contracts.ts";
import { groupRows, type RowGroups } from "../dataset/row-groups.ts";
import { UNNAMED_ID } from "../ingest/supplier-registry.ts";
import { type FlagPayments, PARTNER, REDACTED } from "./payments.ts";

export interface FlagCouncil {
  slug: string;
  name: string;
  categories?: CategoryOverrides | undefined;
}

export interface FlagInput {
  payments: FlagPayments;
  /** Councils in partnership order. */
  councils: FlagCouncil[];
  /** Contracts grouped from the register (a joint contract once, with every council it covers). */
  contracts: ContractRecord[];
}

/** The day number of a payment without an ISO date (far before any real date). */
export const NO_DAY = -2_000_000_000;

export interface FlagContext extends FlagInput {
  /** Council slug → index in `councils`. */
  councilIndex: Map<string, number>;
  /** Row → index in `councils` (-1 for a council not in the list). */
  councilOf: Int32Array;
  /** Row → days since 1970-01-01 (NO_DAY when the date is not an ISO date). */
  day: Int32Array;
  /** Row → calendar month 1..12 (0 when unknown). */
  month: Uint8Array;
  /** Row → index in `years` (-1 when empty). */
  yearOf: Int32Array;
  /** Financial years present, oldest first. */
  years: string[];
  /** Row → its council × supplier pair (-1: redacted, unpublished or unknown council). */
  pairOf: Int32Array;
  pairCouncil: Int32Array;
  /** The pair's supplier id (an id in payments.text). */
  pairSupplier: Int32Array;
  /** True when the pair's payee is a partner council (recharges). */
  pairPartner: Uint8Array;
  pairRows: RowGroups;
  /**
   * Hot columns copied into pairRows order (position i holds row pairRows.rows[i]), so that the
   * indicators' passes over the pairs read memory in sequence instead of jumping between rows.
   */
  inPairOrder: { amount: Float64Array; day: Int32Array; year: Int32Array };
  /** supplier text id × council count + council index → pair (-1: none). */
  pairTable: Int32Array;
}

/** Days since 1970-01-01 of "yyyy-mm-dd", or NO_DAY. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return NO_DAY;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

export function flagContext(input: FlagInput): FlagContext {
  const p = input.payments;
  const text = p.text;
  const textSize = text.values.length;
  const councilIndex = new Int32Array(textSize).fill(-1);
  input.councils.forEach((c, i) => {
    const id = text.idOf(c.slug);
    if (id !== undefined) councilIndex[id] = i;
  });
  // Per distinct text: day number, month, year index (dates and years repeat across rows).
  const dayOfText = new Int32Array(textSize).fill(NO_DAY - 1);
  const monthOfText = new Uint8Array(textSize);
  const yearSeen = new Uint8Array(textSize);
  const yearIds: number[] = [];
  for (let row = 0; row < p.size; row++) {
    const id = p.year[row];
    if (yearSeen[id] === 0) {
      yearSeen[id] = 1;
      if (text.get(id) !== "") yearIds.push(id);
    }
  }
  const years = yearIds.map((id) => text.get(id)).sort();
  const yearOfText = new Int32Array(textSize).fill(-1);
  for (const id of yearIds) yearOfText[id] = years.indexOf(text.get(id));
  const excluded = new Uint8Array(textSize);
  for (const id of [UNNAMED_ID, ""]) {
    const at = text.idOf(id);
    if (at !== undefined) excluded[at] = 1;
  }

  const n = p.size;
  const councilOf = new Int32Array(n);
  const day = new Int32Array(n);
  const month = new Uint8Array(n);
  const yearOf = new Int32Array(n);
  const pairOf = new Int32Array(n);
  const councils = input.councils.length;
  // Pair index by supplier text id × council index: a direct table, no hashing per row.
  const pairTable = new Int32Array(textSize * Math.max(1, councils)).fill(-1);
  const pairCouncil: number[] = [];
  const pairSupplier: number[] = [];
  const pairPartner: number[] = [];
  for (let row = 0; row < n; row++) {
    const council = councilIndex[p.council[row]];
    councilOf[row] = council;
    const dateId = p.date[row];
    let d = dayOfText[dateId];
    if (d === NO_DAY - 1) {
      d = dayNumber(text.get(dateId));
      dayOfText[dateId] = d;
      monthOfText[dateId] = d === NO_DAY ? 0 : Number(text.get(dateId).slice(5, 7));
    }
    day[row] = d;
    month[row] = monthOfText[dateId];
    yearOf[row] = yearOfText[p.year[row]];
    const supplier = p.supplierId[row];
    if (council < 0 || (p.marks[row] & REDACTED) !== 0 || excluded[supplier] === 1) {
      pairOf[row] = -1;
      continue;
    }
    const slot = supplier * councils + council;
    let pair = pairTable[slot];
    if (pair < 0) {
      pair = pairCouncil.length;
      pairTable[slot] = pair;
      pairCouncil.push(council);
      pairSupplier.push(supplier);
      pairPartner.push((p.marks[row] & PARTNER) !== 0 ? 1 : 0);
    }
    pairOf[row] = pair;
  }
  // Rows outside any pair go to an extra last group, which no indicator reads.
  const pairCount = pairCouncil.length;
  const keys = new Int32Array(n);
  for (let row = 0; row < n; row++) keys[row] = pairOf[row] < 0 ? pairCount : pairOf[row];
  const pairRows = groupRows(keys, pairCount + 1);
  const inPairOrder = { amount: new Float64Array(n), day: new Int32Array(n), year: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const row = pairRows.rows[i];
    inPairOrder.amount[i] = p.amount[row];
    inPairOrder.day[i] = day[row];
    inPairOrder.year[i] = yearOf[row];
  }
  return {
    ...input,
    councilIndex: new Map(input.councils.map((c, i) => [c.slug, i])),
    councilOf,
    day,
    month,
    yearOf,
    years,
    pairOf,
    pairCouncil: Int32Array.from(pairCouncil),
    pairSupplier: Int32Array.from(pairSupplier),
    pairPartner: Uint8Array.from(pairPartner),
    pairRows,
    inPairOrder,
    pairTable,
  };
}

/** Number of council × supplier pairs. */
export const pairCount = (ctx: FlagContext): number => ctx.pairCouncil.length;

/** Council indices a contract covers (its register councils, the letting council, arrangement partners). */
export function contractCouncils(ctx: FlagContext, contract: ContractRecord): number[] {
  const out: number[] = [];
  for (const slug of contract.councils) {
    const index = ctx.councilIndex.get(slug);
    if (index !== undefined) out.push(index);
  }
  return out;
}

/** The pair of a supplier id and a council index, or -1. */
export function pairIndex(ctx: FlagContext, supplierId: string, council: number): number {
  const supplier = ctx.payments.text.idOf(supplierId);
  if (supplier === undefined || council < 0) return -1;
  return ctx.pairTable[supplier * ctx.councils.length + council] ?? -1;
}
