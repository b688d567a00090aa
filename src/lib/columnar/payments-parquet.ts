// payments.parquet: every payment of payments.csv in one Apache Parquet file for the browser (the
// /payments/ browser and the in-browser per-supplier downloads read it with HTTP range requests).
// Written by DuckDB from the dataset's payments.csv: the same column names, text exactly as
// published (the CSV's formula guard undone), amounts as DECIMAL(18,6), dates as DATE, sorted by
// council, date and supplier id (then file order), zstd, row groups of 100,000 rows with min/max
// statistics (and DuckDB's bloom filters on dictionary-encoded columns).
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { PAYMENTS } from "../tables/payments.ts";
import type { ColumnType } from "../tables/table.ts";

export const PAYMENTS_PARQUET = "data/payments.parquet";
export const ROW_GROUP_ROWS = 100_000;

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The SQL expression of one column, from the CSV's text cell `c`. */
function columnSql(name: string, type: ColumnType): string {
  const c = quoteName(name);
  switch (type) {
    case "number":
      return `CAST(${c} AS DECIMAL(18,6))`;
    case "integer":
      return `CAST(${c} AS INTEGER)`;
    case "boolean":
      return `CAST(${c} AS BOOLEAN)`;
    case "date":
      return `CAST(${c} AS DATE)`;
    default:
      // A text cell published as "=SUM()" is written "'=SUM()" in the CSV: the Parquet holds it as published.
      return `CASE WHEN regexp_matches(${c}, '^''[=+\\-@\\t\\r]') THEN substr(${c}, 2) ELSE coalesce(${c}, '') END`;
  }
}

/** Writes `parquetPath` from `csvPath` (payments.csv); resolves with the number of rows written. */
export async function writePaymentsParquet(
  csvPath: string,
  parquetPath: string,
  rowGroupRows = ROW_GROUP_ROWS,
): Promise<number> {
  mkdirSync(dirname(parquetPath), { recursive: true });
  if (existsSync(parquetPath)) rmSync(parquetPath);
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  try {
    const columns = PAYMENTS.columns
      .map((col) => `${columnSql(col.name, col.type)} AS ${quoteName(col.name)}`)
      .join(", ");
    const types = PAYMENTS.names.map((n) => `${quoteText(n)}: 'VARCHAR'`).join(", ");
    const source = `read_csv(${quoteText(csvPath)}, header = true, quote = '"', escape = '"', columns = {${types}})`;
    const sql = `COPY (
      SELECT ${columns} FROM (SELECT *, row_number() OVER () AS file_order FROM ${source})
      ORDER BY council, date, supplier_id, file_order
    ) TO ${quoteText(parquetPath)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rowGroupRows})`;
    const result = await connection.run(sql);
    return Number(result.rowsChanged);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
