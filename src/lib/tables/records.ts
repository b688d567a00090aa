// A table's lines as records (RecordOf): each cell read and written by its column's declared type, so
// a table whose record mirrors its columns needs no field-by-field code. Text as it is, integers,
// exact amounts (plain decimals, integer micros), true/false, lists joined by their separator; a
// nullable column's empty cell is null. Each column's converter is chosen once per table, not per line.
import { formatDecimal } from "../money.ts";
import { type CsvValue, csvLine, plain } from "./csv-write.ts";
import { microsOf } from "./decimal.ts";
import { type Column, type ColumnName, camel, type Positions, type RecordOf, type Table } from "./table.ts";

type Field = Record<string, unknown>;

function writerOf(column: Column): (value: unknown) => CsvValue {
  const { list } = column;
  if (list !== undefined) return (value) => (value as string[]).join(list);
  if (column.type === "number")
    return (value) => (value === null ? null : plain(formatDecimal(value as number | bigint)));
  return (value) => value as CsvValue;
}

/** The line writer of a table whose records mirror its columns (amounts as micros or bigint sums). */
export function recordLineOf<T extends Table>(table: T): (record: RecordOf<T, number | bigint>) => string {
  const keys = table.columns.map((c) => camel(c.name));
  const writers = table.columns.map(writerOf);
  const values = new Array<CsvValue>(keys.length).fill(null);
  return (record) => {
    const fields = record as Field;
    for (let i = 0; i < keys.length; i++)
      values[i] = (writers[i] as (v: unknown) => CsvValue)(fields[keys[i] as string]);
    return csvLine(values);
  };
}

const yesNo = (cell: string): boolean | null => (cell === "true" ? true : cell === "false" ? false : null);

function readerOf(column: Column): (cell: string) => unknown {
  const { list, nullable } = column;
  if (list !== undefined) return (cell) => cell.split(list).filter((item) => item !== "");
  switch (column.type) {
    case "integer":
      return nullable ? (cell) => (cell === "" ? null : Number(cell)) : Number;
    case "number":
      return nullable
        ? (cell) => {
            const micros = cell === "" ? Number.NaN : microsOf(cell);
            return Number.isNaN(micros) ? null : micros;
          }
        : (cell) => (cell === "" ? 0 : microsOf(cell));
    case "boolean":
      return nullable ? yesNo : (cell) => cell === "true";
    default:
      return (cell) => cell;
  }
}

/**
 * The record reader of a table, for a file whose header put its columns at `at`: a missing cell reads
 * as an empty one; an amount that is not a decimal is null (nullable) or NaN.
 */
export function recordReaderOf<T extends Table>(
  table: T,
  at: Positions<ColumnName<T>>,
): (cells: readonly string[]) => RecordOf<T> {
  const keys = table.columns.map((c) => camel(c.name));
  const positions = table.columns.map((c) => at[c.name as ColumnName<T>]);
  const readers = table.columns.map(readerOf);
  return (cells) => {
    const record: Field = {};
    for (let i = 0; i < keys.length; i++) {
      const read = readers[i] as (cell: string) => unknown;
      record[keys[i] as string] = read(cells[positions[i] as number] ?? "");
    }
    return record as RecordOf<T>;
  };
}
