// The build's publishing step: the dataset and the councils' original files copied into the site,
// then the per-council contract-register downloads and the feeds, from the data folder's
// configuration and the environment (BASE_PATH, SITE_URL); returns the lines to print.
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { AGGREGATES_FILE } from "../columnar/aggregates-file.ts";
import { insideDataFolder } from "../config/data-files.ts";
import type { DataConfig } from "../config/load.ts";
import { PAYMENTS } from "../tables/payments.ts";
import { describePublished, publishDownloads } from "./publish-downloads.ts";

export interface BuildPaths {
  datasetDir: string;
  siteDir: string;
}

/**
 * Copies the dataset to <site>/data/ and each council's published files, unchanged, to <site>/sources/:
 * never a symbolic link, nor anything that resolves outside the data folder (the ingest refused those).
 */
export function publishDatasetAndSources(config: DataConfig, paths: BuildPaths): void {
  // payments.csv is the ingest's hand-off to the columnar step (published as payments.csv.gz instead),
  // aggregates.json the pages' input.
  const unpublished = new Set([PAYMENTS.file, AGGREGATES_FILE].map((f) => resolve(paths.datasetDir, f)));
  cpSync(paths.datasetDir, join(paths.siteDir, "data"), {
    recursive: true,
    filter: (from) => !unpublished.has(resolve(from)),
  });
  rmSync(join(paths.siteDir, "sources"), { recursive: true, force: true });
  const filter = insideDataFolder(config.dataDir);
  for (const council of config.councils) {
    for (const kind of ["spend", "contracts", "ocds"]) {
      const from = join(council.dir, kind);
      if (!existsSync(from) || !filter(from)) continue;
      const to = join(paths.siteDir, "sources", council.slug, kind);
      mkdirSync(to, { recursive: true });
      cpSync(from, to, { recursive: true, filter });
    }
  }
}

/** Writes the per-council contract-register downloads and the feeds; returns the line to print. */
export async function publishBuildDownloads(
  config: DataConfig,
  paths: BuildPaths,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const started = performance.now();
  const summary = await publishDownloads({
    ...paths,
    base: env.BASE_PATH ?? "/",
    siteUrl: env.SITE_URL?.trim() || undefined,
    partnership: {
      name: config.partnership.name,
      website: config.partnership.website,
      arrangements: config.partnership.arrangements ?? [],
    },
    councils: config.councils.map((c) => ({ slug: c.slug, name: c.config.name })),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `${describePublished(summary)} in ${seconds} s`;
}
