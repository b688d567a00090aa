// Exact totals of payment rows grouped by a column of the payment table.

import type { PaymentTable } from "../dataset/payments.ts";
import { ExactSum } from "../exact-sum.ts";

export interface Total {
  key: string;
  total: bigint;
  count: number;
}

/** Totals of the given rows by a text column (council, year, supplierId, area…), largest first. */
export function totalsBy(
  table: PaymentTable,
  rows: ArrayLike<number>,
  column: ArrayLike<number>,
  keep: (row: number) => boolean = () => true,
): Total[] {
  const sums = new Map<number, { sum: ExactSum; count: number }>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (!keep(row)) continue;
    const key = column[row] as number;
    let entry = sums.get(key);
    if (!entry) {
      entry = { sum: new ExactSum(), count: 0 };
      sums.set(key, entry);
    }
    entry.sum.add(table.amount[row] as number);
    entry.count++;
  }
  return [...sums]
    .map(([key, { sum, count }]) => ({ key: table.text.get(key), total: sum.value(), count }))
    .sort((a, b) => (a.total === b.total ? a.key.localeCompare(b.key) : a.total > b.total ? -1 : 1));
}

/** Largest first, ties by key (as totalsBy orders them). */
const largestFirst = (a: Total, b: Total): number =>
  a.total === b.total ? a.key.localeCompare(b.key) : a.total > b.total ? -1 : 1;

/** Totals already summed (by SQL: src/lib/columnar/) added up by a key, ordered as totalsBy orders them. */
export function totalsOf<R extends { total: bigint; payments: number }>(
  rows: readonly R[],
  key: (row: R) => string,
): Total[] {
  const sums = new Map<string, Total>();
  for (const r of rows) {
    const k = key(r);
    const entry = sums.get(k);
    if (entry) {
      entry.total += r.total;
      entry.count += r.payments;
    } else sums.set(k, { key: k, total: r.total, count: r.payments });
  }
  return [...sums.values()].sort(largestFirst);
}

/** A matrix from totals already summed (by SQL), keyed by row and column, in the order matrixOf gives. */
export function matrixOfTotals<R extends { total: bigint }>(
  rows: readonly R[],
  rowKey: (row: R) => string,
  columnKey: (row: R) => string,
  order: { rows?: string[]; columns?: string[] } = {},
): Matrix {
  const sums = new Map<string, bigint>();
  const rowSet = new Set<string>();
  const columnSet = new Set<string>();
  for (const r of rows) {
    const [row, column] = [rowKey(r), columnKey(r)];
    rowSet.add(row);
    columnSet.add(column);
    const key = `${row}\u0000${column}`;
    sums.set(key, (sums.get(key) ?? 0n) + r.total);
  }
  const ordered = (set: Set<string>, preferred?: string[]) =>
    preferred ? preferred.filter((k) => set.has(k)) : [...set].sort();
  const rowKeys = ordered(rowSet, order.rows);
  const columnKeys = ordered(columnSet, order.columns);
  const cells = rowKeys.map((r) => columnKeys.map((c) => sums.get(`${r}\u0000${c}`) ?? null));
  return matrixFromCells(rowKeys, columnKeys, cells);
}

/** Exact total and count of the given rows. */
export function totalOf(
  table: PaymentTable,
  rows: ArrayLike<number>,
  keep: (row: number) => boolean = () => true,
): { total: bigint; count: number } {
  const sum = new ExactSum();
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (!keep(row)) continue;
    sum.add(table.amount[row] as number);
    count++;
  }
  return { total: sum.value(), count };
}

/** A two-way table of exact totals: rows × columns, with row, column and grand totals. */
export interface Matrix {
  rowKeys: string[];
  columnKeys: string[];
  /** cells[r][c]; null where no payment. */
  cells: (bigint | null)[][];
  rowTotals: bigint[];
  columnTotals: bigint[];
  total: bigint;
}

export function matrixOf(
  table: PaymentTable,
  rows: ArrayLike<number>,
  rowColumn: ArrayLike<number>,
  columnColumn: ArrayLike<number>,
  order: { rows?: string[]; columns?: string[] } = {},
  keep: (row: number) => boolean = () => true,
): Matrix {
  // Keyed by the two text ids in one number (ids stay far below 2^26), not by a built string.
  const sums = new Map<number, ExactSum>();
  const rowIds = new Set<number>();
  const columnIds = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (!keep(row)) continue;
    const r = rowColumn[row] as number;
    const c = columnColumn[row] as number;
    rowIds.add(r);
    columnIds.add(c);
    const key = r * 2 ** 26 + c;
    let sum = sums.get(key);
    if (!sum) {
      sum = new ExactSum();
      sums.set(key, sum);
    }
    sum.add(table.amount[row] as number);
  }
  const rowSet = new Set([...rowIds].map((id) => table.text.get(id)));
  const columnSet = new Set([...columnIds].map((id) => table.text.get(id)));
  const ordered = (set: Set<string>, preferred?: string[]) =>
    preferred ? preferred.filter((k) => set.has(k)) : [...set].sort();
  const rowKeys = ordered(rowSet, order.rows);
  const columnKeys = ordered(columnSet, order.columns);
  const idOf = (key: string) => table.text.idOf(key) ?? -1;
  const cells = rowKeys.map((r) =>
    columnKeys.map((c) => sums.get(idOf(r) * 2 ** 26 + idOf(c))?.value() ?? null),
  );
  return matrixFromCells(rowKeys, columnKeys, cells);
}

/** A matrix from its cells, with row, column and grand totals. */
export function matrixFromCells(rowKeys: string[], columnKeys: string[], cells: (bigint | null)[][]): Matrix {
  const rowTotals = cells.map((line) => line.reduce<bigint>((a, v) => a + (v ?? 0n), 0n));
  const columnTotals = columnKeys.map((_, c) => cells.reduce<bigint>((a, line) => a + (line[c] ?? 0n), 0n));
  return {
    rowKeys,
    columnKeys,
    cells,
    rowTotals,
    columnTotals,
    total: rowTotals.reduce((a, v) => a + v, 0n),
  };
}

/** The n rows with the largest amounts (ties: earlier row first). */
export function largestRows(table: PaymentTable, rows: ArrayLike<number>, n: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const amount = table.amount[row] as number;
    if (top.length === n && amount <= (table.amount[top[n - 1] as number] as number)) continue;
    let at = top.length;
    while (at > 0 && (table.amount[top[at - 1] as number] as number) < amount) at--;
    top.splice(at, 0, row);
    if (top.length > n) top.pop();
  }
  return top;
}
