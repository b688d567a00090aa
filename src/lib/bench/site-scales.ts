// bench:site at several sizes: the real build (scripts/build.ts) of generated partnerships of 1M, 3M
// and 10M payments (suppliers scaled with them), or of a real data folder, each from an empty output
// folder; per size the wall and CPU seconds, peak RSS, dist/ bytes and files, and how each grows
// against the payments (a ratio per million payments against the smallest size, 1.00 = linear).
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type DistTotals, distTotals } from "./dist-totals.ts";
import { ensureData } from "./site-data.ts";
import { gb, measureTree, type TreeMeasurement } from "./site-measure.ts";

/** The targets of a partnership build (issue 20) and of the largest generated size. */
export const SCALE_TARGET = {
  /** At 10M payments or more: the build finishes with at most this peak RSS (process tree). */
  largeRssBytes: 8 * 1024 ** 3,
  largeFrom: 10_000_000,
  /** Growth per payment against the smallest size, above which a figure is called worse than linear. */
  linearWithin: 1.2,
};

export interface BuildFigures {
  label: string;
  payments: number;
  suppliers: number;
  build: TreeMeasurement;
  dist: DistTotals;
}

export interface BuildRun {
  label: string;
  dataDir: string;
  /** Holds the dataset, the site and the build's log. */
  workDir: string;
  root: string;
  env: NodeJS.ProcessEnv;
  /** Keep the built site (else it is removed once counted: a 10M site is large). */
  keepSite: boolean;
}

const WRITTEN = /^([\d,]+) payments, [\d,]+ contracts, ([\d,]+) suppliers written/;
const count = (text: string) => Number(text.replaceAll(",", ""));

/** One real build of a data folder, measured, its dist/ counted. */
export async function measureBuild(run: BuildRun): Promise<BuildFigures> {
  const siteDir = join(run.workDir, "dist");
  rmSync(siteDir, { recursive: true, force: true });
  const build = await measureTree(process.execPath, [join(run.root, "scripts", "build.ts")], {
    cwd: run.root,
    env: { ...run.env, DATA_DIR: run.dataDir, SITE_DIR: siteDir, DATASET_DIR: join(run.workDir, "dataset") },
    logFile: join(run.workDir, "site-build.log"),
    stageMarker: /^== (.+)$/,
    keep: /page\(s\) built in|payments, [\d,]+ contracts, [\d,]+ suppliers written|Full text:/,
  });
  const written = build.kept.map((line) => WRITTEN.exec(line)).find(Boolean);
  const dist = distTotals(siteDir);
  if (!run.keepSite) rmSync(siteDir, { recursive: true, force: true });
  return {
    label: run.label,
    payments: written ? count(written[1] as string) : Number.NaN,
    suppliers: written ? count(written[2] as string) : Number.NaN,
    build,
    dist,
  };
}

export interface ScaleOptions {
  dir: string;
  /** Sizes in payments, smallest first. */
  sizes: number[];
  suppliersPerMillion: number;
  seed: number;
  fresh: boolean;
  keepSites: boolean;
  root: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

const millions = (payments: number) => `${+(payments / 1e6).toFixed(2)}M`;

/** Generates (or reuses) each size's data folder and builds it, smallest first. */
export async function runScales(options: ScaleOptions): Promise<BuildFigures[]> {
  const results: BuildFigures[] = [];
  for (const payments of options.sizes) {
    const label = millions(payments);
    const workDir = resolve(options.dir, `scale-${label}`);
    const suppliers = Math.max(1, Math.round((payments / 1e6) * options.suppliersPerMillion));
    const dataDir = join(workDir, "data");
    const data = await ensureData(dataDir, { payments, suppliers, seed: options.seed }, options.fresh);
    options.log(
      `${label}: data ${data.generated ? `generated in ${data.seconds.toFixed(1)} s` : "reused"} (${suppliers.toLocaleString("en-GB")} suppliers asked); building`,
    );
    const figures = await measureBuild({
      label,
      dataDir,
      workDir,
      root: options.root,
      env: options.env,
      keepSite: options.keepSites,
    });
    results.push(figures);
    // Printed (and kept beside its data) after each size: a long run stopped early keeps what it measured.
    writeFileSync(join(workDir, "figures.json"), JSON.stringify(figures, null, 1));
    options.log(
      `${label}: built in ${figures.build.seconds.toFixed(1)} s; so far:\n${formatScales(results)}`,
    );
  }
  return results;
}

const n = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString("en-GB") : "?");
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

/** The figures a size is judged by, with how to read each from a build. */
const FIGURES: { label: string; of: (f: BuildFigures) => number; text: (v: number) => string }[] = [
  { label: "wall s", of: (f) => f.build.seconds, text: (v) => v.toFixed(1) },
  { label: "CPU s", of: (f) => f.build.cpuSeconds, text: (v) => v.toFixed(1) },
  { label: "peak RSS (tree)", of: (f) => f.build.peakTreeRssBytes, text: gb },
  { label: "dist/ bytes", of: (f) => f.dist.bytes, text: mb },
  { label: "dist/ files", of: (f) => f.dist.files, text: n },
];

function table(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  "),
  );
}

/** Growth of a figure per payment against the first size: 1.00 is linear, 2.00 twice as much per payment. */
export function growthPerPayment(
  first: { value: number; payments: number },
  next: { value: number; payments: number },
): number {
  return next.value / next.payments / (first.value / first.payments);
}

export function formatScales(results: readonly BuildFigures[]): string {
  const out: string[] = [];
  const head = ["size", "payments", "suppliers", "pages", ...FIGURES.map((f) => f.label), "largest process"];
  const rows = results.map((r) => [
    r.label,
    n(r.payments),
    n(r.suppliers),
    n(r.dist.pages),
    ...FIGURES.map((f) => f.text(f.of(r))),
    gb(r.build.peakProcessRssBytes),
  ]);
  out.push(...table([head, ...rows]), "");

  out.push("per step (wall s, CPU s, peak RSS of the tree):");
  for (const r of results) {
    const steps = r.build.stages.map(
      (s) =>
        `${s.label.split(",")[0]} ${s.seconds.toFixed(1)}/${s.cpuSeconds.toFixed(1)} s ${gb(s.peakTreeRssBytes)}`,
    );
    out.push(`  ${r.label}: ${steps.join("; ")}`);
  }
  out.push("", "dist/ by folder (files, bytes), largest first:");
  for (const r of results) {
    const folders = r.dist.folders
      .slice(0, 6)
      .map((f) => `${f.folder || "(root)"} ${n(f.files)} ${mb(f.bytes)}`);
    out.push(`  ${r.label}: ${folders.join("; ")}`);
  }

  const [first, ...rest] = results;
  if (first && rest.length > 0) {
    out.push(
      "",
      `growth per payment against ${first.label} (1.00 = linear; over ${SCALE_TARGET.linearWithin.toFixed(2)}: worse than linear):`,
    );
    for (const f of FIGURES) {
      const ratios = rest.map((r) => {
        const g = growthPerPayment(
          { value: f.of(first), payments: first.payments },
          { value: f.of(r), payments: r.payments },
        );
        return `${r.label} ${g.toFixed(2)}`;
      });
      const worst = Math.max(
        ...rest.map((r) =>
          growthPerPayment(
            { value: f.of(first), payments: first.payments },
            { value: f.of(r), payments: r.payments },
          ),
        ),
      );
      out.push(
        `  ${f.label.padEnd(16)} ${ratios.join(", ")}: ${worst <= SCALE_TARGET.linearWithin ? "linear or better" : "WORSE THAN LINEAR"}`,
      );
    }
    out.push(
      `  (per million payments at ${first.label}: ${FIGURES.map((f) => `${f.text(f.of(first) / (first.payments / 1e6))} ${f.label}`).join(", ")})`,
    );
  }
  for (const r of results.filter((x) => x.payments >= SCALE_TARGET.largeFrom)) {
    const ok = r.build.peakTreeRssBytes <= SCALE_TARGET.largeRssBytes;
    out.push(
      `${r.label}: peak RSS ${gb(r.build.peakTreeRssBytes)} (target ≤ ${gb(SCALE_TARGET.largeRssBytes)}: ${ok ? "met" : "NOT MET"})`,
    );
  }
  return out.join("\n");
}
