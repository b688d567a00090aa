// The aggregates the pages show, as SQL over the Parquet dataset run by DuckDB (sql/aggregates/*.sql,
// standard SQL that runs unchanged on Spark SQL or Trino): exact DECIMAL sums, read back as integer
// micros (bigint, never a binary float). The department → category mapping is worked out here (the
// rules are code, src/lib/categories/) and handed to the SQL as a table.
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { CONTRACTS } from "../tables/contracts.ts";
import { UNNAMED_ID } from "../tables/supplier-ids.ts";
import { SUPPLIERS } from "../tables/suppliers.ts";
import { closeDuckDb, fillSql, rowsOf, sqlFile, sqlText } from "./duckdb.ts";
import { parquetFile } from "./parquet-tables.ts";
import { openPayments } from "./payment-rows.ts";

/** Exact integer micros of a decimal's text ("-1234.560000"); throws on anything else. */
export function decimalMicros(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{0,6}))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${JSON.stringify(text)}`);
  const micros = BigInt(match[2] as string) * 1_000_000n + BigInt((match[3] ?? "").padEnd(6, "0"));
  return match[1] === "-" ? -micros : micros;
}

export interface CouncilYearDepartment {
  council: string;
  financialYear: string;
  expenseArea: string;
  total: bigint;
  payments: number;
}

export interface SupplierCouncilYear {
  supplierId: string;
  council: string;
  financialYear: string;
  total: bigint;
  payments: number;
  /** Not redacted and not a recharge between partners. */
  supplierSpend: bigint;
  supplierSpendPayments: number;
}

export interface CouncilCategoryMonth {
  council: string;
  category: string;
  /** "2023-04". */
  month: string;
  total: bigint;
  payments: number;
}

export interface SharedSupplierCouncil {
  supplierId: string;
  council: string;
  total: bigint;
  payments: number;
}

export interface Aggregates {
  councilYearDepartment: CouncilYearDepartment[];
  supplierCouncilYear: SupplierCouncilYear[];
  councilCategoryMonth: CouncilCategoryMonth[];
  sharedSuppliers: SharedSupplierCouncil[];
}

/** The category of a council's published department (a service category id). */
export type DepartmentCategory = (council: string, department: string) => string;

const text = (v: unknown): string => (v ?? "") as string;
const int = (v: unknown): number => Number(v ?? 0);
const micros = (v: unknown): bigint => decimalMicros(text(v));
/** 202304 (year × 100 + month, as the SQL gives it) → "2023-04". */
const monthOf = (yearMonth: string): string => `${yearMonth.slice(0, -2)}-${yearMonth.slice(-2)}`;

async function departmentCategories(db: DuckDBConnection, categoryOf: DepartmentCategory): Promise<void> {
  const departments = await rowsOf(db, "SELECT DISTINCT council, expense_area FROM payments");
  await db.run(
    "CREATE TABLE department_categories (council VARCHAR, expense_area VARCHAR, category VARCHAR)",
  );
  const appender = await db.createAppender("department_categories");
  for (const d of departments) {
    appender.appendVarchar(text(d.council));
    appender.appendVarchar(text(d.expense_area));
    appender.appendVarchar(categoryOf(text(d.council), text(d.expense_area)));
    appender.endRow();
  }
  appender.closeSync();
}

/** Runs every aggregate over datasetDir's Parquet files. */
export async function runAggregates(datasetDir: string, categoryOf: DepartmentCategory): Promise<Aggregates> {
  const db = await openPayments(datasetDir);
  try {
    for (const table of [SUPPLIERS, CONTRACTS])
      await db.run(
        `CREATE VIEW ${table.name} AS SELECT * FROM read_parquet(${sqlText(join(datasetDir, parquetFile(table)))})`,
      );
    await departmentCategories(db, categoryOf);
    const query = (name: string, values: Record<string, string> = {}) =>
      rowsOf(db, fillSql(sqlFile(`aggregates/${name}`), values));
    return {
      councilYearDepartment: (await query("council_year_department")).map((r) => ({
        council: text(r.council),
        financialYear: text(r.financial_year),
        expenseArea: text(r.expense_area),
        total: micros(r.total),
        payments: int(r.payments),
      })),
      supplierCouncilYear: (await query("supplier_council_year")).map((r) => ({
        supplierId: text(r.supplier_id),
        council: text(r.council),
        financialYear: text(r.financial_year),
        total: micros(r.total),
        payments: int(r.payments),
        supplierSpend: micros(r.supplier_spend),
        supplierSpendPayments: int(r.supplier_spend_payments),
      })),
      councilCategoryMonth: (await query("council_category_month")).map((r) => ({
        council: text(r.council),
        category: text(r.category),
        month: monthOf(text(r.month)),
        total: micros(r.total),
        payments: int(r.payments),
      })),
      sharedSuppliers: (await query("shared_suppliers", { unnamed_id: sqlText(UNNAMED_ID) })).map((r) => ({
        supplierId: text(r.supplier_id),
        council: text(r.council),
        total: micros(r.total),
        payments: int(r.payments),
      })),
    };
  } finally {
    closeDuckDb(db);
  }
}
