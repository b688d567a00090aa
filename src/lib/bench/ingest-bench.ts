// bench:ingest: the ingest against a raw papaparse parse of the same bytes, in the same run; then the
// flags step over the ingest's output, against the ingest time. Each is run several times, in rounds
// (raw parse, ingest, flags), and the median is reported with the range: on a shared 2-core machine
// one run can be 15% off either way.
import { statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listCouncilFiles, loadDataConfig } from "../config/load.ts";
import { generateDemo } from "../demo/generate.ts";
import { workerCount } from "../ingest/threads/worker-count.ts";
import {
  type DuckRun,
  duckLines,
  duckOnce,
  excludedFiles,
  linkDataDir,
  readSettingsFile,
} from "./duck-bench.ts";
import { STAGE_LABELS, STAGES } from "./ingest-stages.ts";
import { type Measurement, mb, measureNode } from "./measure.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const RAW_PARSE = fileURLToPath(new URL("./raw-parse-main.ts", import.meta.url));
const STAGES_MAIN = fileURLToPath(new URL("./stages-main.ts", import.meta.url));

/** The middle value (the mean of the two middle ones for an even count; NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  if (sorted.length === 0) return Number.NaN;
  return Number.isInteger(half)
    ? ((sorted[half - 1] as number) + (sorted[half] as number)) / 2
    : (sorted[Math.floor(half)] as number);
}

/** ", a–b over n runs", or "" for one run. */
function range(values: readonly number[], digits: number, unit = ""): string {
  if (values.length < 2) return "";
  const f = (n: number) => `${n.toFixed(digits)}${unit}`;
  return `, ${f(Math.min(...values))}–${f(Math.max(...values))} over ${values.length} runs`;
}

function line(label: string, runs: Measurement[], rows: number): string {
  const seconds = median(runs.map((m) => m.seconds));
  const rate = Math.round(rows / seconds).toLocaleString("en-GB");
  const rss = Math.max(...runs.map((m) => m.peakRssBytes));
  return (
    `${label.padEnd(22)} ${seconds.toFixed(2).padStart(7)} s  ${rate.padStart(10)} rows/s  peak RSS ${mb(rss).padStart(8)}` +
    range(
      runs.map((m) => m.seconds),
      2,
      " s",
    )
  );
}

/** The flags step over an ingest's output: wall seconds of the process and its own read/compute/write split. */
async function flagsOnce(dataDir: string, outDir: string): Promise<{ run: Measurement; parts: number[] }> {
  const run = await measureNode([join(ROOT, "scripts/flags.ts"), "--dataset", outDir], {
    ...process.env,
    DATA_DIR: dataDir,
  });
  const match = /flags timing: read ([\d.]+) s, compute ([\d.]+) s, write ([\d.]+) s/.exec(run.output);
  return { run, parts: match ? match.slice(1).map(Number) : [Number.NaN, Number.NaN, Number.NaN] };
}

/** The columnar step over an ingest's output (Parquet, the aggregates): what the flags step reads. */
async function columnarOnce(dataDir: string, outDir: string): Promise<Measurement> {
  return measureNode([join(ROOT, "scripts/columnar.ts"), "--dataset", outDir], {
    ...process.env,
    DATA_DIR: dataDir,
  });
}

async function ingestOnce(dataDir: string, outDir: string, settings?: string): Promise<Measurement> {
  const extra = settings ? ["--read-settings", settings] : [];
  return measureNode([join(ROOT, "scripts/ingest.ts"), "--out", outDir, ...extra], {
    ...process.env,
    DATA_DIR: dataDir,
    CI: "1",
  });
}

export async function runIngestBench(dir: string, payments: number, runs = 3): Promise<string> {
  const dataDir = join(dir, "data");
  const smallDir = join(dir, "data-small");
  const small = Math.max(1000, Math.round(payments / 4));
  await generateDemo({ out: dataDir, payments, seed: 7 });
  await generateDemo({ out: smallDir, payments: small, seed: 7 });
  const config = loadDataConfig(dataDir);
  const tasks = config.councils.map((c) => ({
    slug: c.slug,
    dir: c.dir,
    config: c.config,
    files: listCouncilFiles(c.dir, "spend"),
  }));
  const paths = tasks.flatMap((task) => task.files.map((f) => join(task.dir, f)));
  const threads = Math.max(1, workerCount(tasks, {}));
  const bytes = paths.reduce((n, p) => n + statSync(p).size, 0);

  // DuckDB's side: the files it can read as the ingest did, found once (untimed); the ingest is timed
  // again over those files alone when some are left out.
  const probeSettings = join(dir, "read-settings-probe.json");
  await ingestOnce(dataDir, join(dir, "out"), probeSettings);
  const probe = await duckOnce(probeSettings, threads);
  const excluded = excludedFiles(readSettingsFile(probeSettings), probe.failed);
  const duckDataDir = excluded.size === 0 ? dataDir : join(dir, "data-duck");
  if (excluded.size > 0) linkDataDir(dataDir, duckDataDir, new Set(excluded.keys()));
  const duckSettings = join(dir, "read-settings.json");

  const rounds: {
    raw: Measurement;
    ingest: Measurement;
    duckIngest: Measurement;
    duck: DuckRun;
    columnar: Measurement;
    flags: Awaited<ReturnType<typeof flagsOnce>>;
    stages: Measurement[];
  }[] = [];
  for (let i = 0; i < runs; i++) {
    const raw = await measureNode([RAW_PARSE, ...paths]);
    const ingest = await ingestOnce(
      dataDir,
      join(dir, "out"),
      excluded.size === 0 ? duckSettings : undefined,
    );
    const duckIngest =
      excluded.size === 0 ? ingest : await ingestOnce(duckDataDir, join(dir, "out-duck"), duckSettings);
    const duck = await duckOnce(duckSettings, threads);
    const columnar = await columnarOnce(dataDir, join(dir, "out"));
    const flags = await flagsOnce(dataDir, join(dir, "out"));
    const stages: Measurement[] = [];
    for (const stage of STAGES)
      stages.push(await measureNode([STAGES_MAIN, stage, String(threads), ...paths]));
    rounds.push({ raw, ingest, duckIngest, duck, columnar, flags, stages });
  }
  const rows = Number(/rows=(\d+)/.exec(rounds[0]?.raw.output ?? "")?.[1] ?? "0");
  const ingestSmall = await ingestOnce(smallDir, join(dir, "out-small"));
  const ingests = rounds.map((r) => r.ingest);
  const ingestRss = Math.max(...ingests.map((m) => m.peakRssBytes));
  const ratios = rounds.map((r) => r.ingest.seconds / r.raw.seconds);
  const part = (k: number) => median(rounds.map((r) => r.flags.parts[k] as number));
  const shares = rounds.map((r) => ((r.flags.parts[1] as number) / r.ingest.seconds) * 100);
  const steps = rounds.map((r) => (r.flags.run.seconds / r.ingest.seconds) * 100);
  return [
    `bench:ingest — ${paths.length} payment files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${rows.toLocaleString("en-GB")} records (${payments.toLocaleString("en-GB")} payments generated); median of ${runs} run${runs === 1 ? "" : "s"} each`,
    line(
      "raw papaparse parse",
      rounds.map((r) => r.raw),
      rows,
    ),
    line("ingest", ingests, rows),
    `ratio ingest / raw parse: ${median(ratios).toFixed(2)}×${range(ratios, 2, "×")} (target ≤ 1.5×)`,
    ...duckLines({
      median,
      range,
      ingests: rounds.map((r) => r.duckIngest),
      ducks: rounds.map((r) => r.duck),
      settings: readSettingsFile(duckSettings),
      excluded,
      threads,
    }),
    `peak RSS ingest: ${mb(ingestRss)} (target ≤ 1.5 GB)`,
    `columnar step (npm run columnar: Parquet, payments.csv.gz, the SQL aggregates): ${median(rounds.map((r) => r.columnar.seconds)).toFixed(2)} s wall, ` +
      `peak RSS ${mb(Math.max(...rounds.map((r) => r.columnar.peakRssBytes)))}`,
    `flags (npm run flags on the columnar dataset): ${median(rounds.map((r) => r.flags.run.seconds)).toFixed(2)} s wall, ` +
      `peak RSS ${mb(Math.max(...rounds.map((r) => r.flags.run.peakRssBytes)))}; ` +
      `read payments.parquet and contracts ${part(0).toFixed(2)} s, compute ${part(1).toFixed(2)} s${range(
        rounds.map((r) => r.flags.parts[1] as number),
        2,
        " s",
      )}, write ${part(2).toFixed(2)} s`,
    `flag computation / ingest: ${median(shares).toFixed(1)}%${range(shares, 1, "%")} (target ≤ 10%); ` +
      `whole flags step / ingest: ${median(steps).toFixed(1)}%`,
    `the ingest's first steps alone, on ${threads} thread${threads === 1 ? "" : "s"} as the ingest uses, each stage adding one step (median, ratio to the raw parse; identity replaces characters):`,
    ...STAGES.map((stage, k) => {
      const seconds = median(rounds.map((r) => (r.stages[k] as Measurement).seconds));
      const stageRatios = rounds.map((r) => (r.stages[k] as Measurement).seconds / r.raw.seconds);
      return `  ${STAGE_LABELS[stage].padEnd(64)} ${seconds.toFixed(2).padStart(5)} s  ${median(stageRatios).toFixed(2)}×${range(stageRatios, 2, "×")}`;
    }),
    `machine: ${availableParallelism()} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")} (1, 5, 15 min) at the end`,
    `memory with volume: ${small.toLocaleString("en-GB")} payments → ${mb(ingestSmall.peakRssBytes)}, ${payments.toLocaleString("en-GB")} → ${mb(ingestRss)}`,
  ].join("\n");
}
