// datapackage.json: a Frictionless Tabular Data Package describing every download (each table's
// Table Schema from its declaration, its CSV dialect, its foreign keys), with the sha256 of each
// original published file as a source (at ../sources/ from data/, where the site publishes them).
// The ingest writes it, the flags step adds its tables, and the site build, before it builds the pages,
// adds its own tables and the per-council files (addSiteResources: no size or sha256, as they are not
// written yet). No timestamps: same input, same bytes.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256File } from "../file-sha256.ts";
import type { FileQuality } from "../model.ts";
import { INGEST_TABLES, SITE_TABLES } from "./catalogue.ts";
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
    // The originals are published at /sources/, beside /data/ (an empty list is not allowed). A member
    // of an archive (spend/a.zip!/inner.csv) is published inside its archive: the source is the archive.
    ...(files.length > 0
      ? {
          sources: files.map((f) => ({
            title: `${about.councilNames.get(f.council) ?? f.council}: ${f.file}`,
            path: `${SOURCES_FROM_DATA}${f.council}/${f.archive?.file ?? f.file}`,
            sha256: f.archive?.sha256 ?? f.sha256,
            bytes: f.archive?.bytes ?? f.bytes,
            ...(f.archive
              ? { member: f.file.slice(f.archive.file.length + 2), member_sha256: f.sha256 }
              : {}),
          })),
        }
      : {}),
    resources: INGEST_TABLES.map((t) => resourceEntry(outDir, t, { sha256: known.get(t.file) })),
  };
  writeFileSync(join(outDir, "datapackage.json"), `${JSON.stringify(pkg, null, 2)}\n`);
}

/** Where the original files are, from the folder of datapackage.json (data/ in the site). */
export const SOURCES_FROM_DATA = "../sources/";

/** How every table is written (csv-write.ts): comma-separated, a header line, "" for a quote, \n. */
export const CSV_DIALECT = {
  delimiter: ",",
  doubleQuote: true,
  quoteChar: '"',
  lineTerminator: "\n",
  header: true,
  skipInitialSpace: false,
} as const;

interface EntryOptions {
  /** The file's sha256 when already known. */
  sha256?: string | undefined;
  /** The file is written later (by the site build): no size or sha256. */
  later?: true;
  /** Its path from outDir, when not the table's file (a per-council file). */
  path?: string;
  /** Its resource name, when not the table's. */
  name?: string;
  title?: string;
}

/** A table's entry: its Table Schema, dialect, size and sha256 (none for a file written later). */
function resourceEntry(outDir: string, table: Table, options: EntryOptions = {}) {
  const relative = options.path ?? table.file;
  const path = join(outDir, relative);
  const sha256 = options.sha256;
  const file = options.later
    ? {}
    : { bytes: statSync(path).size, hash: `sha256:${sha256 ?? sha256File(path)}` };
  return {
    name: options.name ?? table.name,
    path: relative,
    title: options.title ?? table.title,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    ...file,
    dialect: CSV_DIALECT,
    schema: {
      fields: table.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
      ...(table.key.length > 0 ? { primaryKey: table.key } : {}),
      ...(table.foreignKeys?.length ? { foreignKeys: table.foreignKeys } : {}),
    },
  };
}

type Entry = ReturnType<typeof resourceEntry>;
interface PackageJson {
  profile?: string;
  resources: Entry[];
}

/** Adds or replaces entries by name, keeping the order of those already there. */
function putEntries(pkg: PackageJson, entries: Entry[]): void {
  for (const entry of entries) {
    const at = pkg.resources.findIndex((x) => x.name === entry.name);
    if (at >= 0) pkg.resources[at] = entry;
    else pkg.resources.push(entry);
  }
}

/** The package's foreign keys, each kept only where the table it refers to is in the package. */
function withReachableKeys(pkg: PackageJson): PackageJson {
  const names = new Set(pkg.resources.map((r) => r.name));
  for (const r of pkg.resources) {
    if (!r.schema) continue; // an entry written by hand, without a schema
    const keys = r.schema.foreignKeys?.filter((k) => names.has(k.reference.resource));
    if (keys?.length) r.schema = { ...r.schema, foreignKeys: keys };
    else if (r.schema.foreignKeys) {
      const { foreignKeys: _, ...rest } = r.schema;
      r.schema = rest;
    }
  }
  return pkg;
}

const readPackage = (dir: string): PackageJson =>
  JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as PackageJson;
const writePackage = (dir: string, pkg: PackageJson): void =>
  writeFileSync(join(dir, "datapackage.json"), `${JSON.stringify(withReachableKeys(pkg), null, 2)}\n`);

/** Adds (or replaces) one table in outDir/datapackage.json, for a file written after the ingest. */
export function addDataPackageResource(outDir: string, table: Table): void {
  const pkg = readPackage(outDir);
  putEntries(pkg, [resourceEntry(outDir, table)]);
  writePackage(outDir, pkg);
}

/** A table's file in another form than plain CSV: gzip-compressed CSV, or Apache Parquet. */
export type TableForm = "csv.gz" | "parquet";

const FORMS: Record<TableForm, { format: string; mediatype: string; title: string }> = {
  "csv.gz": { format: "csv", mediatype: "text/csv", title: "CSV, gzip-compressed" },
  parquet: { format: "parquet", mediatype: "application/vnd.apache.parquet", title: "Apache Parquet" },
};

/**
 * The entry of a table's file in another form (payments.csv.gz, payments.parquet): the same Table
 * Schema, a plain data resource (Frictionless JS reads neither gzip nor Parquet, so it checks the
 * file's size and sha256 only). A gzip file keeps the table's name when it replaces the CSV.
 */
function formEntry(outDir: string, table: Table, form: TableForm, path: string, sha256: string) {
  const base = resourceEntry(outDir, table, { path, sha256 });
  const { format, mediatype, title } = FORMS[form];
  const { dialect: _, ...rest } = base;
  return {
    ...rest,
    name: form === "parquet" ? `${table.name}-parquet` : table.name,
    title: `${table.title} (${title})`,
    profile: "data-resource",
    format,
    mediatype,
    ...(form === "csv.gz" ? { compression: "gz", dialect: CSV_DIALECT } : {}),
  };
}

/**
 * Describes tables written in other forms after the ingest (src/lib/columnar/): each file's entry is
 * added or replaced, and the CSVs no longer published (`unpublished`, by resource name) are removed.
 */
export function putTableForms(
  outDir: string,
  forms: readonly { table: Table; form: TableForm; path: string; sha256: string }[],
  unpublished: readonly string[] = [],
): void {
  const pkg = readPackage(outDir);
  // A tabular data package holds tabular (plain CSV) resources only: with Parquet and gzip files it is
  // a data package whose CSV resources stay tabular data resources.
  pkg.profile = "data-package";
  pkg.resources = pkg.resources.filter((r) => !unpublished.includes(r.name));
  putEntries(
    pkg,
    forms.map((f) => formEntry(outDir, f.table, f.form, f.path, f.sha256) as unknown as Entry),
  );
  writePackage(outDir, pkg);
}

/**
 * The per-council files of a table split by council ("data/councils/<council>/payments.csv"): one
 * entry each ("payments-alpha"), for every council (each gets its file, a header alone when empty).
 */
function councilEntries(table: Table, councils: readonly string[]): Entry[] {
  const pattern = table.splitInto?.find((p) => p.startsWith("data/councils/<council>/"));
  if (!pattern) return [];
  const file = pattern.slice("data/councils/<council>/".length);
  return councils.map((slug) =>
    resourceEntry("", table, {
      name: `${table.name}-${slug}`,
      path: `councils/${slug}/${file}`,
      title: `${table.title}: ${slug}`,
      later: true,
    }),
  );
}

/**
 * Adds to datapackage.json (in the dataset folder, before the site is built) what the site build
 * writes beside the dataset under data/: its own tables (SITE_TABLES) and each council's files. They
 * are not written yet, so they have no size or sha256; the package is final before the pages state
 * its size. Returns the line to print.
 */
export function addSiteResources(datasetDir: string, councils: readonly string[]): string {
  const pkg = readPackage(datasetDir);
  const site = SITE_TABLES.map((t) =>
    resourceEntry(datasetDir, t, { path: t.published.replace(/^data\//, ""), later: true }),
  );
  const split = INGEST_TABLES.filter((t) => pkg.resources.some((r) => r.name === t.name)).flatMap((t) =>
    councilEntries(t, councils),
  );
  putEntries(pkg, [...site, ...split]);
  writePackage(datasetDir, pkg);
  return `datapackage.json: ${pkg.resources.length} resources (${site.length} of the site's tables, ${split.length} per-council files, written by the site build)`;
}
