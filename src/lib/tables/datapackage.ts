// datapackage.json: a Frictionless Tabular Data Package describing every download (each table's
// Table Schema from its declaration), with the sha256 of each original published file as a source.
// No timestamps: same input, same bytes.
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FileQuality } from "../model.ts";
import { INGEST_TABLES } from "./catalogue.ts";
import type { Table } from "./table.ts";

export const OGL_LICENCE = {
  name: "OGL-UK-3.0",
  path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  title: "Open Government Licence v3.0",
};

/** What the package says of itself. */
export interface PackageAbout {
  /** A slug of the partnership's name. */
  name: string;
  /** The partnership's name. */
  partnership: string;
  description: string;
  /** Council slug → name, for the sources' titles. */
  councilNames: ReadonlyMap<string, string>;
}

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
  about: PackageAbout,
  outDir: string,
  files: FileQuality[],
  known: ReadonlyMap<string, string> = new Map(),
): void {
  const pkg = {
    profile: "tabular-data-package",
    name: about.name,
    title: `${about.partnership}: payments and contracts`,
    description: about.description,
    licenses: [OGL_LICENCE],
    sources: files.map((f) => ({
      title: `${about.councilNames.get(f.council) ?? f.council}: ${f.file}`,
      // A member of an archive (spend/a.zip!/inner.csv) is published inside its archive.
      path: `sources/${f.council}/${f.archive?.file ?? f.file}`,
      sha256: f.sha256,
      ...(f.archive
        ? { member: f.file.slice(f.archive.file.length + 2), archive_sha256: f.archive.sha256 }
        : {}),
      bytes: f.bytes,
    })),
    resources: INGEST_TABLES.map((t) => resourceEntry(outDir, t, known.get(t.file))),
  };
  writeFileSync(join(outDir, "datapackage.json"), `${JSON.stringify(pkg, null, 2)}\n`);
}

/** A table's entry: its Table Schema, size and sha256 (`sha256` when already known). */
function resourceEntry(outDir: string, table: Table, sha256?: string) {
  const path = join(outDir, table.file);
  return {
    name: table.name,
    path: table.file,
    title: table.title,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: statSync(path).size,
    hash: `sha256:${sha256 ?? sha256Of(path)}`,
    schema: {
      fields: table.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
      ...(table.key.length > 0 ? { primaryKey: table.key } : {}),
    },
  };
}

/** Adds (or replaces) one table in outDir/datapackage.json, for a file written after the ingest. */
export function addDataPackageResource(outDir: string, table: Table): void {
  const file = join(outDir, "datapackage.json");
  const pkg = JSON.parse(readFileSync(file, "utf8")) as { resources: { name: string }[] };
  const entry = resourceEntry(outDir, table);
  const at = pkg.resources.findIndex((x) => x.name === table.name);
  if (at >= 0) pkg.resources[at] = entry;
  else pkg.resources.push(entry);
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}
