// npm run bench:search [-- --site DIR --suppliers 30000 --payments 100000 --query zuric --names 300000
// --runs 3 --fresh]: bytes transferred and milliseconds before the first result of a supplier-name
// search in Chromium, through the name index and through Pagefind alone, against the 150 kB budget.
// Without --site it generates a partnership with --suppliers suppliers and builds it in
// .cache/bench-search/ (kept between runs; --fresh rebuilds). --names N also measures a generated name
// index of N suppliers served in place of the site's (10× the pages without building them).
import { join } from "node:path";
import { runSearchBench } from "../src/lib/bench/search-bench.ts";
import { commandArgs } from "../src/lib/cli/args.ts";

const { values } = commandArgs(
  "bench:search",
  "Measures the search: bytes before the first result and the time to results as you type.",
  {
    site: { type: "string" },
    suppliers: { type: "string", default: "30000" },
    payments: { type: "string", default: "100000" },
    dir: { type: "string", default: join(".cache", "bench-search") },
    query: { type: "string", multiple: true, default: [] },
    names: { type: "string" },
    runs: { type: "string", default: "3" },
    fresh: { type: "boolean", default: false },
  },
);
const numbers = [values.suppliers, values.payments, values.runs, values.names ?? "1"].map(Number);
if (numbers.some((n) => !(n > 0))) {
  console.error("--suppliers, --payments, --runs and --names must be positive numbers");
  process.exit(2);
}
const report = await runSearchBench({
  ...(values.site ? { site: values.site } : {}),
  suppliers: Number(values.suppliers),
  payments: Number(values.payments),
  dir: values.dir,
  queries: values.query,
  ...(values.names ? { names: Number(values.names) } : {}),
  runs: Number(values.runs),
  fresh: values.fresh,
  log: (line) => console.error(`[bench:search] ${line}`),
});
console.log(report);
