// npm run bench:flags [-- --payments 20000 --factor 4 --runs 3]: the flags step's compute time on its
// worst-case input at N and k·N payments with the ratio (linear growth gives about k), and the
// throughput of parsing published dates. Prints figures; never passes or fails on time.
import { parseArgs } from "node:util";
import { runFlagsBench } from "../src/lib/bench/flags-bench.ts";

const { values } = parseArgs({
  options: {
    payments: { type: "string", default: "20000" },
    factor: { type: "string", default: "4" },
    runs: { type: "string", default: "3" },
  },
});
const [payments, factor, runs] = [values.payments, values.factor, values.runs].map(Number);
if (![payments, factor, runs].every((n) => Number.isInteger(n) && (n as number) >= 1)) {
  console.error("--payments, --factor and --runs must be whole numbers of at least 1");
  process.exit(2);
}
console.log(runFlagsBench({ payments: payments as number, factor: factor as number, runs: runs as number }));
