// A filter run over payments.parquet: the row groups its statistics (and, for suppliers, bloom
// filters) leave, the few columns the filter needs from each, then the matches sorted; a page's or a
// download's payments are then read from the groups they are in (download.ts), with only the columns shown.
import type { PaymentColumn } from "../tables/payments.ts";
import type { ParquetPayment } from "./csv.ts";
import type { FilterBounds, PaymentFilter } from "./filter.ts";
import { columnsFor, type FilterColumns, type MatchRules, matchingRows } from "./match.ts";
import { collectMatches, type Matches, sortedOrder } from "./order.ts";
import type { PaymentsParquet } from "./parquet.ts";
import { groupsToRead } from "./plan.ts";

export interface QueryResult {
  matches: Matches;
  /** Positions into `matches`, in the order asked for. */
  order: Int32Array;
  /** Row groups read, of all. */
  groupsRead: number;
  groups: number;
}

/** Runs the filter; `supplierIds` null for any supplier (an empty set matches nothing). */
export async function runQuery(
  file: PaymentsParquet,
  filter: PaymentFilter,
  bounds: FilterBounds,
  supplierIds: ReadonlySet<string> | null,
): Promise<QueryResult> {
  const rules: MatchRules = {
    council: filter.council,
    supplierIds,
    bounds,
    department: filter.department,
    type: filter.type,
  };
  const byAmount = filter.sort.startsWith("amount");
  let groups = supplierIds?.size === 0 ? [] : groupsToRead(file.groupStats(), filter.council, bounds);
  if (supplierIds && groups.length > 0) {
    const may = await Promise.all(groups.map((g) => file.groupMayHold(g, supplierIds)));
    groups = groups.filter((_, i) => may[i]);
  }
  const columns = columnsFor(rules, byAmount);
  const parts = await Promise.all(
    groups.map(async (group) => {
      const read = (await file.columns(group, columns)) as FilterColumns;
      const rows = matchingRows(read, file.groupRows(group), rules);
      const keySource = (byAmount ? read.amount : read.date) as ArrayLike<number | bigint>;
      const keys = new Float64Array(file.groupRows(group));
      for (const row of rows) keys[row] = Number(keySource[row]);
      return { group, rows, keys };
    }),
  );
  const matches = collectMatches(parts);
  return {
    matches,
    order: sortedOrder(matches, filter.sort),
    groupsRead: groups.length,
    groups: file.groupCount,
  };
}

/** The columns a page of results shows (the long id, description and reference columns are left unread). */
export const SHOWN_COLUMNS = [
  "council",
  "date",
  "amount",
  "supplier_id",
  "supplier",
  "expense_area",
  "expense_type",
  "source_file",
  "source_line",
] as const satisfies readonly PaymentColumn[];

export type ShownPayment = Pick<ParquetPayment, (typeof SHOWN_COLUMNS)[number]>;

/** The payments at some positions of the order, with the given columns (every column: a whole payment). */
export async function paymentsAt<K extends PaymentColumn>(
  file: PaymentsParquet,
  matches: Matches,
  positions: ArrayLike<number>,
  columns: readonly K[],
): Promise<Pick<ParquetPayment, K>[]> {
  const groups = [...new Set(Array.from(positions, (p) => matches.group[p] as number))];
  const read = new Map(
    await Promise.all(groups.map(async (g) => [g, await file.columns(g, columns)] as const)),
  );
  return Array.from(positions, (p) => {
    const group = read.get(matches.group[p] as number) as Record<string, ArrayLike<unknown>>;
    const row = matches.row[p] as number;
    const payment: Record<string, unknown> = {};
    for (const name of columns) payment[name] = group[name]?.[row];
    return payment as Pick<ParquetPayment, K>;
  });
}
