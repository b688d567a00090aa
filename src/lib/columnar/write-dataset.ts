// The columnar step after the ingest: the dataset folder's payments, contracts and suppliers written
// once as Parquet (the hand-off every later step reads), payments.csv compressed for download as
// payments.csv.gz (its bytes, formula-safe text cells included, unchanged), and datapackage.json
// describing both forms. payments.csv stays in the folder for nothing but this step: it is not published.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { DataConfig } from "../config/load.ts";
import { sha256File } from "../file-sha256.ts";
import { putTableForms, type TableForm } from "../tables/datapackage.ts";
import { PAYMENTS } from "../tables/payments.ts";
import type { Table } from "../tables/table.ts";
import { runAggregates } from "./aggregates.ts";
import { AGGREGATES_FILE, writeAggregates } from "./aggregates-file.ts";
import { departmentCategoryOf } from "./categories.ts";
import { closeDuckDb, openDuckDb } from "./duckdb.ts";
import { PARQUET_TABLES, parquetFile, writeParquetTable } from "./parquet-tables.ts";

/** The gzip download of payments.csv. */
export const PAYMENTS_GZ = `${PAYMENTS.file}.gz`;

/** Compresses a file, returning the sha256 of what it wrote (gzip writes no time stamp: same bytes). */
async function gzipFile(from: string, to: string): Promise<string> {
  const hash = createHash("sha256");
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(from), createGzip({ level: 6 }), hashing, createWriteStream(to));
  return hash.digest("hex");
}

export interface ColumnarSummary {
  tables: { file: string; seconds: number }[];
  gzipSeconds: number;
  /** Seconds the SQL aggregates took (null: not run, without a configuration). */
  aggregateSeconds: number | null;
}

/**
 * Writes the Parquet files and payments.csv.gz in datasetDir and describes them in its datapackage.json;
 * with the data folder's configuration, also the aggregates the pages show (aggregates.json).
 */
export async function writeColumnarDataset(
  datasetDir: string,
  config?: DataConfig,
): Promise<ColumnarSummary> {
  const source = join(datasetDir, PAYMENTS.file);
  if (!existsSync(source)) throw new Error(`${source} is missing: run "npm run ingest" first.`);
  const started = performance.now();
  // Compressed on the thread pool while DuckDB writes the Parquet files on its own threads.
  const gzip = gzipFile(source, join(datasetDir, PAYMENTS_GZ)).then((sha256) => ({
    sha256,
    seconds: (performance.now() - started) / 1000,
  }));
  gzip.catch(() => {});
  // One thread: the sorted write then holds one thread's buffers (2.44 GB peak RSS against 2.88 GB
  // with two, on the five-history corpus), for some more seconds; DUCKDB_THREADS=2 for speed.
  const db = await openDuckDb(undefined, process.env.DUCKDB_THREADS ?? "1");
  const tables: ColumnarSummary["tables"] = [];
  const forms: { table: Table; form: TableForm; path: string; sha256: string }[] = [];
  try {
    for (const { table, orderBy } of PARQUET_TABLES) {
      const from = performance.now();
      await writeParquetTable(db, datasetDir, table, orderBy);
      const path = parquetFile(table);
      tables.push({ file: path, seconds: (performance.now() - from) / 1000 });
      forms.push({ table, form: "parquet", path, sha256: sha256File(join(datasetDir, path)) });
    }
  } finally {
    closeDuckDb(db);
  }
  const gz = await gzip;
  forms.unshift({ table: PAYMENTS, form: "csv.gz", path: PAYMENTS_GZ, sha256: gz.sha256 });
  putTableForms(datasetDir, forms);
  let aggregateSeconds: number | null = null;
  if (config) {
    const from = performance.now();
    writeAggregates(datasetDir, await runAggregates(datasetDir, departmentCategoryOf(config)));
    aggregateSeconds = (performance.now() - from) / 1000;
  }
  return { tables, gzipSeconds: gz.seconds, aggregateSeconds };
}

/** One line for the build log. */
export const describeColumnar = (s: ColumnarSummary): string =>
  `${s.tables.map((t) => `${t.file} ${t.seconds.toFixed(1)} s`).join(", ")}; ${PAYMENTS_GZ} ${s.gzipSeconds.toFixed(1)} s` +
  (s.aggregateSeconds === null ? "" : `; ${AGGREGATES_FILE} (SQL) ${s.aggregateSeconds.toFixed(1)} s`);
