// npm run bench:site: the real build of generated partnerships of 1M, 3M and 10M payments (suppliers
// scaled with them), each measured (wall and CPU seconds, peak RSS, dist/ bytes and files) with how
// each figure grows per payment. Options:
//   --sizes 1000000,3000000          the sizes to build (default 1M, 3M, 10M)
//   --suppliers-per-million 30000    suppliers asked of the generator per million payments
//   --data DIR                       build a real data folder instead, measured the same way
//   --payments N [--suppliers N]     one size in detail: against a bare Astro build of as many
//                                    trivial pages (--no-bare skips it), with page sizes and charts
//   --fresh (regenerate data)  --keep (keep the built sites)  --seed N  --dir DIR
// Data is kept in .cache/bench-site/ between runs.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { envWith, runSiteBench } from "../src/lib/bench/site-bench.ts";
import { formatScales, measureBuild, runScales } from "../src/lib/bench/site-scales.ts";
import { commandArgs } from "../src/lib/cli/args.ts";

const { values } = commandArgs(
  "bench:site",
  "Builds generated partnerships of several sizes (or a real data folder) and reports how each figure grows.",
  {
    sizes: { type: "string", default: "1000000,3000000,10000000" },
    "suppliers-per-million": { type: "string", default: "30000" },
    data: { type: "string" },
    payments: { type: "string" },
    suppliers: { type: "string" },
    seed: { type: "string", default: "7" },
    dir: { type: "string", default: join(".cache", "bench-site") },
    fresh: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "no-bare": { type: "boolean", default: false },
  },
);
const root = fileURLToPath(new URL("../", import.meta.url));
const log = (line: string) => console.error(`[bench:site] ${line}`);
const seed = Number(values.seed);
const perMillion = Number(values["suppliers-per-million"]);
const sizes = values.sizes.split(",").map(Number);
if (!Number.isFinite(seed) || !(perMillion > 0) || !sizes.every((s) => s > 0)) {
  console.error(
    "--sizes must be positive numbers (payments), --suppliers-per-million positive, --seed a number",
  );
  process.exit(2);
}
mkdirSync(values.dir, { recursive: true });

if (values.payments !== undefined) {
  const payments = Number(values.payments);
  const suppliers = Number(values.suppliers ?? Math.round((payments / 1e6) * perMillion));
  if (!(payments > 0) || !(suppliers > 0)) {
    console.error("--payments and --suppliers must be positive numbers");
    process.exit(2);
  }
  const result = await runSiteBench({
    dir: values.dir,
    payments,
    suppliers,
    seed,
    fresh: values.fresh,
    noBare: values["no-bare"],
    log,
  });
  console.log(result.report);
} else if (values.data !== undefined) {
  const workDir = resolve(values.dir, "data-folder");
  mkdirSync(workDir, { recursive: true });
  log(`building ${values.data} → ${workDir}`);
  const figures = await measureBuild({
    label: "data folder",
    dataDir: resolve(values.data),
    workDir,
    root,
    env: envWith({}),
    keepSite: values.keep,
  });
  console.log(`bench:site — ${resolve(values.data)}\n${formatScales([figures])}`);
} else {
  const results = await runScales({
    dir: values.dir,
    sizes: [...sizes].sort((a, b) => a - b),
    suppliersPerMillion: perMillion,
    seed,
    fresh: values.fresh,
    keepSites: values.keep,
    root,
    env: envWith({}),
    log,
  });
  console.log(`bench:site — generated partnerships, seed ${seed}\n${formatScales(results)}`);
}
