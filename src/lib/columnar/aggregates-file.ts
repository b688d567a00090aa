// aggregates.json in the dataset folder: the SQL aggregates (aggregates.ts) as the columnar step
// computed them, for the pages to read without running SQL inside the Astro build (which stays free of
// the native DuckDB module and its memory). Each aggregate is its column names and rows of values;
// exact totals are integer micros written as decimal digits (JSON numbers would be binary floats).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Aggregates } from "./aggregates.ts";

export const AGGREGATES_FILE = "aggregates.json";

type Row = Record<string, string | number | bigint>;

const encode = (rows: readonly Row[]) => {
  const columns = Object.keys(rows[0] ?? {});
  return {
    columns,
    rows: rows.map((r) => columns.map((c) => (typeof r[c] === "bigint" ? `${r[c]}` : r[c]))),
  };
};

/** Writes datasetDir/aggregates.json. */
export function writeAggregates(datasetDir: string, aggregates: Aggregates): void {
  const out = Object.fromEntries(
    Object.entries(aggregates).map(([name, rows]) => [name, encode(rows as Row[])]),
  );
  writeFileSync(join(datasetDir, AGGREGATES_FILE), `${JSON.stringify(out)}\n`);
}

/** Columns holding exact totals (micros as digits). */
const TOTALS = new Set(["total", "supplierSpend"]);

/** Reads datasetDir/aggregates.json back. */
export function readAggregates(datasetDir: string): Aggregates {
  const path = join(datasetDir, AGGREGATES_FILE);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run columnar" after the ingest.`);
  const file = JSON.parse(readFileSync(path, "utf8")) as Record<
    string,
    { columns: string[]; rows: (string | number)[][] }
  >;
  const decoded = Object.fromEntries(
    Object.entries(file).map(([name, { columns, rows }]) => [
      name,
      rows.map((values) =>
        Object.fromEntries(
          columns.map((c, i) => [c, TOTALS.has(c) ? BigInt(values[i] as string) : values[i]]),
        ),
      ),
    ]),
  );
  return decoded as unknown as Aggregates;
}
