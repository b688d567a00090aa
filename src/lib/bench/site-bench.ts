// bench:site: the real build (scripts/build.ts) of a generated 1M-payment partnership against a
// bare Astro build of the same number of trivial pages, in the same run, with the ratio; then the
// entity pages' gzipped sizes and scripts (printed by site-report.ts, where more figures go).

import { existsSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { astroCli, writeBareProject } from "./site-bare.ts";
import { chartStats } from "./site-charts.ts";
import { type DataParams, ensureData } from "./site-data.ts";
import { measureTree, type TreeMeasurement } from "./site-measure.ts";
import { type SiteStats, siteStats } from "./site-pages.ts";
import { formatReport } from "./site-report.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface SiteBenchOptions extends DataParams {
  /** Working folder (data, dataset, site, bare project, logs). */
  dir: string;
  fresh: boolean;
  /** Skip the bare Astro baseline (quicker look at the site alone). */
  noBare?: boolean;
  log?: (line: string) => void;
}

export interface SiteBenchResult {
  site: TreeMeasurement;
  stats: SiteStats;
  bare: TreeMeasurement | null;
  barePages: number;
  report: string;
}

const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(" ");
const n = (v: number) => Math.round(v).toLocaleString("en-GB");

export function envWith(extra: Record<string, string>): NodeJS.ProcessEnv {
  // The pinned Node first on PATH, so "#!/usr/bin/env node" in tool shebangs runs Node 24.
  const path = [join(ROOT, "node_modules", ".bin"), process.env.PATH ?? ""].join(delimiter);
  return { ...process.env, PATH: path, ASTRO_TELEMETRY_DISABLED: "1", CI: "1", ...extra };
}

export async function runSiteBench(options: SiteBenchOptions): Promise<SiteBenchResult> {
  const log = options.log ?? (() => {});
  const dir = resolve(options.dir);
  const dataDir = join(dir, "data");
  const siteDir = join(dir, "dist");
  log(
    `data: ${n(options.payments)} payments, ${n(options.suppliers)} suppliers, seed ${options.seed} → ${dataDir}`,
  );
  const data = await ensureData(dataDir, options, options.fresh);
  log(
    data.generated
      ? `data generated in ${data.seconds.toFixed(1)} s`
      : "data reused (same options and generator)",
  );

  // Both builds start from an empty output folder (Astro empties it itself, which for a previous
  // 30,000-page site costs tens of seconds: timed here, not counted).
  const clearing = performance.now();
  rmSync(siteDir, { recursive: true, force: true });
  const clearedSeconds = (performance.now() - clearing) / 1000;
  const loadBefore = load();
  log(`site build (scripts/build.ts) → ${siteDir}; log in ${join(dir, "site-build.log")}`);
  const site = await measureTree(process.execPath, [join(ROOT, "scripts", "build.ts")], {
    cwd: ROOT,
    env: envWith({ DATA_DIR: dataDir, SITE_DIR: siteDir, DATASET_DIR: join(dir, "dataset") }),
    logFile: join(dir, "site-build.log"),
    stageMarker: /^== (.+)$/,
    keep: /page\(s\) built in|Indexed \d+ (pages|words)|Finished in|flags timing:/,
  });
  log(`site built in ${site.seconds.toFixed(1)} s; reading ${siteDir}`);
  const stats = siteStats(siteDir);
  const charts = chartStats(siteDir);

  let bare: TreeMeasurement | null = null;
  const barePages = stats.pages;
  if (!options.noBare) {
    const bareDir = join(dir, "bare");
    writeBareProject(bareDir, ROOT, barePages);
    log(`bare Astro build of ${n(barePages)} trivial pages → ${bareDir}`);
    bare = await measureTree(process.execPath, [astroCli(ROOT), "build"], {
      cwd: bareDir,
      env: envWith({}),
      logFile: join(dir, "bare-build.log"),
      keep: /page\(s\) built in/,
    });
    if (!existsSync(join(bareDir, "dist", "p", "0", "index.html")))
      throw new Error("bare build wrote no pages");
  }
  const report = formatReport({
    options,
    data,
    site,
    stats,
    charts,
    bare,
    barePages,
    loadBefore,
    loadAfter: load(),
    clearedSeconds,
  });
  return { site, stats, bare, barePages, report };
}
