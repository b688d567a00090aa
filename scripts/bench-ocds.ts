// npm run bench:ocds [-- --mb 200]: reads a generated OCDS release package of about that size streamed
// (as the ingest does) and whole (the baseline); prints time and peak RSS of each, and their ratio.
import { parseArgs } from "node:util";
import { runOcdsBench } from "../src/lib/bench/ocds-bench.ts";

const { values } = parseArgs({ options: { mb: { type: "string", default: "200" } } });
const megabytes = Number(values.mb);
if (!Number.isFinite(megabytes) || megabytes <= 0) {
  console.error("--mb must be a positive number");
  process.exit(2);
}
await runOcdsBench(megabytes);
