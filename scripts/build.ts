// npm run build: ingest the data folder, write it as Parquet with its aggregates, compute the red flags over it, then build the site while the
// dataset (its datapackage.json listing the site's own tables too), the original files, the downloads,
// the feeds and the name index are published beside it (into a folder merged into the site afterwards:
// astro build empties its output folder), then write the sitemap (with SITE_URL) and index the site
// for search. Each step is a separate command; a failed step stops the build.
import { spawn } from "node:child_process";
import { realpathSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { commandArgs } from "../src/lib/cli/args.ts";
import { dataDirFromEnv, loadDataConfig } from "../src/lib/config/load.ts";
import { loadSuppliers } from "../src/lib/dataset/suppliers.ts";
import { DATASET_DIR } from "../src/lib/dataset-dir.ts";
import { mergeTree } from "../src/lib/publish/merge-tree.ts";
import { writeSitemap } from "../src/lib/publish/sitemap.ts";
import { fullTextSupplierIds, MAX_FRAGMENT_FILES, stageFullTextPages } from "../src/lib/search/full-text.ts";
import { addSiteResources } from "../src/lib/tables/datapackage.ts";

commandArgs(
  "build",
  "Builds the site from DATA_DIR (default data/) into SITE_DIR (default dist/): ingest, Parquet, red flags, astro build, search.",
  {},
);
const site = process.env.SITE_DIR ?? "dist";
/** Beside the site (same file system: merging is renaming). */
const extra = join(dirname(site), `.${basename(site)}-extra`);

class StepFailed extends Error {}

function run(label: string, command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      stdio: "inherit",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", (error) => reject(new StepFailed(`${label} could not start: ${error.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new StepFailed(`${label} failed (exit ${code ?? signal}).`));
    });
  });
}

const node = (script: string, ...args: string[]) => [process.execPath, [script, ...args]] as const;
/** A package's command, run with this Node (the pinned one), not the one its "#!/usr/bin/env node" finds. */
const tool = (name: string, ...args: string[]) =>
  node(realpathSync(join("node_modules", ".bin", name)), ...args);

async function build(): Promise<void> {
  console.log("\n== Ingest");
  await run("Ingest", ...node("scripts/ingest.ts", "--out", DATASET_DIR));
  console.log("\n== Columnar dataset (Parquet) and its aggregates");
  await run("Columnar step", ...node("scripts/columnar.ts", "--dataset", DATASET_DIR));
  console.log("\n== Red flags");
  await run("Red flags", ...node("scripts/flags.ts", "--dataset", DATASET_DIR));
  const councils = loadDataConfig(dataDirFromEnv()).councils.map((c) => c.slug);
  console.log(addSiteResources(DATASET_DIR, councils));

  console.log("\n== Astro build, with the downloads, feeds and name index published beside it");
  rmSync(extra, { recursive: true, force: true });
  const published = (async () => {
    await run("Publishing", ...node("scripts/publish.ts", "--site", extra, "--dataset", DATASET_DIR));
    await run("Name index", ...node("scripts/search-index.ts", "--site", extra, "--dataset", DATASET_DIR));
  })();
  // Both run to the end before a failure is reported, so no step is left writing.
  const [astro, side] = await Promise.allSettled([run("Astro build", ...tool("astro", "build")), published]);
  for (const outcome of [astro, side]) if (outcome.status === "rejected") throw outcome.reason;

  console.log("\n== Merge the published files into the site");
  const moves = mergeTree(extra, site);
  console.log(`${moves.toLocaleString("en-GB")} files and folders moved from ${extra} into ${site}`);
  console.log(writeSitemap(site, process.env.SITE_URL, process.env.BASE_PATH ?? "/"));

  // Pagefind reads only the pages full text covers (src/lib/search/full-text.ts), linked into a folder
  // beside the site; its result files are bundled so that they stay a few thousand files.
  console.log("\n== Search index");
  const staging = join(dirname(site), `.${basename(site)}-fulltext`);
  const chosen = fullTextSupplierIds(await loadSuppliers(join(DATASET_DIR, "suppliers.csv")));
  const staged = stageFullTextPages(site, staging, chosen);
  if (staged.missing.length > 0)
    throw new StepFailed(`Search index: no page for supplier ${staged.missing.slice(0, 5).join(", ")}`);
  console.log(
    `Full text: ${staged.pages.toLocaleString("en-GB")} pages (councils, contracts, the ${chosen.length.toLocaleString("en-GB")} suppliers paid most)`,
  );
  await run(
    "Search index",
    ...tool(
      "pagefind",
      "--site",
      staging,
      "--output-path",
      join(site, "pagefind"),
      "--max-fragments",
      String(MAX_FRAGMENT_FILES),
    ),
  );
  rmSync(staging, { recursive: true, force: true });
}

const started = performance.now();
try {
  await build();
  console.log(`\nBuilt ${site}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Build stopped: ${message}`);
  process.exit(1);
}
