// Reads payments.parquet back in the order of payments.csv (council, the files in the order the
// ingest read them, line): the flags and the pages index rows by position, so reading the Parquet
// file in this order gives them the same rows, ids and results as the CSV did. Repeated text comes
// as dictionary codes (each distinct string made once), amounts as exact integer micros.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Micros } from "../model.ts";
import { microsOf } from "../tables/decimal.ts";
import { PAYMENTS, type PaymentColumn } from "../tables/payments.ts";
import type { Positions } from "../tables/table.ts";
import { closeDuckDb, fillSql, openDuckDb, sqlFile, sqlName, sqlText } from "./duckdb.ts";
import { parquetFile } from "./parquet-tables.ts";

/** Text columns with few distinct values, read as codes into their dictionary. */
const CODED = [
  "council",
  "date",
  "financial_year",
  "supplier_id",
  "supplier",
  "expense_area",
  "expense_type",
  "source_file",
] as const satisfies readonly PaymentColumn[];
/** Columns read as they are (a string per row for id and transaction_ref). */
const PLAIN = ["id", "transaction_ref", "source_line"] as const satisfies readonly PaymentColumn[];
/** The three marks, one bit each in one integer column (one read per row instead of three). */
const MARKS =
  "(CASE WHEN p.redacted THEN 1 ELSE 0 END) + (CASE WHEN p.partner_payment THEN 2 ELSE 0 END) + " +
  "(CASE WHEN p.possible_duplicate THEN 4 ELSE 0 END) AS marks";

/** One payment as read: text as published, the amount in exact micros. */
export interface PaymentCells {
  id: string;
  council: string;
  date: string;
  financial_year: string;
  amount: Micros;
  supplier_id: string;
  supplier: string;
  redacted: boolean;
  partner_payment: boolean;
  expense_area: string;
  expense_type: string;
  transaction_ref: string;
  possible_duplicate: boolean;
  source_file: string;
  source_line: number;
}

/** A line of a payments.csv (a test's fixture) as the same cells; its cells at the header's positions `at`. */
export function paymentCellsOfLine(
  cells: readonly string[],
  at: Positions<PaymentColumn>,
  where: string,
): PaymentCells {
  const cell = (name: PaymentColumn): string => cells[at[name]] ?? "";
  const amount = microsOf(cell("amount"));
  if (Number.isNaN(amount))
    throw new Error(`${where}: amount "${cell("amount")}" of ${cell("id")} is not a decimal`);
  return {
    id: cell("id"),
    council: cell("council"),
    date: cell("date"),
    financial_year: cell("financial_year"),
    amount,
    supplier_id: cell("supplier_id"),
    supplier: cell("supplier"),
    redacted: cell("redacted") === "true",
    partner_payment: cell("partner_payment") === "true",
    expense_area: cell("expense_area"),
    expense_type: cell("expense_type"),
    transaction_ref: cell("transaction_ref"),
    possible_duplicate: cell("possible_duplicate") === "true",
    source_file: cell("source_file"),
    source_line: Number(cell("source_line")),
  };
}

/** The ingest's file order, from quality.json: every file's council and path, in the order read. */
function fileOrder(datasetDir: string): { council: string; file: string }[] {
  const path = join(datasetDir, "quality.json");
  if (!existsSync(path)) return [];
  const quality = JSON.parse(readFileSync(path, "utf8")) as { files: { council: string; file: string }[] };
  return quality.files.map((f) => ({ council: f.council, file: f.file }));
}

/** Opens payments.parquet as the view `payments`, with the table `file_order` (memory: DuckDB's limit). */
export async function openPayments(datasetDir: string, memory?: string): Promise<DuckDBConnection> {
  const path = join(datasetDir, parquetFile(PAYMENTS));
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run columnar" after the ingest.`);
  const db = await openDuckDb(memory);
  await db.run(`CREATE VIEW payments AS SELECT * FROM read_parquet(${sqlText(path)})`);
  await db.run("CREATE TABLE file_order (council VARCHAR, file VARCHAR, position INTEGER)");
  const appender = await db.createAppender("file_order");
  for (const [i, f] of fileOrder(datasetDir).entries()) {
    appender.appendVarchar(f.council);
    appender.appendVarchar(f.file);
    appender.appendInteger(i);
    appender.endRow();
  }
  appender.closeSync();
  return db;
}

const paymentsSql = (): string => {
  const dict = (c: string) => `d_${c}`;
  return fillSql(sqlFile("payments-in-file-order"), {
    dictionaries: CODED.map(
      (c) =>
        `${dict(c)} AS (SELECT v, ROW_NUMBER() OVER (ORDER BY v NULLS LAST) - 1 AS code ` +
        `FROM (SELECT DISTINCT ${sqlName(c)} AS v FROM payments) AS distinct_values)`,
    ).join(",\n     "),
    codes: CODED.map((c) => `${dict(c)}.code AS ${sqlName(c)}`).join(", "),
    columns: [...PLAIN.map((c) => `p.${sqlName(c)}`), MARKS].join(", "),
    joins: CODED.map((c) => `LEFT JOIN ${dict(c)} ON ${dict(c)}.v IS NOT DISTINCT FROM p.${sqlName(c)}`).join(
      "\n",
    ),
  });
};

/** The dictionary of a coded column: its distinct values as text (a date in ISO form), in code order. */
async function dictionaryOf(db: DuckDBConnection, column: string): Promise<string[]> {
  const reader = await db.runAndReadAll(
    `SELECT CAST(v AS VARCHAR) AS text FROM (SELECT DISTINCT ${sqlName(column)} AS v FROM payments) AS d ORDER BY v NULLS LAST`,
  );
  return (reader.getColumnsJS()[0] ?? []).map((v) => (v ?? "") as string);
}

/**
 * Calls onRow with every payment of datasetDir/payments.parquet in payments.csv's order; the object
 * handed over is reused (copy what you keep). Returns the number of payments.
 */
export async function readPaymentRows(
  datasetDir: string,
  onRow: (row: Readonly<PaymentCells>) => void,
): Promise<number> {
  // Read inside the flags step and the Astro build, beside their own columns: a small limit, so the
  // sort into file order spills to disk rather than add to their peak memory.
  const db = await openPayments(datasetDir, process.env.DUCKDB_READ_MEMORY ?? "400MB");
  try {
    const dictionaries: string[][] = [];
    for (const c of CODED) dictionaries.push(await dictionaryOf(db, c));
    const [council, date, year, supplierId, supplier, area, type, file] = dictionaries as [
      string[],
      string[],
      string[],
      string[],
      string[],
      string[],
      string[],
      string[],
    ];
    const row: PaymentCells = {
      id: "",
      council: "",
      date: "",
      financial_year: "",
      amount: 0,
      supplier_id: "",
      supplier: "",
      redacted: false,
      partner_payment: false,
      expense_area: "",
      expense_type: "",
      transaction_ref: "",
      possible_duplicate: false,
      source_file: "",
      source_line: 0,
    };
    const result = await db.stream(paymentsSql());
    let count = 0;
    for await (const chunk of result) {
      const n = chunk.rowCount;
      const v = Array.from({ length: chunk.columnCount }, (_, i) => chunk.getColumnVector(i));
      const [cCouncil, cDate, cYear, cSupplierId, cSupplier, cArea, cType, cFile] = v;
      const [cId, cRef, cLine, cMarks, cMicros] = v.slice(CODED.length);
      if (!cFile || !cMicros) throw new Error("payments query: columns missing");
      for (let r = 0; r < n; r++) {
        row.council = council[cCouncil?.getItem(r) as number] as string;
        row.date = date[cDate?.getItem(r) as number] as string;
        row.financial_year = year[cYear?.getItem(r) as number] as string;
        row.supplier_id = supplierId[cSupplierId?.getItem(r) as number] as string;
        row.supplier = supplier[cSupplier?.getItem(r) as number] as string;
        row.expense_area = area[cArea?.getItem(r) as number] as string;
        row.expense_type = type[cType?.getItem(r) as number] as string;
        row.source_file = file[cFile.getItem(r) as number] as string;
        row.id = cId?.getItem(r) as string;
        row.transaction_ref = cRef?.getItem(r) as string;
        const marks = cMarks?.getItem(r) as number;
        row.redacted = (marks & 1) !== 0;
        row.partner_payment = (marks & 2) !== 0;
        row.possible_duplicate = (marks & 4) !== 0;
        row.source_line = cLine?.getItem(r) as number;
        row.amount = Number(cMicros.getItem(r) as bigint);
        onRow(row);
        count++;
      }
    }
    return count;
  } finally {
    closeDuckDb(db);
  }
}
