// What the payments browser and the download buttons share: payments.parquet opened once per page
// by range requests, and a CSV text handed to the reader as a file.
import { PaymentsParquet } from "../../lib/payment-browser/parquet.ts";
import { openRangeFile, RangesNotServed } from "../../lib/payment-browser/range-file.ts";

export interface OpenedPayments {
  parquet: PaymentsParquet;
  received: { bytes: number };
}

const opened = new Map<string, Promise<OpenedPayments>>();

/** payments.parquet at `href` (relative to the page), opened once; a failure is retried next time. */
export function openPayments(href: string): Promise<OpenedPayments> {
  const url = new URL(href, location.href).href;
  let file = opened.get(url);
  if (!file) {
    file = openRangeFile(url).then(async (range) => ({
      parquet: await PaymentsParquet.open(range),
      received: range.received,
    }));
    opened.set(url, file);
    file.catch(() => opened.delete(url));
  }
  return file;
}

/** Why the payments could not be read, in words for the page. */
export function readFailure(error: unknown): string {
  return error instanceof RangesNotServed
    ? "This site's host sends whole files only, not the parts of a file the payments browser reads (HTTP range requests)."
    : `The payments could not be read (${error instanceof Error ? error.message : String(error)}).`;
}

/** Offers `csv` (its text, or its pieces in order) as a downloaded file. */
export function saveCsv(csv: string | readonly string[], filename: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(
    new Blob(typeof csv === "string" ? [csv] : [...csv], { type: "text/csv;charset=utf-8" }),
  );
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * Most payments a CSV is built from in the browser (about 200 bytes of text each, so some 400 MB at
 * most: a council's whole history fits); beyond, the whole dataset is the download.
 */
export const MOST_DOWNLOADED = 2_000_000;
