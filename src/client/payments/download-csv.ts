// One supplier's or council's payments read from payments.parquet by range requests and saved as
// payments.csv's own lines; resolves with what to tell the reader.
import { count, counted } from "../../lib/format.ts";
import { paymentsCsvPieces } from "../../lib/payment-browser/download.ts";
import { EMPTY_FILTER, filterBounds } from "../../lib/payment-browser/filter.ts";
import { runQuery } from "../../lib/payment-browser/query.ts";
import { MOST_DOWNLOADED, openPayments, readFailure, saveCsv } from "./open.ts";

export interface PaymentsDownload {
  /** payments.parquet's address. */
  parquet: string;
  supplierId: string;
  council: string;
  filename: string;
}

export async function downloadPayments(asked: PaymentsDownload): Promise<string> {
  const filter = {
    ...EMPTY_FILTER,
    council: asked.council,
    supplierId: asked.supplierId,
    sort: "date-asc" as const,
  };
  try {
    const { parquet } = await openPayments(asked.parquet);
    const ids = asked.supplierId ? new Set([asked.supplierId]) : null;
    const result = await runQuery(parquet, filter, filterBounds(filter).bounds, ids);
    const found = result.order.length;
    if (found > MOST_DOWNLOADED)
      return `${count(found)} payments are more than this page builds at once: download the whole dataset from the data page, or filter them.`;
    saveCsv(await paymentsCsvPieces(parquet, result), asked.filename);
    return `Downloaded ${counted(found, "payment")}.`;
  } catch (error) {
    return `${readFailure(error)} Every payment is in payments.csv on the data page.`;
  }
}
