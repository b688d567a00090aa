// The dataset written once as Apache Parquet: each of the ingest's tables (payments, contracts,
// suppliers) read from the CSV the ingest wrote and cast to its declared column types — text as
// published (the download guard against spreadsheet formulas undone), amounts as exact DECIMAL(18, 6)
// (or 38 digits for a sum), dates as DATE, booleans, integers. Payments are sorted by council, date
// and supplier id (then id: a total order, so the same input gives the same bytes).
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { CONTRACTS } from "../tables/contracts.ts";
import { PAYMENTS } from "../tables/payments.ts";
import { SUPPLIERS } from "../tables/suppliers.ts";
import type { Column, Table } from "../tables/table.ts";
import { closeDuckDb, fillSql, openDuckDb, rowsOf, sqlFile, sqlName, sqlText } from "./duckdb.ts";

/** Digits after the point of every exact amount: integer micros, as money.ts holds them. */
export const AMOUNT_SCALE = 6;

/** The Parquet file of a table: payments.csv → payments.parquet. */
export const parquetFile = (table: Table): string => table.file.replace(/\.csv$/, ".parquet");

/** Each table written as Parquet, and the order of its rows (none: as in its CSV). */
export const PARQUET_TABLES: readonly { table: Table; orderBy: readonly string[] }[] = [
  { table: PAYMENTS, orderBy: ["council", "date", "supplier_id", "id"] },
  { table: CONTRACTS, orderBy: [] },
  { table: SUPPLIERS, orderBy: [] },
];

/** The SQL type of a declared column. */
export function sqlTypeOf(column: Column): string {
  switch (column.type) {
    case "number":
      return `DECIMAL(${column.digits ?? 18}, ${AMOUNT_SCALE})`;
    case "integer":
      return "INTEGER";
    case "boolean":
      return "BOOLEAN";
    case "date":
      return "DATE";
    default:
      return "VARCHAR";
  }
}

/** A text cell as published: the CSV's leading apostrophe before = + - @ tab or CR removed (unguard). */
const unguarded = (cell: string): string =>
  `CASE WHEN substr(${cell}, 1, 1) = '''' AND substr(${cell}, 2, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) ` +
  `THEN substr(${cell}, 2) ELSE ${cell} END`;

/** The typed value of a column from its CSV text: empty text is '' for text, NULL otherwise. */
function typedCell(column: Column): string {
  const cell = sqlName(column.name);
  const type = sqlTypeOf(column);
  if (type === "VARCHAR") return `${unguarded(`COALESCE(${cell}, '')`)} AS ${cell}`;
  return `CAST(NULLIF(${cell}, '') AS ${type}) AS ${cell}`;
}

/** Rows per Parquet row group: about 100,000, so a reader fetching by range skips what it does not need. */
export const ROW_GROUP_ROWS = 100_000;

/** Writes outDir/<table>.parquet from outDir/<table>.csv; the CSV's header must be the declared one. */
export function writeParquetTable(
  db: DuckDBConnection,
  outDir: string,
  table: Table,
  orderBy: readonly string[],
): Promise<void> {
  return writeParquetFrom(db, join(outDir, table.file), join(outDir, parquetFile(table)), table, orderBy);
}

/** The file's first line, reading at most `most` bytes of it (the file may be larger than any string). */
export function firstLine(path: string, most: number): string {
  const fd = openSync(path, "r");
  try {
    const bytes = Buffer.alloc(most);
    const read = readSync(fd, bytes, 0, most, 0);
    return bytes.subarray(0, read).toString("utf8").split(/\r?\n/)[0] ?? "";
  } finally {
    closeSync(fd);
  }
}

/** Writes `target` from `source`, a CSV of the table (its header the declared one), in row groups of `rowGroupRows`. */
export async function writeParquetFrom(
  db: DuckDBConnection,
  source: string,
  target: string,
  table: Table,
  orderBy: readonly string[],
  rowGroupRows = ROW_GROUP_ROWS,
): Promise<void> {
  if (firstLine(source, table.header.length + 2) !== table.header)
    throw new Error(`${source}: its header is not "${table.header}" (re-run "npm run ingest")`);
  const columns = `{${table.names.map((n) => `${sqlText(n)}: 'VARCHAR'`).join(", ")}}`;
  const sql = fillSql(sqlFile("csv-to-parquet"), {
    select: table.columns.map(typedCell).join(",\n         "),
    source: sqlText(source),
    columns,
    order: orderBy.length > 0 ? `ORDER BY ${orderBy.map(sqlName).join(", ")}` : "",
    target: sqlText(target),
    row_group_size: String(Math.max(1, Math.floor(rowGroupRows))),
  });
  try {
    await db.run(sql);
  } catch (error) {
    throw new Error(`${source}: not written as Parquet: ${error instanceof Error ? error.message : error}`);
  }
}

/**
 * payments.parquet from a payments.csv anywhere (a generated corpus, a test's few lines), as the
 * columnar step writes it; resolves with the number of payments written.
 */
export async function writePaymentsParquet(
  csvPath: string,
  parquetPath: string,
  rowGroupRows = ROW_GROUP_ROWS,
): Promise<number> {
  const db = await openDuckDb();
  try {
    const payments = PARQUET_TABLES.find((t) => t.table === PAYMENTS) as (typeof PARQUET_TABLES)[number];
    await writeParquetFrom(db, csvPath, parquetPath, PAYMENTS, payments.orderBy, rowGroupRows);
    const [row] = await rowsOf(db, `SELECT count(*) AS n FROM read_parquet(${sqlText(parquetPath)})`);
    return Number(row?.n ?? 0);
  } finally {
    closeDuckDb(db);
  }
}
