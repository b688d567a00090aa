// Build step: publishes the dataset, the councils' original files, the per-council contract
// downloads and the Atom feeds into a folder (the build runs it beside astro build, into a folder
// merged into the site afterwards). `-- --site DIR --dataset DIR` (defaults: SITE_DIR or dist, DATASET_DIR).
import { mkdirSync } from "node:fs";
import { commandArgs } from "../src/lib/cli/args.ts";
import { dataDirFromEnv, loadDataConfig } from "../src/lib/config/load.ts";
import { DATASET_DIR } from "../src/lib/dataset-dir.ts";
import { publishBuildDownloads, publishDatasetAndSources } from "../src/lib/publish/build-step.ts";

const { values } = commandArgs(
  "scripts/publish.ts",
  "Build step: publishes the dataset, the original files and the feeds beside the built site.",
  {
    site: { type: "string", default: process.env.SITE_DIR ?? "dist" },
    dataset: { type: "string", default: DATASET_DIR },
  },
);
const paths = { siteDir: values.site as string, datasetDir: values.dataset as string };
const config = loadDataConfig(dataDirFromEnv());
mkdirSync(paths.siteDir, { recursive: true });
const started = performance.now();
publishDatasetAndSources(config, paths);
console.log(
  `Dataset and original files copied to ${paths.siteDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(await publishBuildDownloads(config, paths));
