// bench:ingest: the ingest against a raw papaparse parse of the same bytes, in the same run; then the
// flags step over the ingest's output, against the ingest time.
import { statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listCouncilFiles, loadDataConfig } from "../config/load.ts";
import { generateDemo } from "../demo/generate.ts";
import { type Measurement, mb, measureNode } from "./measure.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const RAW_PARSE = fileURLToPath(new URL("./raw-parse-main.ts", import.meta.url));

function line(label: string, m: Measurement, rows: number): string {
  const rate = Math.round(rows / m.seconds).toLocaleString("en-GB");
  return `${label.padEnd(22)} ${m.seconds.toFixed(2).padStart(7)} s  ${rate.padStart(10)} rows/s  peak RSS ${mb(m.peakRssBytes).padStart(8)}`;
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

const percent = (part: number, whole: number): string => `${((part / whole) * 100).toFixed(1)}%`;

async function ingestOnce(dataDir: string, outDir: string): Promise<Measurement> {
  return measureNode([join(ROOT, "scripts/ingest.ts"), "--out", outDir], {
    ...process.env,
    DATA_DIR: dataDir,
    CI: "1",
  });
}

export async function runIngestBench(dir: string, payments: number): Promise<string> {
  const dataDir = join(dir, "data");
  const smallDir = join(dir, "data-small");
  const small = Math.max(1000, Math.round(payments / 4));
  await generateDemo({ out: dataDir, payments, seed: 7 });
  await generateDemo({ out: smallDir, payments: small, seed: 7 });
  const config = loadDataConfig(dataDir);
  const paths = config.councils.flatMap((c) => listCouncilFiles(c.dir, "spend").map((f) => join(c.dir, f)));
  const bytes = paths.reduce((n, p) => n + statSync(p).size, 0);

  const raw = await measureNode([RAW_PARSE, ...paths]);
  const rows = Number(/rows=(\d+)/.exec(raw.output)?.[1] ?? "0");
  const ingest = await ingestOnce(dataDir, join(dir, "out"));
  const flags = await flagsOnce(dataDir, join(dir, "out"));
  const [read, compute, write] = flags.parts as [number, number, number];
  const ingestSmall = await ingestOnce(smallDir, join(dir, "out-small"));
  const ratio = ingest.seconds / raw.seconds;
  return [
    `bench:ingest — ${paths.length} payment files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${rows.toLocaleString("en-GB")} records (${payments.toLocaleString("en-GB")} payments generated)`,
    line("raw papaparse parse", raw, rows),
    line("ingest", ingest, rows),
    `ratio ingest / raw parse: ${ratio.toFixed(2)}× (target ≤ 1.5×)`,
    `peak RSS ingest: ${mb(ingest.peakRssBytes)} (target ≤ 1.5 GB)`,
    `flags (npm run flags on the ingest's output): ${flags.run.seconds.toFixed(2)} s wall, peak RSS ${mb(flags.run.peakRssBytes)}; ` +
      `read payments.csv and contracts.csv ${read.toFixed(2)} s, compute ${compute.toFixed(2)} s, write ${write.toFixed(2)} s`,
    `flag computation / ingest: ${percent(compute, ingest.seconds)} (target ≤ 10%); ` +
      `whole flags step / ingest: ${percent(flags.run.seconds, ingest.seconds)}`,
    `machine: ${availableParallelism()} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")} (1, 5, 15 min) at the end`,
    `memory with volume: ${small.toLocaleString("en-GB")} payments → ${mb(ingestSmall.peakRssBytes)}, ${payments.toLocaleString("en-GB")} → ${mb(ingest.peakRssBytes)}`,
  ].join("\n");
}
