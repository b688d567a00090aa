// The flags step: load the thresholds and the dataset, compute, write; returns the lines to print, with
// the seconds spent reading, computing and writing (bench:ingest reads the "flags timing" line). On a
// large payments.parquet, a second thread works out the parts that read numbers only (flags-thread.ts).
import { join } from "node:path";
import { parquetFile } from "../columnar/parquet-tables.ts";
import type { DataConfig } from "../config/load.ts";
import { PAYMENTS } from "../tables/payments.ts";
import { computeFlags, computeFlagsBeside } from "./engine/compute.ts";
import { loadFlagThresholds } from "./engine/config.ts";
import { FlagsThread } from "./engine/flags-thread.ts";
import { loadFlagInput } from "./engine/input.ts";
import { writeFlagOutputs } from "./output/write.ts";

const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(2);

export async function runFlags(config: DataConfig, datasetDir: string): Promise<string> {
  const loaded = loadFlagThresholds(config.dataDir);
  // Started first, so that the thread is ready by the time the payments are read.
  const thread = FlagsThread.forPayments(join(datasetDir, parquetFile(PAYMENTS)));
  try {
    let started = performance.now();
    const input = await loadFlagInput(datasetDir, config);
    const read = seconds(started);
    started = performance.now();
    const result = thread
      ? await computeFlagsBeside(input, loaded.thresholds, thread)
      : computeFlags(input, loaded.thresholds);
    const compute = seconds(started);
    started = performance.now();
    const summary = writeFlagOutputs(datasetDir, result, loaded);
    const write = seconds(started);
    const lines = summary.indicators
      .filter((i) => i.flags > 0)
      .map(
        (i) => `  ${i.id.padEnd(24)} ${String(i.flags).padStart(6)} flags ${String(i.rows).padStart(8)} rows`,
      );
    return [
      `${summary.totals.flags.toLocaleString("en-GB")} flags over ${summary.totals.payments.toLocaleString("en-GB")} payments ` +
        `(${input.payments.size.toLocaleString("en-GB")} read), thresholds from ${loaded.file ?? "the defaults"}; ` +
        `written to ${datasetDir}/flags.csv and flags.json`,
      ...lines,
      `flags timing: read ${read} s, compute ${compute} s, write ${write} s`,
    ].join("\n");
  } finally {
    await thread?.close();
  }
}
