// The flags step's outputs in the dataset folder: flags.csv (every flag, with its score), flag_payments.csv
// (the payments of the flags listed on /questions/, of those scoring at least FLAG_PAYMENTS_MIN_SCORE
// and of those flags.csv cannot list in full), flags.json, and the two CSVs' entries in
// datapackage.json (the ingest wrote the package before the flags were computed).
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FLAG_TABLES } from "../../tables/catalogue.ts";
import { addDataPackageResource } from "../../tables/datapackage.ts";
import type { FlagResult } from "../engine/compute.ts";
import type { LoadedThresholds } from "../engine/config.ts";
import { writeFlagsCsv } from "./csv.ts";
import { writeFlagPaymentsCsv } from "./payments-csv.ts";
import { FLAG_PAYMENTS_MIN_SCORE, listedItems } from "./ranking.ts";
import { type FlagsSummary, flagsSummary } from "./summary.ts";

export function writeFlagOutputs(outDir: string, result: FlagResult, loaded: LoadedThresholds): FlagsSummary {
  const ctx = result.context;
  const cut = writeFlagsCsv(outDir, ctx, result.flags);
  const listed = listedItems(result.flags, (f) => ({
    indicator: f.indicator,
    council: ctx.councils[f.council]?.slug ?? "",
    score: f.score,
    amount: Number(f.total),
    id: f.id,
  }));
  // The questions listed, those scoring above the floor, and those flags.csv cannot list in full.
  const paymentLines = writeFlagPaymentsCsv(
    outDir,
    ctx,
    result.flags,
    (i) => listed[i] === 1 || cut[i] === 1 || (result.flags[i]?.score ?? 0) >= FLAG_PAYMENTS_MIN_SCORE,
  );
  const summary = flagsSummary(
    result.context,
    result.flags,
    result.setAside,
    loaded.thresholds,
    loaded.file !== null,
    paymentLines,
  );
  writeFileSync(join(outDir, "flags.json"), `${JSON.stringify(summary, null, 1)}\n`);
  if (existsSync(join(outDir, "datapackage.json"))) {
    for (const table of FLAG_TABLES) addDataPackageResource(outDir, table);
  }
  return summary;
}
