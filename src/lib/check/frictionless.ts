// The published data package as the Frictionless project's own JavaScript library reads it
// (`datapackage`, with `tableschema`): the descriptor against the Tabular Data Package profile, then
// every resource read row by row and cast to its Table Schema, its size and sha256 against the
// descriptor's, its foreign keys, and every source (the original files, at ../sources/) against its
// size and sha256. Foreign keys are checked by the library where it can (it compares each row with
// every row of the table referred to: quadratic); past JOIN_BY_LIBRARY row pairs, by looking the
// library's cast values up in the set of the referred table's values.
import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { createGunzip } from "node:zlib";
import { Package, type Resource } from "datapackage";
import Papa from "papaparse";
import type { Problem } from "./problems.ts";

/** Rows × referred rows up to which the library itself checks a foreign key. */
export const JOIN_BY_LIBRARY = 20_000_000;

export interface PackageCounts {
  resources: number;
  rows: number;
  sources: number;
  foreignKeys: number;
  /** Foreign keys the library checked itself (the rest: by set look-up of its values). */
  keysByLibrary: number;
}

interface Descriptor {
  sources?: { title: string; path?: string; sha256?: string; bytes?: number }[];
  resources: {
    name: string;
    path: string;
    bytes?: number;
    hash?: string;
    format?: string;
    compression?: string;
    schema?: { foreignKeys?: ForeignKey[] };
  }[];
}

const problem = (file: string, message: string): Problem => ({ file, message, kind: "data package" });

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Size and sha256 of a file against what the descriptor says. */
async function checkFile(
  file: string,
  path: string,
  bytes: number | undefined,
  sha256: string | undefined,
): Promise<Problem[]> {
  if (!existsSync(path)) return [problem(file, "the file it names does not exist")];
  const out: Problem[] = [];
  const size = statSync(path).size;
  if (bytes !== undefined && bytes !== size)
    out.push(problem(file, `${size} bytes, the descriptor says ${bytes}`));
  if (sha256 !== undefined && (await sha256OfFile(path)) !== sha256)
    out.push(problem(file, "its sha256 differs from the descriptor's"));
  return out;
}

type ForeignKey = { fields: string[]; reference: { resource: string; fields: string[] } };

const keyOf = (row: Record<string, unknown>, fields: readonly string[]): string | null => {
  const values = fields.map((f) => row[f]);
  return values.some((v) => v === null || v === undefined) ? null : JSON.stringify(values);
};

/** Every row of a resource, as the library casts it (a row it cannot cast is counted as a problem). */
async function* rowsOf(resource: Resource, file: string, problems: Problem[]) {
  const rows = await resource.iter({ keyed: true, forceCast: true });
  let line = 1;
  for await (const row of rows) {
    line++;
    if (row instanceof Error) {
      if (problems.length < 1000) problems.push(problem(file, `row ${line}: ${row.message}`));
      continue;
    }
    yield row as Record<string, unknown>;
  }
}

/** The rows of a gzip-compressed CSV (which the library cannot read), keyed by its header, as text. */
async function* gzipCsvRows(path: string): AsyncGenerator<Record<string, unknown>> {
  const rows: Record<string, unknown>[] = [];
  let done = false;
  let failed: Error | null = null;
  let wake: (() => void) | null = null;
  const parse = Papa.parse(createReadStream(path).pipe(createGunzip()) as unknown as File, {
    header: true,
    skipEmptyLines: true,
    step: (result: Papa.ParseStepResult<Record<string, unknown>>) => {
      rows.push(result.data);
      wake?.();
    },
    complete: () => {
      done = true;
      wake?.();
    },
    error: (error: Error) => {
      failed = error;
      done = true;
      wake?.();
    },
  });
  void parse;
  while (true) {
    if (rows.length > 0) {
      yield* rows.splice(0);
      continue;
    }
    if (done) break;
    await new Promise<void>((r) => {
      wake = r;
    });
    wake = null;
  }
  if (failed) throw failed;
}

/** One foreign key checked by looking each row's values (as the library casts them) up in a set. */
async function joinKey(
  pkg: Package,
  name: string,
  file: string,
  key: ForeignKey,
  gzipped: { own?: string | undefined; referred?: string | undefined } = {},
): Promise<Problem[]> {
  const what = `${key.fields.join(",")} → ${key.reference.resource}.${key.reference.fields.join(",")}`;
  const resource = pkg.getResource(name);
  const referred = pkg.getResource(key.reference.resource);
  if (!resource || !referred) return [problem(file, `foreign key ${what}: no such resource`)];
  const known = new Set<string>();
  const referredRows = gzipped.referred
    ? gzipCsvRows(gzipped.referred)
    : rowsOf(referred, `data/${key.reference.resource}`, []);
  for await (const row of referredRows) {
    const value = keyOf(row, key.reference.fields);
    if (value !== null) known.add(value);
  }
  const problems: Problem[] = [];
  let line = 1;
  let missing = 0;
  for await (const row of gzipped.own ? gzipCsvRows(gzipped.own) : rowsOf(resource, file, [])) {
    line++;
    const value = keyOf(row, key.fields);
    if (value !== null && !known.has(value) && missing++ < 20)
      problems.push(
        problem(file, `row ${line}: foreign key ${what}: ${value} is not in ${key.reference.resource}`),
      );
  }
  if (missing > 20) problems.push(problem(file, `foreign key ${what}: ${missing - 20} more rows not found`));
  return problems;
}

/**
 * Whether the library can read a resource's rows: not a gzip-compressed or Parquet file (it reads plain
 * CSV only), whose size and sha256 alone are checked here.
 */
const readByLibrary = (entry: Descriptor["resources"][number]): boolean =>
  entry.compression === undefined && (entry.format === undefined || entry.format === "csv");

/** Checks dataDir/datapackage.json and everything it describes; returns the problems and counts. */
export async function checkDataPackage(
  dataDir: string,
): Promise<{ problems: Problem[]; counts: PackageCounts }> {
  // The library's CSV streams take more "end" listeners than Node's default warns about.
  const listeners = EventEmitter.defaultMaxListeners;
  EventEmitter.defaultMaxListeners = 0; // no limit while the package is read
  try {
    return await checkPackage(dataDir);
  } finally {
    EventEmitter.defaultMaxListeners = listeners;
  }
}

async function checkPackage(dataDir: string): Promise<{ problems: Problem[]; counts: PackageCounts }> {
  const descriptorFile = join(dataDir, "datapackage.json");
  const counts: PackageCounts = { resources: 0, rows: 0, sources: 0, foreignKeys: 0, keysByLibrary: 0 };
  if (!existsSync(descriptorFile)) return { problems: [problem("data/datapackage.json", "missing")], counts };
  const descriptor = JSON.parse(readFileSync(descriptorFile, "utf8")) as Descriptor;
  const pkg = await Package.load(descriptorFile, { strict: false });
  const problems: Problem[] = pkg.errors.map((e) => problem("data/datapackage.json", String(e.message ?? e)));
  if (!pkg.valid && problems.length === 0)
    problems.push(problem("data/datapackage.json", "not a valid package"));

  for (const source of descriptor.sources ?? []) {
    counts.sources++;
    const file = `data/${source.path ?? "(no path)"}`;
    if (!source.path) problems.push(problem(file, `source "${source.title}" has no path`));
    else
      problems.push(...(await checkFile(file, resolve(dataDir, source.path), source.bytes, source.sha256)));
  }

  const rowCount = new Map<string, number>();
  for (const entry of descriptor.resources) {
    counts.resources++;
    const file = `data/${entry.path}`;
    const hash = entry.hash?.startsWith("sha256:") ? entry.hash.slice("sha256:".length) : undefined;
    const fileProblems = await checkFile(file, join(dataDir, entry.path), entry.bytes, hash);
    problems.push(...fileProblems);
    const resource = pkg.getResource(entry.name);
    if (!resource) {
      problems.push(problem(file, `resource ${entry.name} not loaded`));
      continue;
    }
    if (!resource.valid)
      for (const e of resource.errors) problems.push(problem(file, String(e.message ?? e)));
    if (fileProblems.length > 0 || !resource.tabular || !readByLibrary(entry)) continue;
    let rows = 0;
    try {
      for await (const _ of rowsOf(resource, file, problems)) rows++;
    } catch (error) {
      problems.push(
        problem(file, `cannot be read: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
    rowCount.set(entry.name, rows);
    counts.rows += rows;
  }

  for (const entry of descriptor.resources) {
    if (entry.format === "parquet") continue; // described, not read (its CSV twin is checked)
    const keys = entry.schema?.foreignKeys ?? [];
    if (keys.length === 0) continue;
    counts.foreignKeys += keys.length;
    const file = `data/${entry.path}`;
    const resource = pkg.getResource(entry.name);
    if (!resource) continue;
    const pairs = (key: ForeignKey) =>
      (rowCount.get(entry.name) ?? 0) * (rowCount.get(key.reference.resource) ?? 0);
    // A key from or into a gzip-compressed CSV is checked by reading it here (the library cannot).
    const gzipOf = (name: string): string | undefined => {
      const found = descriptor.resources.find((r) => r.name === name);
      return found?.compression === "gz" ? join(dataDir, found.path) : undefined;
    };
    const own = gzipOf(entry.name);
    if (keys.every((key) => pairs(key) <= JOIN_BY_LIBRARY && !own && !gzipOf(key.reference.resource))) {
      counts.keysByLibrary += keys.length;
      try {
        await resource.checkRelations();
      } catch (error) {
        problems.push(
          problem(file, `foreign keys: ${error instanceof Error ? error.message : String(error)}`),
        );
      }
      continue;
    }
    for (const key of keys)
      problems.push(
        ...(await joinKey(pkg, entry.name, file, key, { own, referred: gzipOf(key.reference.resource) })),
      );
  }
  return { problems, counts };
}
