// npm run build: ingest the data folder, compute the red flags over it, build the site, publish the
// dataset and the original files next to it, then index the site for search. Each step is a separate
// command.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { dataDirFromEnv, loadDataConfig } from "../src/lib/config/load.ts";
import { DATASET_DIR } from "../src/lib/dataset-dir.ts";
import { publishBuildDownloads } from "../src/lib/publish/build-step.ts";

const bin = (name: string) => join("node_modules", ".bin", name);
const site = process.env.SITE_DIR ?? "dist";

function step(label: string, command: string, args: string[]): void {
  console.log(`\n== ${label}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error(`Build stopped: ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const started = performance.now();
step("Ingest", process.execPath, ["scripts/ingest.ts", "--out", DATASET_DIR]);
step("Red flags", process.execPath, ["scripts/flags.ts", "--dataset", DATASET_DIR]);
step("Astro build", bin("astro"), ["build"]);

console.log("\n== Publish dataset and original files");
cpSync(DATASET_DIR, join(site, "data"), { recursive: true });
const config = loadDataConfig(dataDirFromEnv());
rmSync(join(site, "sources"), { recursive: true, force: true });
for (const council of config.councils) {
  for (const kind of ["spend", "contracts"]) {
    const from = join(council.dir, kind);
    if (!existsSync(from)) continue;
    const to = join(site, "sources", council.slug, kind);
    mkdirSync(to, { recursive: true });
    cpSync(from, to, { recursive: true });
  }
}

console.log("\n== Per-supplier and per-council downloads, Atom feeds");
console.log(await publishBuildDownloads(config, { datasetDir: DATASET_DIR, siteDir: site }));

step("Name index", process.execPath, ["scripts/search-index.ts", "--site", site, "--dataset", DATASET_DIR]);
// Only entity pages carry data-pagefind-body: the rest (lists, questions, embeds) need not be parsed.
step("Search index", bin("pagefind"), [
  "--site",
  site,
  "--glob",
  "{councils,suppliers,contracts}/*/index.html",
]);
console.log(`\nBuilt ${site}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
