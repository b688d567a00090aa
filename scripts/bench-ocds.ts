// npm run bench:ocds [-- --mb 50,200,500] [-- --contracts N] [-- --distinct]: reads generated OCDS
// release packages of those sizes, all of the same contracts, streamed (as the ingest does) and whole
// (the baseline); prints time and peak RSS of each, and their ratio. --distinct also reads the largest
// size with one release per contract.

import { runOcdsBench } from "../src/lib/bench/ocds-bench.ts";
import { commandArgs } from "../src/lib/cli/args.ts";

const { values } = commandArgs(
  "bench:ocds",
  "Reads generated OCDS packages of the given sizes and reports the peak memory of reading them.",
  {
    mb: { type: "string", default: "50,200,500" },
    contracts: { type: "string", default: "0" },
    distinct: { type: "boolean", default: false },
  },
);
const sizes = (values.mb as string).split(",").map(Number);
const contracts = Number(values.contracts);
if (
  sizes.some((size) => !Number.isFinite(size) || size <= 0) ||
  !Number.isInteger(contracts) ||
  contracts < 0
) {
  console.error("--mb must be positive numbers separated by commas, --contracts a whole number");
  process.exit(2);
}
await runOcdsBench(sizes, contracts, values.distinct as boolean);
