// npm run bench:flags [-- --payments 20000 --factor 4 --runs 3 --corpus 50000 --councils 2 --per-kind 5
// --seed 19]: how well possible duplicates are found on a generated corpus (recall of the planted ones,
// their rank, questions per 10,000 noise payments), then the flags step's compute time on its
// worst-case input at N and k·N payments with the ratio (linear growth gives about k), and the
// throughput of parsing published dates. Prints figures; never passes or fails on them.

import { runFlagsBench } from "../src/lib/bench/flags-bench.ts";
import { precisionReport } from "../src/lib/bench/flags-precision.ts";
import { commandArgs } from "../src/lib/cli/args.ts";

const { values } = commandArgs(
  "bench:flags",
  "Times the red-flag step against the ingest on generated payments, and on a corpus when given.",
  {
    payments: { type: "string", default: "20000" },
    factor: { type: "string", default: "4" },
    runs: { type: "string", default: "3" },
    corpus: { type: "string", default: "50000" },
    councils: { type: "string", default: "2" },
    "per-kind": { type: "string", default: "5" },
    seed: { type: "string", default: "19" },
  },
);
const numbers = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Number(value)]));
if (!Object.values(numbers).every((n) => Number.isInteger(n) && n >= 1)) {
  console.error(
    `${Object.keys(numbers)
      .map((k) => `--${k}`)
      .join(", ")} must be whole numbers of at least 1`,
  );
  process.exit(2);
}
const n = (key: string) => numbers[key] as number;
console.log(
  precisionReport({
    payments: n("corpus"),
    councils: n("councils"),
    perKind: n("per-kind"),
    seed: n("seed"),
  }),
);
console.log(runFlagsBench({ payments: n("payments"), factor: n("factor"), runs: n("runs") }));
