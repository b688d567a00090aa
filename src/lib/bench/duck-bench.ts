// bench:ingest's DuckDB side: which payment files DuckDB's read_csv can read as the ingest did (probed
// once, untimed), a data folder of those files alone when some cannot be read (hard links, nothing
// copied), and the report lines: ingest seconds over the same files, DuckDB read_csv + sum seconds, their
// ratio, and both totals (a mismatch is printed loudly: a finding, not a failure).
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileReadSettings } from "../ingest/output/read-settings.ts";
import { ingestMicros, microsOf, poundsText, readCsvSum } from "./duck-read.ts";
import { type Measurement, measureNode } from "./measure.ts";

const DUCK_READ = fileURLToPath(new URL("./duck-read-main.ts", import.meta.url));

export interface DuckRun {
  measurement: Measurement;
  totals: Record<string, string | null>;
  failed: Record<string, string>;
}

/** Reads the files of a --read-settings file with DuckDB in a child process, timed. */
export async function duckOnce(settingsPath: string, threads: number): Promise<DuckRun> {
  const measurement = await measureNode([DUCK_READ, settingsPath, String(threads)]);
  const parsed = JSON.parse(measurement.output) as Pick<DuckRun, "totals" | "failed">;
  return { measurement, ...parsed };
}

/** The files left out of the comparison, with why: readCsvSum's reasons and DuckDB's own failures. */
export function excludedFiles(
  files: readonly FileReadSettings[],
  failed: Readonly<Record<string, string>>,
): Map<string, string> {
  const excluded = new Map<string, string>();
  for (const file of files) {
    const query = readCsvSum(file);
    if ("excluded" in query) excluded.set(file.path, query.excluded);
    else if (failed[file.path] !== undefined) excluded.set(file.path, `DuckDB: ${failed[file.path]}`);
  }
  return excluded;
}

/** A copy of dataDir as hard links, without the files named (absolute paths). */
export function linkDataDir(dataDir: string, outDir: string, without: ReadonlySet<string>): void {
  rmSync(outDir, { recursive: true, force: true });
  const walk = (dir: string) => {
    mkdirSync(join(outDir, relative(dataDir, dir)), { recursive: true });
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!without.has(path)) linkSync(path, join(outDir, relative(dataDir, path)));
    }
  };
  walk(dataDir);
}

export const readSettingsFile = (path: string): FileReadSettings[] =>
  JSON.parse(readFileSync(path, "utf8")) as FileReadSettings[];

/** Report lines comparing the ingest (over the files DuckDB reads) with DuckDB read_csv + sum. */
export function duckLines(input: {
  median: (values: readonly number[]) => number;
  range: (values: readonly number[], digits: number, unit?: string) => string;
  ingests: Measurement[];
  ducks: DuckRun[];
  settings: readonly FileReadSettings[];
  excluded: ReadonlyMap<string, string>;
  threads: number;
}): string[] {
  const { median, range, ingests, ducks, settings, excluded } = input;
  const compared = settings.filter((f) => !excluded.has(f.path));
  const last = ducks[ducks.length - 1] as DuckRun;
  let duck = 0n;
  let unread = 0;
  for (const file of compared) {
    const total = microsOf(last.totals[file.path] ?? null);
    if (total === null) unread++;
    else duck += total;
  }
  const ingest = compared.reduce(
    (sum, f) => {
      const m = ingestMicros(f);
      return { accepted: sum.accepted + m.accepted, withSetAside: sum.withSetAside + m.withSetAside };
    },
    { accepted: 0n, withSetAside: 0n },
  );
  const ratios = ingests.map((m, i) => m.seconds / (ducks[i] as DuckRun).measurement.seconds);
  const seconds = (runs: Measurement[]) =>
    `${median(runs.map((m) => m.seconds)).toFixed(2)} s${range(
      runs.map((m) => m.seconds),
      2,
      " s",
    )}`;
  const reasons = new Map<string, number>();
  for (const reason of excluded.values()) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const lines = [
    `DuckDB read_csv + exact SUM of the amount column, each file with the ingest's own settings, ${input.threads} thread${input.threads === 1 ? "" : "s"}: ` +
      `${compared.length} files compared, ${excluded.size} left out of both sides` +
      (reasons.size > 0 ? ` (${[...reasons].map(([r, n]) => `${n} × ${r}`).join("; ")})` : ""),
    `  ingest over those files          ${seconds(ingests)}`,
    `  DuckDB read_csv + sum            ${seconds(ducks.map((d) => d.measurement))}, peak RSS ${Math.round(
      Math.max(...ducks.map((d) => d.measurement.peakRssBytes)) / 1024 / 1024,
    )} MB`,
    `  ratio ingest / DuckDB: ${median(ratios).toFixed(2)}×${range(ratios, 2, "×")} (goal ≤ 1.5×)`,
    `  totals: DuckDB £${poundsText(duck)}; ingest accepted £${poundsText(ingest.accepted)}, accepted + set aside £${poundsText(ingest.withSetAside)}`,
  ];
  if (unread > 0) lines.push(`  !! ${unread} compared file(s) gave DuckDB no total`);
  if (duck !== ingest.withSetAside && duck !== ingest.accepted) {
    lines.push(
      `  !! MISMATCH: DuckDB's sum differs from the ingest's by £${poundsText(duck - ingest.withSetAside)} (against accepted + set aside), ` +
        `£${poundsText(duck - ingest.accepted)} (against accepted)`,
    );
  }
  return lines;
}
