// The one module pages import: reads what the ingest wrote, once per build.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDirFromEnv, loadDataConfig } from "./config/load.ts";
import { DATASET_DIR } from "./dataset-dir.ts";
import type { FileQuality } from "./model.ts";

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
    schema: { fields: { name: string; description: string }[] };
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
const dataPackage = readJson<DataPackageJson>("datapackage.json");

export const partnership = config.partnership;
export const councils = config.councils.map((c) => ({ slug: c.slug, ...c.config }));
export const qualityByCouncil = quality.councils;
export const qualityTotals = quality.totals;
export const rejectReasons = quality.reject_reasons;
export const files = quality.files;
export const downloads = dataPackage.resources.map((r) => ({ ...r, rows: csvRowCount(r.path) }));
