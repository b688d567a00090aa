// The payments of at least a threshold, from payments.parquet (for the feeds), and the dataset's
// payment count and newest date: SQL run by DuckDB, amounts exact.

import type { Micros } from "../model.ts";
import { formatDecimal } from "../money.ts";
import { microsOf } from "../tables/decimal.ts";
import type { PaymentRecord } from "../tables/payments.ts";
import { closeDuckDb, fillSql, rowsOf, sqlFile, sqlText } from "./duckdb.ts";
import { openPayments } from "./payment-rows.ts";

/** What a feed says of a payment. */
export type LargePaymentRecord = Omit<
  PaymentRecord,
  "financialYear" | "redacted" | "transactionRef" | "possibleDuplicate"
>;

/** Offers every payment of at least `threshold` micros; returns the count of all payments and the newest date. */
export async function largePayments(
  datasetDir: string,
  threshold: Micros,
  offer: (payment: LargePaymentRecord) => void,
): Promise<{ count: number; newestDate: string }> {
  const db = await openPayments(datasetDir);
  try {
    const rows = await rowsOf(
      db,
      fillSql(sqlFile("large-payments"), { threshold: sqlText(formatDecimal(threshold)) }),
    );
    for (const r of rows) {
      offer({
        id: r.id as string,
        council: r.council as string,
        date: (r.date as string | null) ?? "",
        amount: microsOf(r.amount as string),
        supplierId: r.supplier_id as string,
        supplier: r.supplier as string,
        partnerPayment: r.partner_payment === true,
        expenseArea: r.expense_area as string,
        expenseType: r.expense_type as string,
        description: r.description as string,
        sourceFile: r.source_file as string,
        sourceLine: Number(r.source_line),
      });
    }
    const [extent] = await rowsOf(db, sqlFile("payments-extent"));
    return { count: Number(extent?.payments ?? 0), newestDate: (extent?.newest_date as string | null) ?? "" };
  } finally {
    closeDuckDb(db);
  }
}
