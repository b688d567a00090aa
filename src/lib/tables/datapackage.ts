// datapackage.json: a Frictionless Tabular Data Package describing every download, with the
// sha256 of each original published file as a source. No timestamps: same input, same bytes.
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DataConfig } from "../config/load.ts";
import { supplierSlug } from "../ingest/suppliers/supplier-names.ts";
import type { FileQuality } from "../model.ts";
import {
  CONTRACT_COLUMNS,
  type OutputColumn,
  PAYMENT_COLUMNS,
  REJECT_COLUMNS,
  SUPPLIER_COLUMNS,
} from "./columns-out.ts";

export const OGL_LICENCE = {
  name: "OGL-UK-3.0",
  path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  title: "Open Government Licence v3.0",
};

/** A CSV download described in datapackage.json. */
export interface ResourceSpec {
  name: string;
  path: string;
  title: string;
  columns: OutputColumn[];
  key: string[];
}

const RESOURCES: ResourceSpec[] = [
  { name: "payments", path: "payments.csv", title: "Payments", columns: PAYMENT_COLUMNS, key: ["id"] },
  {
    name: "contracts",
    path: "contracts.csv",
    title: "Contract register entries",
    columns: CONTRACT_COLUMNS,
    key: ["id"],
  },
  { name: "suppliers", path: "suppliers.csv", title: "Suppliers", columns: SUPPLIER_COLUMNS, key: ["id"] },
  {
    name: "rejects",
    path: "rejects.csv",
    title: "Rejected records and files",
    columns: REJECT_COLUMNS,
    key: [],
  },
];

/** sha256 of a file, read in 1 MiB pieces so memory stays flat. */
function sha256Of(path: string): string {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

/**
 * known: sha256 (hex) of output files already hashed while they were written, by path in outDir
 * (the file must not have changed since).
 */
export function writeDataPackage(
  config: DataConfig,
  outDir: string,
  files: FileQuality[],
  known: ReadonlyMap<string, string> = new Map(),
): void {
  const names = new Map(config.councils.map((c) => [c.slug, c.config.name]));
  const pkg = {
    profile: "tabular-data-package",
    name: supplierSlug(config.partnership.name.toLowerCase()),
    title: `${config.partnership.name}: payments and contracts`,
    description: config.partnership.description,
    licenses: [OGL_LICENCE],
    sources: files.map((f) => ({
      title: `${names.get(f.council) ?? f.council}: ${f.file}`,
      path: `sources/${f.council}/${f.file}`,
      sha256: f.sha256,
      bytes: f.bytes,
    })),
    resources: RESOURCES.map((r) => resourceEntry(outDir, r, known.get(r.path))),
  };
  writeFileSync(join(outDir, "datapackage.json"), `${JSON.stringify(pkg, null, 2)}\n`);
}

/** A resource's entry: its Table Schema, size and sha256 (`sha256` when already known). */
function resourceEntry(outDir: string, r: ResourceSpec, sha256?: string) {
  const path = join(outDir, r.path);
  return {
    name: r.name,
    path: r.path,
    title: r.title,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: statSync(path).size,
    hash: `sha256:${sha256 ?? sha256Of(path)}`,
    schema: {
      fields: r.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
      ...(r.key.length > 0 ? { primaryKey: r.key } : {}),
    },
  };
}

/** Adds (or replaces) one resource in outDir/datapackage.json, for a file written after the ingest. */
export function addDataPackageResource(outDir: string, r: ResourceSpec): void {
  const file = join(outDir, "datapackage.json");
  const pkg = JSON.parse(readFileSync(file, "utf8")) as { resources: { name: string }[] };
  const entry = resourceEntry(outDir, r);
  const at = pkg.resources.findIndex((x) => x.name === r.name);
  if (at >= 0) pkg.resources[at] = entry;
  else pkg.resources.push(entry);
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}
