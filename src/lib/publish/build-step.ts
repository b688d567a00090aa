// The build's call into publishing: the data folder's configuration and the environment (BASE_PATH,
// SITE_URL) to publishDownloads' options, and one line saying what was written.
import type { DataConfig } from "../config/load.ts";
import { describePublished, publishDownloads } from "./publish-downloads.ts";

export interface BuildPaths {
  datasetDir: string;
  siteDir: string;
}

/** Writes the per-supplier and per-council downloads and the feeds; returns the line to print. */
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
