// The flags step's outputs in the dataset folder: flags.csv, flag_payments.csv, flags.json, and the two
// CSVs' entries in datapackage.json (the ingest wrote the package before the flags were computed).
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FLAG_TABLES } from "../../tables/catalogue.ts";
import { addDataPackageResource } from "../../tables/datapackage.ts";
import type { FlagResult } from "../engine/compute.ts";
import type { LoadedThresholds } from "../engine/config.ts";
import { writeFlagsCsv } from "./csv.ts";
import { writeFlagPaymentsCsv } from "./payments-csv.ts";
import { type FlagsSummary, flagsSummary } from "./summary.ts";

export function writeFlagOutputs(outDir: string, result: FlagResult, loaded: LoadedThresholds): FlagsSummary {
  writeFlagsCsv(outDir, result.context, result.flags);
  writeFlagPaymentsCsv(outDir, result.context, result.flags);
  const summary = flagsSummary(
    result.context,
    result.flags,
    result.setAside,
    loaded.thresholds,
    loaded.file !== null,
  );
  writeFileSync(join(outDir, "flags.json"), `${JSON.stringify(summary, null, 1)}\n`);
  if (existsSync(join(outDir, "datapackage.json"))) {
    for (const table of FLAG_TABLES) addDataPackageResource(outDir, table);
  }
  return summary;
}
