// npm run bench:ingest [-- --payments 1000000 --runs 3]: generates payments across the demo formats, then
// prints ingest rows/s, seconds and peak RSS beside a raw papaparse parse of the same bytes, and the
// seconds of DuckDB's read_csv + exact sum of the amounts of the same files (with the ingest's own read
// settings) and the ratio ingest / DuckDB, the seconds of the flags step over the ingest's output (read, compute, write) against the ingest time.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runIngestBench } from "../src/lib/bench/ingest-bench.ts";

const { values } = parseArgs({
  options: {
    payments: { type: "string", default: "1000000" },
    runs: { type: "string", default: "3" },
    dir: { type: "string", default: join(".cache", "bench-ingest") },
  },
});
const dir = values.dir as string;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("--runs must be a whole number of at least 1");
  process.exit(2);
}
const report = await runIngestBench(dir, Number(values.payments), runs);
console.log(report);
