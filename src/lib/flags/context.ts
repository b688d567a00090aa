// What every indicator reads, built once in one pass over the rows: per-row council index, day number,
// month, financial-year index and council × supplier pair ("pairs"), with each pair's council,
// supplier, number of rows and years. Redacted payees and payments without a published supplier never
// form a pair: they are never grouped together as one supplier. The indicators add up rows in
// payments.csv order into tables indexed by pair or pair × year (sequential reads, no hashing per
// row; see tallies.ts), and find the rows of the pairs they flag with `rowsOf` (each row links to the
// pair's row before it) or, for many pairs at once, `rowsOfPairs`.
import type { CategoryOverrides } from "../categories/classify.ts";
import type { ContractRecord } from "../dataset/contracts.ts";
import type { RowGroups } from "../dataset/row-groups.ts";
import { UNNAMED_ID } from "../ingest/supplier-registry.ts";
import { type FlagPayments, IDENTICAL, PARTNER, REDACTED } from "./payments.ts";

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
  /** Row → index in `councils` (-1 for a council not in the list); 16 bits (Int32 past 32,767 councils). */
  councilOf: Int16Array | Int32Array;
  /** Row → days since 1970-01-01 (NO_DAY when the date is not an ISO date). */
  day: Int32Array;
  /** Row → calendar month 1..12 (0 when unknown). */
  month: Uint8Array;
  /** Row → index in `years` (-1 when empty); 16 bits (Int32 past 32,767 years). */
  yearOf: Int16Array | Int32Array;
  /** Financial years present, oldest first. */
  years: string[];
  /** The first and last day of the dated rows (0 and -1 when none is dated). */
  firstDay: number;
  lastDay: number;
  /** Row → its council × supplier pair (-1: redacted, unpublished or unknown council). */
  pairOf: Int32Array;
  pairCouncil: Int32Array;
  /** The pair's supplier id (an id in payments.text). */
  pairSupplier: Int32Array;
  /** True when the pair's payee is a partner council (recharges). */
  pairPartner: Uint8Array;
  /** The pair's number of rows. */
  pairSize: Int32Array;
  /** The pair's last row. */
  pairLast: Int32Array;
  /** Row → the row before it of its pair (-1: none), for `rowsOf`. */
  previousInPair: Int32Array;
  /** supplier text id × council count + council index → pair (-1: none). */
  pairTable: Int32Array;
  /**
   * Pair × year slots, for what indicators add up by pair and year: the years from the pair's first
   * to its last, from pairYearStart[pair] (pairYearStart[pairs] slots in all: about one a row at
   * most, however many years and pairs there are). See pairYearSlot.
   */
  pairYearStart: Int32Array;
  pairFirstYear: Int32Array;
  /** Rows of pairs the ingest marked identical to another record of their file, in order. */
  identicalRows: Int32Array;
}

/** Days since 1970-01-01 of "yyyy-mm-dd", or NO_DAY. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return NO_DAY;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** Per distinct text of the payments' string table: what the per-row pass looks up. */
interface TextTables {
  councilIndex: Int32Array;
  /** Day number of a date text (NO_DAY - 1 until first needed). */
  dayOfText: Int32Array;
  monthOfText: Uint8Array;
  yearOfText: Int32Array;
  /** 1 for supplier ids that never form a pair (unnamed, empty). */
  excluded: Uint8Array;
  years: string[];
}

function textTables(input: FlagInput): TextTables {
  const p = input.payments;
  const text = p.text;
  const textSize = text.values.length;
  const councilIndex = new Int32Array(textSize).fill(-1);
  input.councils.forEach((c, i) => {
    const id = text.idOf(c.slug);
    if (id !== undefined) councilIndex[id] = i;
  });
  const yearSeen = new Uint8Array(textSize);
  const yearColumn = p.year;
  for (let row = 0; row < p.size; row++) yearSeen[yearColumn[row] as number] = 1;
  const yearIds: number[] = [];
  for (let id = 0; id < textSize; id++) if (yearSeen[id] === 1 && text.get(id) !== "") yearIds.push(id);
  const years = yearIds.map((id) => text.get(id)).sort();
  const yearOfText = new Int32Array(textSize).fill(-1);
  for (const id of yearIds) yearOfText[id] = years.indexOf(text.get(id));
  const excluded = new Uint8Array(textSize);
  for (const id of [UNNAMED_ID, ""]) {
    const at = text.idOf(id);
    if (at !== undefined) excluded[at] = 1;
  }
  return {
    councilIndex,
    dayOfText: new Int32Array(textSize).fill(NO_DAY - 1),
    monthOfText: new Uint8Array(textSize),
    yearOfText,
    excluded,
    years,
  };
}

/** Sets the day number and month of a date text the first time a row uses it; returns the day. */
function dateOf(p: FlagPayments, t: TextTables, id: number): number {
  const iso = p.text.get(id);
  const d = dayNumber(iso);
  t.dayOfText[id] = d;
  t.monthOfText[id] = d === NO_DAY ? 0 : Number(iso.slice(5, 7));
  return d;
}

/** Per pair, as many as there can be (typed arrays: the per-row pass reads and writes them). */
class Pairs {
  count = 0;
  readonly council: Int32Array;
  readonly supplier: Int32Array;
  readonly partner: Uint8Array;
  readonly size: Int32Array;
  readonly last: Int32Array;
  /** Lowest and highest year index of the pair's rows (maxYear -1 when none has a year). */
  readonly minYear: Int32Array;
  readonly maxYear: Int32Array;

  constructor(capacity: number) {
    this.council = new Int32Array(capacity);
    this.supplier = new Int32Array(capacity);
    this.partner = new Uint8Array(capacity);
    this.size = new Int32Array(capacity);
    this.last = new Int32Array(capacity);
    this.minYear = new Int32Array(capacity);
    this.maxYear = new Int32Array(capacity);
  }

  add(council: number, supplier: number, partner: number): number {
    const pair = this.count++;
    this.council[pair] = council;
    this.supplier[pair] = supplier;
    this.partner[pair] = partner;
    this.last[pair] = -1;
    this.minYear[pair] = 2_147_483_647;
    this.maxYear[pair] = -1;
    return pair;
  }
}

/**
 * The per-row columns, each row's pair (created as first seen) with the link to the pair's row before
 * it, each pair's rows and years, and the identical records of pairs (in `identical`; returns how
 * many).
 */
function perRow(
  p: FlagPayments,
  t: TextTables,
  councils: number,
  pairTable: Int32Array,
  pairs: Pairs,
  out: {
    councilOf: Int16Array | Int32Array;
    day: Int32Array;
    month: Uint8Array;
    yearOf: Int16Array | Int32Array;
    pairOf: Int32Array;
    previousInPair: Int32Array;
  },
  identical: Int32Array,
): number {
  const { councilIndex, dayOfText, monthOfText, yearOfText, excluded } = t;
  const { councilOf, day, month, yearOf, pairOf, previousInPair } = out;
  const { council: councilColumn, date, year, supplierId, marks } = p;
  const { size, last } = pairs;
  let found = 0;
  for (let row = 0; row < p.size; row++) {
    const council = councilIndex[councilColumn[row] as number] as number;
    councilOf[row] = council;
    const dateId = date[row] as number;
    let d = dayOfText[dateId] as number;
    if (d === NO_DAY - 1) d = dateOf(p, t, dateId);
    day[row] = d;
    month[row] = monthOfText[dateId] as number;
    const y = yearOfText[year[row] as number] as number;
    yearOf[row] = y;
    const supplier = supplierId[row] as number;
    const mark = marks[row] as number;
    if (council < 0 || (mark & REDACTED) !== 0 || excluded[supplier] === 1) {
      pairOf[row] = -1;
      previousInPair[row] = -1;
      continue;
    }
    const slot = supplier * councils + council;
    let pair = pairTable[slot] as number;
    if (pair < 0) {
      pair = pairs.add(council, supplier, (mark & PARTNER) !== 0 ? 1 : 0);
      pairTable[slot] = pair;
    }
    size[pair] = (size[pair] as number) + 1;
    previousInPair[row] = last[pair] as number;
    last[pair] = row;
    pairOf[row] = pair;
    if (y >= 0) {
      pairs.minYear[pair] = Math.min(pairs.minYear[pair] as number, y);
      pairs.maxYear[pair] = Math.max(pairs.maxYear[pair] as number, y);
    }
    // Identical records of pairs: written for every row, kept when marked (no rare branch).
    identical[found] = row;
    found += +((mark & IDENTICAL) !== 0);
  }
  return found;
}

export function flagContext(input: FlagInput): FlagContext {
  const p = input.payments;
  const tables = textTables(input);
  const n = p.size;
  const councils = input.councils.length;
  // Pair index by supplier text id × council index: a direct table, no hashing per row.
  const pairTable = new Int32Array(p.text.values.length * Math.max(1, councils)).fill(-1);
  const pairs = new Pairs(Math.min(n, pairTable.length) + 1);
  const columns = {
    councilOf: councils < 32_767 ? new Int16Array(n) : new Int32Array(n),
    day: new Int32Array(n),
    month: new Uint8Array(n),
    yearOf: tables.years.length < 32_767 ? new Int16Array(n) : new Int32Array(n),
    pairOf: new Int32Array(n),
    previousInPair: new Int32Array(n),
  };
  const identical = new Int32Array(n);
  const identicalRows = identical.slice(0, perRow(p, tables, councils, pairTable, pairs, columns, identical));
  const pairSize = pairs.size.slice(0, pairs.count);
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const d of tables.dayOfText) {
    if (d === NO_DAY || d === NO_DAY - 1) continue;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  return {
    ...input,
    councilIndex: new Map(input.councils.map((c, i) => [c.slug, i])),
    ...columns,
    years: tables.years,
    firstDay: Number.isFinite(firstDay) ? firstDay : 0,
    lastDay: Number.isFinite(lastDay) ? lastDay : -1,
    pairCouncil: pairs.council.slice(0, pairs.count),
    pairSupplier: pairs.supplier.slice(0, pairs.count),
    pairPartner: pairs.partner.slice(0, pairs.count),
    pairSize,
    pairLast: pairs.last.slice(0, pairs.count),
    pairTable,
    identicalRows,
    ...pairYears(pairs),
  };
}

function pairYears(pairs: Pairs): { pairYearStart: Int32Array; pairFirstYear: Int32Array } {
  const count = pairs.count;
  const pairYearStart = new Int32Array(count + 1);
  const pairFirstYear = new Int32Array(count);
  for (let pair = 0; pair < count; pair++) {
    const last = pairs.maxYear[pair] as number;
    const first = last < 0 ? 0 : (pairs.minYear[pair] as number);
    pairFirstYear[pair] = first;
    pairYearStart[pair + 1] = (pairYearStart[pair] as number) + (last < 0 ? 0 : last - first + 1);
  }
  return { pairYearStart, pairFirstYear };
}

/** The slot of a pair and a year index the pair has rows in (within its first to last year). */
export const pairYearSlot = (ctx: FlagContext, pair: number, year: number): number =>
  (ctx.pairYearStart[pair] as number) + year - (ctx.pairFirstYear[pair] as number);

/** A pair's rows, in payments.csv order (following the links from its last row). */
export function rowsOf(ctx: FlagContext, pair: number): Int32Array {
  const rows = new Int32Array(ctx.pairSize[pair] as number);
  let row = ctx.pairLast[pair] as number;
  for (let i = rows.length - 1; i >= 0; i--) {
    rows[i] = row;
    row = ctx.previousInPair[row] as number;
  }
  return rows;
}

/**
 * The rows of the pairs marked 1 in `selected`, grouped by pair in payments.csv order, in one pass over
 * the rows: for an indicator that reads the rows of many pairs (rowsOf follows each pair's links).
 */
export function rowsOfPairs(ctx: FlagContext, selected: Uint8Array): RowGroups {
  const pairs = pairCount(ctx);
  const start = new Int32Array(pairs + 1);
  for (let pair = 0; pair < pairs; pair++)
    start[pair + 1] = (start[pair] as number) + (selected[pair] === 1 ? (ctx.pairSize[pair] as number) : 0);
  const rows = new Int32Array(start[pairs] as number);
  if (rows.length > 0) gather(ctx.pairOf, selected, start.slice(0, pairs), rows);
  return { start, rows };
}

function gather(pairOf: Int32Array, selected: Uint8Array, next: Int32Array, rows: Int32Array): void {
  for (let row = 0; row < pairOf.length; row++) {
    const pair = pairOf[row] as number;
    if (pair < 0 || selected[pair] !== 1) continue;
    const at = next[pair] as number;
    next[pair] = at + 1;
    rows[at] = row;
  }
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
