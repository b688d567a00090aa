// npm run bench:site [-- --payments 1000000 --suppliers 30000 --fresh --no-bare]: builds the site
// from a generated partnership (kept in .cache/bench-site/data between runs; --fresh regenerates)
// and a bare Astro project with as many trivial pages, then prints seconds, pages/s, peak RSS,
// search index size, the ratio, and the entity pages' gzipped sizes and scripts.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runSiteBench } from "../src/lib/bench/site-bench.ts";

const { values } = parseArgs({
  options: {
    payments: { type: "string", default: "1000000" },
    suppliers: { type: "string", default: "30000" },
    seed: { type: "string", default: "7" },
    dir: { type: "string", default: join(".cache", "bench-site") },
    fresh: { type: "boolean", default: false },
    "no-bare": { type: "boolean", default: false },
  },
});
const payments = Number(values.payments);
const suppliers = Number(values.suppliers);
const seed = Number(values.seed);
if (!(payments > 0) || !(suppliers > 0) || !Number.isFinite(seed)) {
  console.error("--payments and --suppliers must be positive numbers and --seed a number");
  process.exit(2);
}
mkdirSync(values.dir, { recursive: true });
const result = await runSiteBench({
  dir: values.dir,
  payments,
  suppliers,
  seed,
  fresh: values.fresh,
  noBare: values["no-bare"],
  log: (line) => console.error(`[bench:site] ${line}`),
});
console.log(result.report);
