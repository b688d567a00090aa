// The build's dataset: reads what the ingest wrote, once per build, and indexes it (rows by supplier
// and council, records by id). Loading and indexing only: the page models (src/lib/site/) turn it
// into what each page shows.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readAggregates } from "../columnar/aggregates-file.ts";
import { dataDirFromEnv, loadDataConfig } from "../config/load.ts";
import { DATASET_DIR } from "../dataset-dir.ts";
import type { FileQuality } from "../model.ts";
import { groupContracts, loadRegisterEntries } from "./contracts.ts";
import { loadFlagsSummary } from "./flags.ts";
import { noticeOnlyContracts, noticesById } from "./notice-contracts.ts";
import { loadOcds, ocdsByRegisterEntry } from "./ocds.ts";
import { loadPaymentsFromParquet } from "./payments.ts";
import { groupRows } from "./row-groups.ts";
import { loadSuppliers } from "./suppliers.ts";

interface QualityJson {
  councils: {
    council: string;
    name: string;
    files: number;
    rows: number;
    accepted: number;
    rejected: number;
    amount_total: string;
  }[];
  totals: { files: number; rows: number; accepted: number; rejected: number; amount_total: string };
  reject_reasons: { reason: string; count: number }[];
  files: FileQuality[];
}

interface DataPackageJson {
  resources: {
    name: string;
    path: string;
    title: string;
    bytes: number;
    /** Set for a file that is not plain CSV: "parquet", or "csv" with compression "gz". */
    format?: string;
    mediatype?: string;
    compression?: string;
    schema: { fields: { name: string; type: string; description: string }[] };
  }[];
}

function readJson<T>(file: string): T {
  const path = join(DATASET_DIR, file);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run "npm run build" (it ingests the data before building pages).`);
  }
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Number of data rows in a CSV download (lines after the header; no embedded line breaks are written unquoted). */
function csvRowCount(file: string): number {
  const text = readFileSync(join(DATASET_DIR, file), "utf8");
  let rows = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) rows++;
  }
  return rows - 1;
}

const config = loadDataConfig(dataDirFromEnv());
const quality = readJson<QualityJson>("quality.json");
export const dataPackage = readJson<DataPackageJson>("datapackage.json");

export const partnership = config.partnership;
export const councils = config.councils.map((c) => ({ slug: c.slug, ...c.config }));
/** A partner council: its slug and its council.json. */
export type Council = (typeof councils)[number];
export const qualityByCouncil = quality.councils;
export const qualityTotals = quality.totals;
export const rejectReasons = quality.reject_reasons;
export const files = quality.files;

export const payments = await loadPaymentsFromParquet(DATASET_DIR);
/** The totals the pages show, as the SQL over payments.parquet gave them (src/lib/columnar/). */
export const aggregates = readAggregates(DATASET_DIR);
/** The supplier × council × year totals of each supplier id. */
export const totalsBySupplier = Map.groupBy(aggregates.supplierCouncilYear, (r) => r.supplierId);
export const suppliers = await loadSuppliers(join(DATASET_DIR, "suppliers.csv"));
export const registerEntries = await loadRegisterEntries(join(DATASET_DIR, "contracts.csv"));
export const contracts = groupContracts(
  registerEntries,
  councils.map((c) => c.slug),
  partnership.arrangements ?? [],
);
/** Payment rows by supplier id and by council (keys are ids in payments.text). */
export const rowsBySupplier = groupRows(payments.supplierId, payments.text.values.length);
export const rowsByCouncil = groupRows(payments.council, payments.text.values.length);
/** Financial years with payments, oldest first ("2022-23"). */
export const financialYears = [...new Set(payments.year)]
  .map((id) => payments.text.get(id))
  .filter((y) => y !== "")
  .sort();
/** Council slug → name, for labels. */
export const councilNames = new Map(councils.map((c) => [c.slug, c.name]));
export const councilName = (slug: string): string => councilNames.get(slug) ?? slug;
export const supplierById = new Map(suppliers.map((s) => [s.id, s]));
export const contractById = new Map(contracts.map((c) => [c.id, c]));
/** What the councils' OCDS files published (contracts merged by ocid, releases set aside, files). */
export const ocds = loadOcds(DATASET_DIR);
/** The contracts published only as OCDS notices (no register entry describes them), and their notices. */
export const noticeContracts = noticeOnlyContracts(ocds);
export const noticeById = noticesById(ocds);
/** Every contract the site lists: register contracts, then those published only as notices. */
export const listedContracts = [...contracts, ...noticeContracts];
/** Listed contracts held by each supplier id (a supplier page's contracts). */
export const listedContractsBySupplier = Map.groupBy(listedContracts, (c) => c.supplierId);
/** Contracts held by each supplier id. */
export const contractsBySupplier = Map.groupBy(contracts, (c) => c.supplierId);
/** Register entry id → its OCDS contract, when the councils published the contract as a notice too. */
export const ocdsByEntry = ocdsByRegisterEntry(ocds);

const flagTotals = loadFlagsSummary()?.totals;
/** Row counts known without reading the file again (the flags' two CSVs are large: 170 MB at 1M payments;
 * the Parquet and gzip files cannot be counted as CSV lines). */
const knownRows: Record<string, number> = {
  "payments.csv.gz": payments.size,
  "payments.parquet": payments.size,
  "suppliers.csv": suppliers.length,
  "suppliers.parquet": suppliers.length,
  "contracts.csv": registerEntries.length,
  "contracts.parquet": registerEntries.length,
  ...(flagTotals && { "flags.csv": flagTotals.flags, "flag_payments.csv": flagTotals.flag_payment_rows }),
};
/** The dataset's CSV files with their row counts (datapackage.json also lists what the site build writes). */
export const downloads = dataPackage.resources
  .filter((r) => existsSync(join(DATASET_DIR, r.path)))
  .map((r) => ({
    ...r,
    rows: knownRows[r.path] ?? csvRowCount(r.path),
  }));
/** The dataset's JSON descriptions, with their sizes (final by now: the flags step adds to datapackage.json first). */
export const descriptionFiles = [
  {
    path: "quality.json",
    title: "Every published file: encoding, header line, records kept and set aside with reasons",
  },
  {
    path: "datapackage.json",
    title: "Frictionless Data Package: the schema of each file and the SHA-256 of every original file",
  },
].map((f) => ({ ...f, bytes: statSync(join(DATASET_DIR, f.path)).size }));
