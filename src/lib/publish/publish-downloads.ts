// The build step beside `astro build`: per-council contract-register CSVs split from the dataset, and
// the Atom feeds (their large payments queried from payments.parquet). Payments are published once, as
// payments.parquet and payments.csv.gz: no copy per supplier or council. Outputs depend only on the dataset and the options (no clock), so the
// same input gives the same bytes.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { largePayments } from "../columnar/large-payments.ts";
import { type DeclaredContracts, groupContracts, loadRegisterEntries } from "../dataset/contracts.ts";
import { count } from "../format.ts";
import { CONTRACTS, type ContractColumn } from "../tables/contracts.ts";
import { renderAtom } from "./atom.ts";
import { contractFeed } from "./contract-feed.ts";
import { splitCsvFile } from "./csv-split.ts";
import type { FeedCouncil } from "./feed-catalogue.ts";
import { LARGE_PAYMENT_MICROS } from "./feed-catalogue.ts";
import type { FeedContext } from "./feed-frame.ts";
import { feedUrls } from "./feed-urls.ts";
import { LargePaymentPicker, paymentFeed } from "./payment-feed.ts";
import { type CouncilCsvKind, councilCsv, feedFile, safeName } from "./site-paths.ts";

export interface PublishOptions {
  /** Where the ingest wrote contracts.csv, and the columnar step payments.parquet. */
  datasetDir: string;
  /** The built site (dist/). */
  siteDir: string;
  /** The site's base path ("/" or "/transparency/"). */
  base: string;
  /** Absolute origin for feed links and ids (SITE_URL); optional. */
  siteUrl?: string;
  partnership: { name: string; website?: string; arrangements?: DeclaredContracts[] };
  /** The partnership's councils, in partnership order. */
  councils: FeedCouncil[];
  /** Bytes of contracts.csv read at a time (tests use a small window). */
  windowBytes?: number;
}

export interface PublishSummary {
  councilFiles: number;
  payments: number;
  registerEntries: number;
  feeds: number;
  largePaymentEntries: number;
  contractEntries: number;
}

/** Where publishDownloads writes, and what: files of these kinds there are removed first (no stale file survives). */
const PUBLISHED = [
  { folder: "data/suppliers", extension: ".csv" },
  { folder: "data/councils", extension: ".csv" },
  { folder: "feeds", extension: ".xml" },
] as const;

function removePublished(siteDir: string): void {
  for (const { folder, extension } of PUBLISHED) {
    const dir = join(siteDir, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      if (file.endsWith(extension)) rmSync(join(dir, file), { force: true });
    }
  }
}

const EPOCH = "1970-01-01";

function writeFile(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** Every council gets its file of each kind: the split's, or the header alone when it has no rows. */
function completeCouncilFiles(
  counts: Map<string, number>,
  header: Buffer,
  kind: CouncilCsvKind,
  options: PublishOptions,
): number {
  for (const { slug } of options.councils) {
    if (!counts.has(slug)) writeFile(join(options.siteDir, councilCsv(slug, kind)), header);
  }
  return new Set([...counts.keys(), ...options.councils.map((c) => c.slug)]).size;
}

export async function publishDownloads(options: PublishOptions): Promise<PublishSummary> {
  const { siteDir, datasetDir } = options;
  removePublished(siteDir);
  for (const { slug } of options.councils) safeName(slug, "council");

  // The large payments and the newest date from payments.parquet: the one file of every payment.
  const picker = new LargePaymentPicker();
  const payments = await largePayments(datasetDir, LARGE_PAYMENT_MICROS, (payment) => picker.offer(payment));
  const newestPayment = payments.newestDate;
  const contracts = splitCsvFile(
    join(datasetDir, CONTRACTS.file),
    [
      {
        column: "council" satisfies ContractColumn,
        fileFor: (slug) => join(siteDir, councilCsv(safeName(slug, "council"), "contracts")),
      },
    ],
    { windowBytes: options.windowBytes },
  );
  const [contractsByCouncil] = contracts.counts as [Map<string, number>];
  const councilFiles = completeCouncilFiles(contractsByCouncil, contracts.header, "contracts", options);

  const grouped = groupContracts(
    await loadRegisterEntries(join(datasetDir, CONTRACTS.file)),
    options.councils.map((c) => c.slug),
    options.partnership.arrangements ?? [],
  );
  let newest = /^\d{4}-\d{2}-\d{2}$/.test(newestPayment) ? newestPayment : EPOCH;
  for (const c of grouped)
    if (/^\d{4}-\d{2}-\d{2}$/.test(c.startDate) && c.startDate > newest) newest = c.startDate;
  const context: FeedContext = {
    urls: feedUrls({ base: options.base, siteUrl: options.siteUrl, website: options.partnership.website }),
    author: options.partnership.name,
    councilNames: new Map(options.councils.map((c) => [c.slug, c.name])),
    datasetUpdated: newest,
  };
  let feeds = 0;
  let largePaymentEntries = 0;
  let contractEntries = 0;
  for (const council of [undefined, ...options.councils]) {
    const contractsFeed = contractFeed(grouped, context, council);
    const paymentsFeed = paymentFeed(picker, context, council);
    writeFile(join(siteDir, feedFile("contracts", council?.slug)), renderAtom(contractsFeed));
    writeFile(join(siteDir, feedFile("payments", council?.slug)), renderAtom(paymentsFeed));
    feeds += 2;
    if (!council) {
      contractEntries = contractsFeed.entries.length;
      largePaymentEntries = paymentsFeed.entries.length;
    }
  }
  return {
    councilFiles,
    payments: payments.count,
    registerEntries: contracts.rows,
    feeds,
    largePaymentEntries,
    contractEntries,
  };
}

/** One line for the build log. */
export function describePublished(s: PublishSummary): string {
  return (
    `Wrote ${count(s.councilFiles)} council contract CSVs (${count(s.registerEntries)} register entries; ` +
    `${count(s.payments)} payments in payments.parquet), ` +
    `${s.feeds} Atom feeds (all councils: ${s.contractEntries} contracts, ${s.largePaymentEntries} large payments)`
  );
}
