// The matches of a query in the order asked for, and one page of them. A match is its row group and
// row; ties keep the file's order (council, date, supplier), so a page is the same on every load.
import type { PaymentSort } from "./filter.ts";

export interface Matches {
  /** Row group of each match. */
  group: Int32Array;
  /** Row within its group. */
  row: Int32Array;
  /** The sort key: day number or amount in micros. */
  key: Float64Array;
}

/** The matches collected group by group, in file order. */
export function collectMatches(
  parts: readonly { group: number; rows: readonly number[]; keys: ArrayLike<number> }[],
): Matches {
  const total = parts.reduce((n, p) => n + p.rows.length, 0);
  const m: Matches = {
    group: new Int32Array(total),
    row: new Int32Array(total),
    key: new Float64Array(total),
  };
  let at = 0;
  for (const part of parts) {
    for (const row of part.rows) {
      m.group[at] = part.group;
      m.row[at] = row;
      m.key[at] = part.keys[row] as number;
      at++;
    }
  }
  return m;
}

/** Positions into `matches` in the sort order (file order breaks ties). */
export function sortedOrder(matches: Matches, sort: PaymentSort): Int32Array {
  const order = new Int32Array(matches.key.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const direction = sort === "date-asc" || sort === "amount-asc" ? 1 : -1;
  const { key } = matches;
  // Matches are collected in file order, so the position itself is the tie-break.
  return order.sort((a, b) => direction * ((key[a] as number) - (key[b] as number)) || a - b);
}

export const PAGE_SIZE = 50;

/** The page's positions and the number of pages (at least 1). */
export function pageOf(
  order: Int32Array,
  page: number,
  size = PAGE_SIZE,
): { rows: Int32Array; pages: number } {
  const pages = Math.max(1, Math.ceil(order.length / size));
  const at = Math.min(Math.max(page, 1), pages);
  return { rows: order.subarray((at - 1) * size, at * size), pages };
}
