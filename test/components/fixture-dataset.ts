// Global setup of the component projects: a dataset ingested and flagged from test/fixtures/mini, for
// the components that read the build's dataset as they render (council names, the flags' summary).
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const MINI = join(ROOT, "test/fixtures/mini");

function run(script: string, args: string[]): void {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: MINI, CI: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`${script} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

export default function setup(): void {
  // Under the run's temporary folder (test/helpers/temp-root.ts runs first), removed at the end.
  const dataset = mkdtempSync(join(tmpdir(), "ledger-components-dataset-"));
  run("scripts/ingest.ts", ["--out", dataset]);
  run("scripts/columnar.ts", ["--dataset", dataset]);
  run("scripts/flags.ts", ["--dataset", dataset]);
  // Test workers start after this and inherit both.
  process.env.DATA_DIR = MINI;
  process.env.DATASET_DIR = dataset;
}
