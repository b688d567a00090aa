// bench:build: one real `npm run build` (scripts/build.ts) of a data folder, measured as a process
// tree (site-measure.ts): wall and CPU seconds, the peak of the tree's summed RSS and the step that
// held it, the largest single process, and the built site's bytes on disk and files; against the
// partnership target (issue 20): a tree peak of at most 2.5 GB within 150 s.
import { loadavg } from "node:os";
import { gb, type Stage } from "./site-measure.ts";
import type { BuildFigures } from "./site-scales.ts";

export const BUILD_TARGET = { peakTreeRssBytes: 2.5 * 1024 ** 3, seconds: 150 };

/** The step (a "== ..." line of the build) during which the tree's RSS peaked. */
export function peakStage(stages: readonly Stage[]): Stage | undefined {
  let best: Stage | undefined;
  for (const s of stages) if (!best || s.peakTreeRssBytes > best.peakTreeRssBytes) best = s;
  return best;
}

const n = (v: number) => Math.round(v).toLocaleString("en-GB");
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(" ");

export function formatBuildBench(dataDir: string, r: BuildFigures, loadBefore: string): string {
  const { build, dist } = r;
  const peak = peakStage(build.stages);
  const treeOk = build.peakTreeRssBytes <= BUILD_TARGET.peakTreeRssBytes;
  const wallOk = build.seconds <= BUILD_TARGET.seconds;
  const lines = [
    `bench:build — ${dataDir}: ${n(r.payments)} payments, ${n(r.suppliers)} suppliers`,
    `wall ${build.seconds.toFixed(1)} s (target ≤ ${BUILD_TARGET.seconds} s: ${wallOk ? "met" : "NOT MET"})`,
    `CPU ${build.cpuSeconds.toFixed(1)} s`,
    `tree peak RSS ${gb(build.peakTreeRssBytes)} (target ≤ ${gb(BUILD_TARGET.peakTreeRssBytes)}: ${treeOk ? "met" : "NOT MET"}), during step: ${peak?.label ?? "?"}`,
    `largest process peak RSS ${gb(build.peakProcessRssBytes)} (${build.processRssSource})`,
    `dist: ${n(dist.files)} files (${n(dist.pages)} pages), ${(dist.bytes / 1024 ** 3).toFixed(2)} GB of files, ${(dist.diskBytes / 1024 ** 3).toFixed(2)} GB on disk`,
    "per step (wall s / CPU s / tree peak RSS):",
    ...build.stages.map(
      (s) =>
        `  ${s.label.padEnd(60)} ${s.seconds.toFixed(1).padStart(6)} ${s.cpuSeconds.toFixed(1).padStart(6)}  ${gb(s.peakTreeRssBytes)}`,
    ),
    `load average before ${loadBefore}, after ${load()} (2 cores)`,
  ];
  return lines.join("\n");
}

export const loadAverage = load;
