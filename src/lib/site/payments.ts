// The /payments/ browser's model: the councils to choose from, how many payments there are, and the
// whole-dataset downloads (what a reader without JavaScript, or on a host without range requests, takes).

import { councils, payments } from "../dataset/index.ts";
import { PAYMENTS_FILE_BROWSER } from "../payment-browser/files.ts";
import { dataPath } from "../views/links.ts";

export interface PaymentsPage {
  councils: { slug: string; name: string }[];
  paymentCount: number;
  /** Where the browser reads from (payments.parquet). */
  parquetHref: string;
  /** The whole dataset, to download. */
  downloads: { href: string; file: string; what: string }[];
}

export const paymentsPage = (): PaymentsPage => ({
  councils: councils.map((c) => ({ slug: c.slug, name: c.name })),
  paymentCount: payments.size,
  parquetHref: dataPath(PAYMENTS_FILE_BROWSER),
  downloads: wholeDatasetDownloads(),
});

/** The whole payments dataset, in both forms it is published in. */
export const wholeDatasetDownloads = (): PaymentsPage["downloads"] => [
  {
    href: dataPath("payments.csv.gz"),
    file: "payments.csv.gz",
    what: "every payment, CSV compressed with gzip (unzip it, then open it in a spreadsheet)",
  },
  {
    href: dataPath(PAYMENTS_FILE_BROWSER),
    file: PAYMENTS_FILE_BROWSER,
    what: "every payment, Apache Parquet (for DuckDB, pandas, R)",
  },
];
