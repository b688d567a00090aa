// The "download these payments" buttons of supplier and council pages (PaymentsCsv.astro): one
// supplier's or council's payments read from payments.parquet by range requests, written as
// payments.csv's own lines.
import { count, counted } from "../../lib/format.ts";
import { paymentsCsv } from "../../lib/payment-browser/csv.ts";
import { EMPTY_FILTER, filterBounds } from "../../lib/payment-browser/filter.ts";
import { allPayments, runQuery } from "../../lib/payment-browser/query.ts";
import { MOST_DOWNLOADED, openPayments, readFailure, saveCsv } from "./open.ts";

function wire(block: HTMLElement): void {
  const button = block.querySelector("button");
  const status = block.querySelector(".payments-csv-status");
  if (!button || !status) return;
  const supplierId = block.dataset.supplierId ?? "";
  const filter = {
    ...EMPTY_FILTER,
    council: block.dataset.council ?? "",
    supplierId,
    sort: "date-asc" as const,
  };
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = "Reading the payments…";
    try {
      const { parquet } = await openPayments(block.dataset.parquet ?? "");
      const result = await runQuery(
        parquet,
        filter,
        filterBounds(filter).bounds,
        supplierId ? new Set([supplierId]) : null,
      );
      const found = result.order.length;
      if (found > MOST_DOWNLOADED) {
        status.textContent = `${count(found)} payments are more than this page builds at once: download the whole dataset from the data page, or filter them.`;
        return;
      }
      saveCsv(paymentsCsv(await allPayments(parquet, result)), block.dataset.filename ?? "payments.csv");
      status.textContent = `Downloaded ${counted(found, "payment")}.`;
    } catch (error) {
      status.textContent = `${readFailure(error)} Every payment is in payments.csv on the data page.`;
    } finally {
      button.disabled = false;
    }
  });
}

export function startPaymentsCsv(): void {
  for (const block of document.querySelectorAll<HTMLElement>(".payments-csv")) wire(block);
}
