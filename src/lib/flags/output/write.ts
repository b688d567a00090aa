// The flags step's outputs in the dataset folder: flags.csv, flag_payments.csv, flags.json, and the two
// CSVs' entries in datapackage.json (the ingest wrote the package before the flags were computed).
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addDataPackageResource } from "../../tables/datapackage.ts";
import type { FlagResult } from "../engine/compute.ts";
import type { LoadedThresholds } from "../engine/config.ts";
import { FLAG_COLUMNS, writeFlagsCsv } from "./csv.ts";
import { FLAG_PAYMENT_COLUMNS, writeFlagPaymentsCsv } from "./payments-csv.ts";
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
    addDataPackageResource(outDir, {
      name: "flags",
      path: "flags.csv",
      title: "Questions worth asking: red flags and the payments behind them",
      columns: FLAG_COLUMNS,
      key: ["flag_id"],
    });
    addDataPackageResource(outDir, {
      name: "flag_payments",
      path: "flag_payments.csv",
      title: "The payments behind each red flag, one line each",
      columns: FLAG_PAYMENT_COLUMNS,
      key: ["flag_id", "payment_id"],
    });
  }
  return summary;
}
