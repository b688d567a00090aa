// npm run bench:ocds [-- --mb 50,200,500] [-- --contracts N] [-- --distinct]: reads generated OCDS
// release packages of those sizes, all of the same contracts, streamed (as the ingest does) and whole
// (the baseline); prints time and peak RSS of each, and their ratio. --distinct also reads the largest
// size with one release per contract. Then writes the release package of --out-contracts contracts
// with --out-payments payments each as transactions, streamed (as the site does) and whole (the
// baseline), and prints the same; --out-contracts 0 leaves that out.

import { runOcdsBench } from "../src/lib/bench/ocds-bench.ts";
import { runOcdsOutBench } from "../src/lib/bench/ocds-out-bench.ts";
import { commandArgs } from "../src/lib/cli/args.ts";

const { values } = commandArgs(
  "bench:ocds",
  "Reads generated OCDS packages of the given sizes, writes one, and reports the time and peak memory of each.",
  {
    mb: { type: "string", default: "50,200,500" },
    contracts: { type: "string", default: "0" },
    distinct: { type: "boolean", default: false },
    "out-contracts": { type: "string", default: "20000" },
    "out-payments": { type: "string", default: "25" },
  },
);
const sizes = (values.mb as string).split(",").map(Number);
const contracts = Number(values.contracts);
const outContracts = Number(values["out-contracts"]);
const outPayments = Number(values["out-payments"]);
if (![outContracts, outPayments].every((n) => Number.isInteger(n) && n >= 0)) {
  console.error("--out-contracts and --out-payments must be whole numbers");
  process.exit(2);
}
if (
  sizes.some((size) => !Number.isFinite(size) || size <= 0) ||
  !Number.isInteger(contracts) ||
  contracts < 0
) {
  console.error("--mb must be positive numbers separated by commas, --contracts a whole number");
  process.exit(2);
}
await runOcdsBench(sizes, contracts, values.distinct as boolean);
if (outContracts > 0) await runOcdsOutBench(outContracts, outPayments);
