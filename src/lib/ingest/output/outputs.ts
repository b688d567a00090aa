// Writes the published dataset besides payments.csv (see payments-csv.ts): contracts.csv,
// suppliers.csv, rejects.csv and quality.json while payments.csv is written, then datapackage.json,
// which hashes them all. Same input, same bytes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DataConfig } from "../../config/load.ts";
import type { FileQuality } from "../../model.ts";
import { OCDS_DATASET_FILE, type OcdsDataset } from "../../ocds/model.ts";
import { CONTRACTS } from "../../tables/contracts.ts";
import { writeDataPackage } from "../../tables/datapackage.ts";
import { LineFile } from "../../tables/line-file.ts";
import { recordLineOf } from "../../tables/records.ts";
import { REJECTS } from "../../tables/rejects.ts";
import { SUPPLIERS } from "../../tables/suppliers.ts";
import type { StagedContract } from "../rows/contracts-file.ts";
import { supplierSlug } from "../suppliers/supplier-names.ts";
import type { SupplierRegistry } from "../suppliers/supplier-registry.ts";
import { qualityReport } from "./quality-report.ts";

export interface OutputInput {
  config: DataConfig;
  outDir: string;
  registry: SupplierRegistry;
  files: FileQuality[];
  contracts: StagedContract[];
  /** What was read from the councils' OCDS files (written to ocds.json; set-asides in rejects.csv). */
  ocds?: OcdsDataset;
  /** sha256 of outputs already written (payments.csv), by path in outDir. */
  hashes?: ReadonlyMap<string, string>;
}

const contractLine = recordLineOf(CONTRACTS);

function writeContracts(input: OutputInput): void {
  const out = new LineFile(join(input.outDir, CONTRACTS.file));
  out.write(CONTRACTS.header);
  for (const c of input.contracts) {
    const supplierId = c.nameId === null ? "" : input.registry.supplierOf(c.nameId).id;
    out.write(contractLine({ ...c, supplierId }));
  }
  out.close();
}

const supplierLine = recordLineOf(SUPPLIERS);

function writeSuppliers(input: OutputInput): number {
  const unique = [...new Map([...input.registry.resolve().values()].map((s) => [s.id, s])).values()];
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = new LineFile(join(input.outDir, SUPPLIERS.file));
  out.write(SUPPLIERS.header);
  for (const s of unique) out.write(supplierLine(s));
  out.close();
  return unique.length;
}

/** A line per record set aside, and per whole file not used (its source_line empty). */
const rejectLine = recordLineOf(REJECTS);

function writeRejects(input: OutputInput): void {
  const out = new LineFile(join(input.outDir, REJECTS.file));
  out.write(REJECTS.header);
  for (const f of input.files) {
    const { council, file: sourceFile } = f;
    if (f.file_reason)
      out.write(
        rejectLine({ council, sourceFile, sourceLine: null, reason: `whole file: ${f.file_reason}` }),
      );
    for (const r of f.rejects)
      out.write(rejectLine({ council, sourceFile, sourceLine: r.line, reason: r.reason }));
  }
  for (const f of input.ocds?.files ?? [])
    if (f.file_reason)
      out.write(
        rejectLine({
          council: f.council,
          sourceFile: f.file,
          sourceLine: null,
          reason: `whole file: ${f.file_reason}`,
        }),
      );
  for (const s of input.ocds?.set_aside ?? [])
    out.write(
      rejectLine({
        council: s.council,
        sourceFile: s.file,
        sourceLine: s.line,
        reason: `OCDS release ${s.pointer}: ${s.reason}`,
      }),
    );
  out.close();
}

/** contracts.csv, suppliers.csv, rejects.csv and quality.json: everything but datapackage.json. */
export function writeTables(input: OutputInput): { contracts: number; suppliers: number } {
  writeContracts(input);
  const suppliers = writeSuppliers(input);
  writeRejects(input);
  const report = qualityReport(
    input.config,
    input.files.map(({ read_settings: _, ...file }) => file),
  );
  writeFileSync(join(input.outDir, "quality.json"), `${JSON.stringify(report, null, 1)}\n`);
  const ocds = input.ocds ?? { contracts: [], set_aside: [], files: [] };
  writeFileSync(join(input.outDir, OCDS_DATASET_FILE), `${JSON.stringify(ocds)}\n`);
  return { contracts: input.contracts.length, suppliers };
}

/** datapackage.json, which describes (and hashes) every other output: written last. */
export function writePackage(input: OutputInput): void {
  const { partnership, councils } = input.config;
  const about = {
    name: supplierSlug(partnership.name.toLowerCase()),
    partnership: partnership.name,
    description: partnership.description,
    councilNames: new Map(councils.map((c) => [c.slug, c.config.name])),
  };
  writeDataPackage(about, input.outDir, input.files, input.hashes);
}
