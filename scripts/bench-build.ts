// npm run bench:build -- --data DIR [--dir DIR] [--keep]: one real build of a data folder, measured
// as a process tree (src/lib/bench/build-bench.ts). The dataset, site and log go under --dir
// (default .cache/bench-build); --keep keeps the built site there (dist/) for compare-dist.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatBuildBench, loadAverage } from "../src/lib/bench/build-bench.ts";
import { envWith } from "../src/lib/bench/site-bench.ts";
import { measureBuild } from "../src/lib/bench/site-scales.ts";
import { commandArgs } from "../src/lib/cli/args.ts";

const { values } = commandArgs(
  "bench:build",
  "Builds a real data folder once and measures it as a process tree: wall and CPU seconds, peak RSS, dist/ size.",
  {
    data: { type: "string" },
    dir: { type: "string", default: join(".cache", "bench-build") },
    keep: { type: "boolean", default: false },
  },
);
if (values.data === undefined) {
  console.error("Usage: npm run bench:build -- --data DIR [--dir DIR] [--keep]");
  process.exit(2);
}
const root = fileURLToPath(new URL("../", import.meta.url));
const workDir = resolve(values.dir);
mkdirSync(workDir, { recursive: true });
const dataDir = resolve(values.data);
const before = loadAverage();
console.error(`[bench:build] building ${dataDir} → ${workDir} (log: ${join(workDir, "site-build.log")})`);
try {
  const figures = await measureBuild({
    label: "data folder",
    dataDir,
    workDir,
    root,
    env: envWith({}),
    keepSite: values.keep,
  });
  console.log(formatBuildBench(dataDir, figures, before));
} catch (error) {
  console.error(`bench:build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
