// Writes the published dataset besides payments.csv (see payments-csv.ts): contracts.csv,
// suppliers.csv, rejects.csv and quality.json while payments.csv is written, then datapackage.json,
// which hashes them all. Same input, same bytes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DataConfig } from "../../config/load.ts";
import type { FileQuality } from "../../model.ts";
import { formatDecimal } from "../../money.ts";
import { CONTRACT_COLUMNS, headerLine, REJECT_COLUMNS, SUPPLIER_COLUMNS } from "../../tables/columns-out.ts";
import { csvLine, plain } from "../../tables/csv-write.ts";
import { writeDataPackage } from "../../tables/datapackage.ts";
import { LineFile } from "../../tables/line-file.ts";
import type { StagedContract } from "../rows/contracts-file.ts";
import type { SupplierRegistry } from "../suppliers/supplier-registry.ts";
import { qualityReport } from "./quality-report.ts";

export interface OutputInput {
  config: DataConfig;
  outDir: string;
  registry: SupplierRegistry;
  files: FileQuality[];
  contracts: StagedContract[];
  /** sha256 of outputs already written (payments.csv), by path in outDir. */
  hashes?: ReadonlyMap<string, string>;
}

function writeContracts(input: OutputInput): void {
  const out = new LineFile(join(input.outDir, "contracts.csv"));
  out.write(headerLine(CONTRACT_COLUMNS));
  for (const c of input.contracts) {
    const supplierId = c.nameId === null ? "" : input.registry.supplierOf(c.nameId).id;
    out.write(
      csvLine([
        c.id,
        c.council,
        c.reference,
        c.title,
        c.description,
        supplierId,
        c.supplier,
        c.companyNumber,
        c.startDate,
        c.endDate,
        c.reviewDate,
        c.totalValue === null ? null : plain(formatDecimal(c.totalValue)),
        c.annualValue === null ? null : plain(formatDecimal(c.annualValue)),
        c.department,
        c.procurementRoute,
        c.sme,
        c.vcse,
        c.purchasingBody,
        c.purchasingCouncil,
        c.notes,
        c.sourceFile,
        c.sourceLine,
      ]),
    );
  }
  out.close();
}

function writeSuppliers(input: OutputInput): number {
  const unique = [...new Map([...input.registry.resolve().values()].map((s) => [s.id, s])).values()];
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = new LineFile(join(input.outDir, "suppliers.csv"));
  out.write(headerLine(SUPPLIER_COLUMNS));
  for (const s of unique) {
    out.write(
      csvLine([
        s.id,
        s.name,
        s.companyNumber,
        s.namesPublished.join(" | "),
        s.councils.join(" "),
        plain(formatDecimal(s.total)),
        s.paymentCount,
        s.partnerCouncil,
      ]),
    );
  }
  out.close();
  return unique.length;
}

function writeRejects(input: OutputInput): void {
  const out = new LineFile(join(input.outDir, "rejects.csv"));
  out.write(headerLine(REJECT_COLUMNS));
  for (const f of input.files) {
    if (f.file_reason) out.write(csvLine([f.council, f.file, null, `whole file: ${f.file_reason}`]));
    for (const r of f.rejects) out.write(csvLine([f.council, f.file, r.line, r.reason]));
  }
  out.close();
}

/** contracts.csv, suppliers.csv, rejects.csv and quality.json: everything but datapackage.json. */
export function writeTables(input: OutputInput): { contracts: number; suppliers: number } {
  writeContracts(input);
  const suppliers = writeSuppliers(input);
  writeRejects(input);
  const report = qualityReport(input.config, input.files);
  writeFileSync(join(input.outDir, "quality.json"), `${JSON.stringify(report, null, 1)}\n`);
  return { contracts: input.contracts.length, suppliers };
}

/** datapackage.json, which describes (and hashes) every other output: written last. */
export function writePackage(input: OutputInput): void {
  writeDataPackage(input.config, input.outDir, input.files, input.hashes);
}
