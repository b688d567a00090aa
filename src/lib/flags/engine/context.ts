// What every indicator reads, built once in one pass over the rows: per-row council index, day number,
// month, financial-year index and council × supplier pair ("pairs"), with each pair's council,
// supplier, number of rows and years. Redacted payees and payments without a published supplier never
// form a pair: they are never grouped together as one supplier. The indicators add up rows in
// payments.csv order into tables indexed by pair or pair × year (sequential reads, no hashing per
// row; see tallies.ts), and find the rows of the pairs they flag with `rowsOf` (each row links to the
// pair's row before it) or, for many pairs at once, `rowsOfPairs`. The pass itself is in row-pass.ts.
import type { CategoryOverrides } from "../../categories/classify.ts";
import type { ContractRecord } from "../../dataset/contracts.ts";
import type { RowGroups } from "../../dataset/row-groups.ts";
import type { FlagPayments } from "./payments.ts";
import { rowPass } from "./row-pass.ts";

export { dayNumber, NO_DAY } from "./row-pass.ts";

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
  /** pairYearStart − pairFirstYear: a pair's slot for year index y is pairYearBase[pair] + y (one read
   * for the per-row passes instead of two). */
  pairYearBase: Int32Array;
  /** Rows of pairs the ingest marked identical to another record of their file, in order. */
  identicalRows: Int32Array;
}

export function flagContext(input: FlagInput): FlagContext {
  return {
    ...input,
    councilIndex: new Map(input.councils.map((c, i) => [c.slug, i])),
    ...rowPass(input),
  };
}

/** The slot of a pair and a year index the pair has rows in (within its first to last year). */
export const pairYearSlot = (ctx: FlagContext, pair: number, year: number): number =>
  (ctx.pairYearBase[pair] as number) + year;

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
