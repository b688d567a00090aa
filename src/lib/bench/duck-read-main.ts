// Child-process entry for bench:ingest's DuckDB side: `duck-read-main.ts <settings.json> <threads>`
// reads every file the settings list with read_csv and sums its amount column (one query per file, on
// one database with that many threads); prints {"totals": {path: decimal}, "failed": {path: reason}}.
// Files readCsvSum leaves out are not read; a file DuckDB fails on is listed, never fatal.
import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import type { FileReadSettings } from "../ingest/output/read-settings.ts";
import { AMOUNT_MACRO, readCsvSum } from "./duck-read.ts";

const [settingsPath, threads] = process.argv.slice(2);
if (!settingsPath || !(Number(threads) >= 1)) {
  console.error("usage: duck-read-main.ts <settings.json> <threads>");
  process.exit(2);
}
const files = JSON.parse(readFileSync(settingsPath, "utf8")) as FileReadSettings[];
const instance = await DuckDBInstance.create(":memory:", { threads: String(threads) });
const db = await instance.connect();
await db.run(AMOUNT_MACRO);
const totals: Record<string, string | null> = {};
const failed: Record<string, string> = {};
for (const file of files) {
  const query = readCsvSum(file);
  if (!("sql" in query)) continue;
  try {
    const rows = (await db.runAndReadAll(query.sql)).getRowObjectsJson();
    totals[file.path] = (rows[0]?.total as string | null | undefined) ?? null;
  } catch (error) {
    failed[file.path] = (error as Error).message.split("\n")[0] as string;
  }
}
db.closeSync();
instance.closeSync();
console.log(JSON.stringify({ totals, failed }));
