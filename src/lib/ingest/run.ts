// The whole ingest: contract registers, then payment files, council by council; then supplier ids
// are resolved and every output is written. Data problems never throw: they become rejects.
// Councils' payment files are independent until supplier ids are resolved, so on large inputs they
// are read on worker threads; results are merged in council order, so the output is the same bytes.
import { mkdirSync } from "node:fs";
import { listPublishedFiles } from "../config/data-files.ts";
import type { DataConfig } from "../config/load.ts";
import type { FileQuality } from "../model.ts";
import type { OcdsDataset } from "../ocds/model.ts";
import { PAYMENTS } from "../tables/payments.ts";
import type { StagedContract } from "./rows/contracts-file.ts";
import type { CouncilTask } from "./rows/council-spend.ts";
import { type Partner, SupplierRegistry } from "./suppliers/supplier-registry.ts";
import { type CouncilHandle, SpendPool } from "./threads/spend-pool.ts";
import { workerCount } from "./threads/worker-count.ts";

/**
 * The modules that read files and write outputs, loaded once the worker threads are starting (they
 * take this thread a tenth of a second to load, which the workers need not wait for).
 */
async function steps() {
  const [contractsFile, councilRun, outputs, paymentsCsv, inlineSpend, councilOcds] = await Promise.all([
    import("./rows/contracts-file.ts"),
    import("./rows/council-run.ts"),
    import("./output/outputs.ts"),
    import("./output/payments-csv.ts"),
    import("./threads/inline-spend.ts"),
    import("./ocds/council-ocds.ts"),
  ]);
  return {
    ingestContractsFile: contractsFile.ingestContractsFile,
    CouncilRun: councilRun.CouncilRun,
    writeTables: outputs.writeTables,
    writePackage: outputs.writePackage,
    writePaymentsCsv: paymentsCsv.writePaymentsCsv,
    inlineHandles: inlineSpend.inlineHandles,
    ingestCouncilOcds: councilOcds.ingestCouncilOcds,
    linkOcdsSuppliers: councilOcds.linkOcdsSuppliers,
  };
}

export interface IngestReporter {
  fileStart(council: string, file: string): void;
  fileProgress(rows: number): void;
  /** seconds: how long the file took when it was read elsewhere (a worker thread). */
  fileDone(quality: FileQuality, seconds?: number): void;
}

export interface IngestResult {
  files: FileQuality[];
  payments: number;
  contracts: number;
  suppliers: number;
}

export interface IngestOptions {
  /** Worker threads for payment files: 0 reads them on this thread; default by input size and CPUs. */
  workers?: number;
  /**
   * A pool started before the configuration was read (early-pool.ts): used when it has as many
   * workers as the ingest would start, else closed. The ingest closes it either way.
   */
  pool?: SpendPool | null;
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

/** The pool started early when it has the right size, else a new one (or none for 0 workers). */
async function poolOf(workers: number, early: SpendPool | null): Promise<SpendPool | null> {
  if (early && early.size === workers) return early;
  await early?.close();
  return workers > 0 ? new SpendPool(workers) : null;
}

export async function runIngest(
  config: DataConfig,
  outDir: string,
  reporter: IngestReporter = silentReporter,
  options: IngestOptions = {},
): Promise<IngestResult> {
  mkdirSync(outDir, { recursive: true });
  const registry = new SupplierRegistry(config.supplierAliases, partnersOf(config));
  const files: FileQuality[] = [];
  const contracts: StagedContract[] = [];
  const contractIds = new Set<string>();
  const tasks: CouncilTask[] = [];
  for (const council of config.councils) {
    const files = await listPublishedFiles(council.dir, "spend");
    tasks.push({ slug: council.slug, dir: council.dir, config: council.config, files });
  }
  const workers = workerCount(tasks, options);
  const pool = await poolOf(workers, options.pool ?? null);
  try {
    const started = pool?.start(tasks);
    const {
      ingestContractsFile,
      CouncilRun,
      writeTables,
      writePackage,
      writePaymentsCsv,
      inlineHandles,
      ingestCouncilOcds,
      linkOcdsSuppliers,
    } = await steps();
    const ocds: OcdsDataset = { contracts: [], set_aside: [], files: [] };
    const inline = inlineHandles(tasks, reporter);
    const handles: CouncilHandle[] = [];
    const nameIds: number[][] = [];
    const duplicates = new Map<string, number>();
    let payments = 0;
    for (const [index, council] of config.councils.entries()) {
      const run = new CouncilRun(council, registry, (rows) => reporter.fileProgress(rows));
      for (const file of await listPublishedFiles(council.dir, "contracts")) {
        reporter.fileStart(council.slug, file);
        const quality = await ingestContractsFile(run, file, contracts, contractIds);
        files.push(quality);
        reporter.fileDone(quality);
      }
      const councilOcds = await ingestCouncilOcds(council.slug, council.dir, contracts);
      ocds.contracts.push(...councilOcds.contracts);
      ocds.set_aside.push(...councilOcds.set_aside);
      ocds.files.push(...councilOcds.files);
      const task = tasks[index] as CouncilTask;
      const handle = started ? (started[index] as CouncilHandle) : (inline[index] as () => CouncilHandle)();
      const result = await handle.result;
      for (const [i, quality] of result.qualities.entries()) {
        if (started) reporter.fileStart(council.slug, quality.file);
        files.push(quality);
        reporter.fileDone(quality, started ? result.seconds[i] : undefined);
        duplicates.set(`${council.slug}/${task.files[i]}`, result.duplicates[i] as number);
      }
      nameIds.push(
        result.names.map((stats) => {
          const id = registry.entryOf(stats.name);
          registry.noteMany(id, council.slug, stats.count, stats.total, stats.companyNumbers);
          return id;
        }),
      );
      handles.push(handle);
      payments += result.rows;
    }
    for (const quality of files)
      quality.possible_duplicates = duplicates.get(`${quality.council}/${quality.file}`) ?? 0;
    // The other tables are written while the workers format payments.csv; datapackage.json, with
    // the hash of every output, last.
    const paymentsWritten = writePaymentsCsv(outDir, registry, handles, nameIds);
    paymentsWritten.catch(() => {});
    const hashes = new Map<string, string>();
    linkOcdsSuppliers(ocds, registry);
    const output = { config, outDir, registry, files, contracts, hashes, ocds };
    const counts = writeTables(output);
    hashes.set(PAYMENTS.file, await paymentsWritten);
    writePackage(output);
    return { files, payments, ...counts };
  } finally {
    await pool?.close();
  }
}
