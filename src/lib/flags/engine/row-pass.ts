// The per-row pass that builds a FlagContext (context.ts): per distinct text of the payments' string
// table its council index, day number, month and financial year; then, row by row, those columns and
// each row's council × supplier pair (created as first seen), linked to the pair's row before it; and
// each pair's council, supplier, rows and years.
import { UNNAMED_ID } from "../../tables/supplier-ids.ts";
import type { FlagContext, FlagInput } from "./context.ts";
import { type FlagPayments, IDENTICAL, PARTNER, REDACTED } from "./payments.ts";
import { shared } from "./shared.ts";

/** The day number of a payment without an ISO date (far before any real date). */
export const NO_DAY = -2_000_000_000;

/** What the row pass finds: the context but for the input itself and the council index by slug. */
export type RowFacts = Omit<FlagContext, keyof FlagInput | "councilIndex">;

/** Days since 1970-01-01 of "yyyy-mm-dd", or NO_DAY. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return NO_DAY;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** Per distinct text of the payments' string table: what the per-row pass looks up. */
interface TextTables {
  councilIndex: Int32Array;
  /** Day number of a date text (NO_DAY when not an ISO date or not a row's date). */
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
  // Texts used as a year (bit 1) or a date (bit 2) by some row.
  const seen = new Uint8Array(textSize);
  const { year: yearColumn, date: dateColumn } = p;
  for (let row = 0; row < p.size; row++) {
    seen[yearColumn[row] as number] = (seen[yearColumn[row] as number] as number) | 1;
    seen[dateColumn[row] as number] = (seen[dateColumn[row] as number] as number) | 2;
  }
  const yearIds: number[] = [];
  for (let id = 0; id < textSize; id++)
    if (((seen[id] as number) & 1) !== 0 && text.get(id) !== "") yearIds.push(id);
  const years = yearIds.map((id) => text.get(id)).sort();
  const yearOfText = new Int32Array(textSize).fill(-1);
  for (const id of yearIds) yearOfText[id] = years.indexOf(text.get(id));
  const excluded = new Uint8Array(textSize);
  for (const id of [UNNAMED_ID, ""]) {
    const at = text.idOf(id);
    if (at !== undefined) excluded[at] = 1;
  }
  const dayOfText = new Int32Array(textSize).fill(NO_DAY);
  const monthOfText = new Uint8Array(textSize);
  for (let id = 0; id < textSize; id++) {
    if (((seen[id] as number) & 2) === 0) continue;
    const iso = text.get(id);
    const d = dayNumber(iso);
    dayOfText[id] = d;
    monthOfText[id] = d === NO_DAY ? 0 : Number(iso.slice(5, 7));
  }
  return {
    councilIndex,
    dayOfText,
    monthOfText,
    yearOfText,
    excluded,
    years,
  };
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
    day[row] = dayOfText[dateId] as number;
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
export function rowPass(input: FlagInput): RowFacts {
  const p = input.payments;
  const tables = textTables(input);
  const n = p.size;
  const councils = input.councils.length;
  // Pair index by supplier text id × council index: a direct table, no hashing per row.
  const pairTable = new Int32Array(p.text.values.length * Math.max(1, councils)).fill(-1);
  const pairs = new Pairs(Math.min(n, pairTable.length) + 1);
  // What the flags step's second thread reads is in shared memory (flags-thread.ts).
  const columns = {
    councilOf: councils < 32_767 ? shared(Int16Array, n) : shared(Int32Array, n),
    day: shared(Int32Array, n),
    month: shared(Uint8Array, n),
    yearOf: tables.years.length < 32_767 ? shared(Int16Array, n) : shared(Int32Array, n),
    pairOf: shared(Int32Array, n),
    previousInPair: new Int32Array(n),
  };
  const identical = new Int32Array(n);
  const identicalRows = identical.slice(0, perRow(p, tables, councils, pairTable, pairs, columns, identical));
  const pairSize = pairs.size.slice(0, pairs.count);
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const d of tables.dayOfText) {
    if (d === NO_DAY) continue;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  return {
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
function pairYears(pairs: Pairs): {
  pairYearStart: Int32Array;
  pairFirstYear: Int32Array;
  pairYearBase: Int32Array;
} {
  const count = pairs.count;
  const pairYearStart = new Int32Array(count + 1);
  const pairFirstYear = new Int32Array(count);
  const pairYearBase = new Int32Array(count);
  for (let pair = 0; pair < count; pair++) {
    const last = pairs.maxYear[pair] as number;
    const first = last < 0 ? 0 : (pairs.minYear[pair] as number);
    pairFirstYear[pair] = first;
    pairYearBase[pair] = (pairYearStart[pair] as number) - first;
    pairYearStart[pair + 1] = (pairYearStart[pair] as number) + (last < 0 ? 0 : last - first + 1);
  }
  return { pairYearStart, pairFirstYear, pairYearBase };
}
