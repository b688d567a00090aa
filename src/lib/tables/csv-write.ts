// CSV output for downloads: RFC 4180 quoting, and text cells neutralised against spreadsheet
// formula injection (OWASP): a text cell starting with = + - @ tab or CR gets a leading apostrophe.
// Numeric columns are written as plain numbers and never altered. A table's lines are written by
// csvLineOf from its declaration, one cell reader per column.
import type { ColumnName, Table } from "./table.ts";

const NEEDS_QUOTES = /[",\r\n]/;

export function textCell(value: string): string {
  let text = value;
  const first = text.charCodeAt(0);
  // = + - @ \t \r
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) {
    text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A value written exactly as given (a decimal amount such as -540.00): never guarded or quoted. */
export interface PlainNumber {
  plain: string;
}
export const plain = (value: string): PlainNumber => ({ plain: value });

export type CsvValue = string | number | bigint | boolean | null | PlainNumber;

/** One CSV line: strings are text cells, numbers plain, booleans true/false, null empty. */
export function csvLine(values: readonly CsvValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += ",";
    if (value === null || value === undefined) continue;
    if (typeof value === "string") line += textCell(value);
    else if (typeof value === "object") line += value.plain;
    else line += String(value);
  }
  return line;
}

/** Undoes the download guard against formula injection: "'=SUM()" was published as "=SUM()". */
export function unguard(cell: string): string {
  if (cell.charCodeAt(0) !== 39) return cell;
  const c = cell.charCodeAt(1);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? cell.slice(1) : cell;
}

/** How each cell of a table's line is read from a record: one function per column, by name. */
export type CellsOf<T extends Table, R> = { readonly [K in ColumnName<T>]: (record: R) => CsvValue };

/** The line writer of a table: a record's cells in the table's column order (resolved once, here). */
export function csvLineOf<T extends Table, R>(table: T, cells: CellsOf<T, R>): (record: R) => string {
  const readers = table.names.map((name) => cells[name as ColumnName<T>]);
  const values = new Array<CsvValue>(readers.length).fill(null);
  return (record) => {
    for (let i = 0; i < readers.length; i++) values[i] = (readers[i] as (record: R) => CsvValue)(record);
    return csvLine(values);
  };
}
