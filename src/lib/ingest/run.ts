// The whole ingest: contract registers, then payment files, council by council; then supplier ids
// are resolved and every output is written. Data problems never throw: they become rejects.
import { mkdirSync } from "node:fs";
import { type DataConfig, listCouncilFiles } from "../config/load.ts";
import type { FileQuality } from "../model.ts";
import { ingestContractsFile, type StagedContract } from "./contracts-file.ts";
import { CouncilRun } from "./council-run.ts";
import { writeOutputs } from "./outputs.ts";
import { PaymentStore } from "./payment-store.ts";
import { ingestSpendFile } from "./spend-file.ts";
import { type Partner, SupplierRegistry } from "./supplier-registry.ts";

export interface IngestReporter {
  fileStart(council: string, file: string): void;
  fileProgress(rows: number): void;
  fileDone(quality: FileQuality): void;
}

export interface IngestResult {
  files: FileQuality[];
  payments: number;
  contracts: number;
  suppliers: number;
}

export const silentReporter: IngestReporter = { fileStart() {}, fileProgress() {}, fileDone() {} };

function partnersOf(config: DataConfig): Partner[] {
  return config.councils.map((council) => ({
    slug: council.slug,
    names: [
      council.config.name,
      ...(council.config.short_name ? [council.config.short_name] : []),
      ...(council.config.aliases ?? []),
    ],
  }));
}

export async function runIngest(
  config: DataConfig,
  outDir: string,
  reporter: IngestReporter = silentReporter,
): Promise<IngestResult> {
  mkdirSync(outDir, { recursive: true });
  const store = new PaymentStore();
  const registry = new SupplierRegistry(config.supplierAliases, partnersOf(config));
  const files: FileQuality[] = [];
  const contracts: StagedContract[] = [];
  const contractIds = new Set<string>();
  for (const council of config.councils) {
    const run = new CouncilRun(council, registry, store, (rows) => reporter.fileProgress(rows));
    for (const file of listCouncilFiles(council.dir, "contracts")) {
      reporter.fileStart(council.slug, file);
      const quality = await ingestContractsFile(run, file, contracts, contractIds);
      files.push(quality);
      reporter.fileDone(quality);
    }
    for (const file of listCouncilFiles(council.dir, "spend")) {
      reporter.fileStart(council.slug, file);
      const quality = await ingestSpendFile(run, file);
      files.push(quality);
      reporter.fileDone(quality);
    }
  }
  const counts = writeOutputs({ config, outDir, store, registry, files, contracts });
  return { files, ...counts };
}
