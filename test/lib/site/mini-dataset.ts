// The mini fixture partnership ingested, written as Parquet (and its red flags computed) into a temporary dataset folder,
// with DATA_DIR and DATASET_DIR pointing at them: import src/lib/site/ modules after this (dynamically),
// and they read that dataset as a build reads its own. Each test file has its own modules, so its own
// dataset.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeColumnarDataset } from "../../../src/lib/columnar/write-dataset.ts";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { runFlags } from "../../../src/lib/flags/run.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";

export const MINI = join(import.meta.dirname, "../../fixtures/mini");

/** Ingests the mini partnership (and computes its flags unless `flags` is false); returns the dataset folder. */
export async function useMiniDataset({ flags = true } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "site-mini-"));
  const config = loadDataConfig(MINI);
  await runIngest(config, dir);
  await writeColumnarDataset(dir, config);
  if (flags) await runFlags(config, dir);
  process.env.DATA_DIR = MINI;
  process.env.DATASET_DIR = dir;
  return dir;
}
