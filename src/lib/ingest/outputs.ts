// Writes the published dataset: payments.csv (streamed from the staging file), contracts.csv,
// suppliers.csv, rejects.csv, quality.json and datapackage.json. Same input, same bytes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DataConfig } from "../config/load.ts";
import type { FileQuality } from "../model.ts";
import { formatDecimal } from "../money.ts";
import {
  CONTRACT_COLUMNS,
  headerLine,
  PAYMENT_COLUMNS,
  REJECT_COLUMNS,
  SUPPLIER_COLUMNS,
} from "./columns-out.ts";
import type { StagedContract } from "./contracts-file.ts";
import { csvLine, plain } from "./csv-write.ts";
import { writeDataPackage } from "./datapackage.ts";
import { LineFile } from "./line-file.ts";
import type { PaymentStore } from "./payment-store.ts";
import { qualityReport } from "./quality-report.ts";
import type { ResolvedSupplier, SupplierRegistry } from "./supplier-registry.ts";
import { financialYearOf } from "./values.ts";

export interface OutputInput {
  config: DataConfig;
  outDir: string;
  store: PaymentStore;
  registry: SupplierRegistry;
  files: FileQuality[];
  contracts: StagedContract[];
}

/** A short stable prefix for payment ids from council and file. */
function fileTag(council: string, file: string): string {
  let h = 0x811c9dc5;
  const text = `${council}/${file}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(7, "0");
}

function writePayments(input: OutputInput): number {
  const out = new LineFile(join(input.outDir, "payments.csv"));
  out.write(headerLine(PAYMENT_COLUMNS));
  const duplicateCounts = new Map<string, number>();
  const tags = new Map<string, string>();
  const { store, registry } = input;
  const supplierByEntry = registry.entries.map((_entry, id) => registry.supplierOf(id));
  for (let row = 0; row < store.size; row++) {
    const p = store.get(row);
    const fileKey = `${p.council}/${p.file}`;
    let tag = tags.get(fileKey);
    if (tag === undefined) {
      tag = fileTag(p.council, p.file);
      tags.set(fileKey, tag);
    }
    const possibleDuplicate = store.isPossibleDuplicate(row);
    if (possibleDuplicate) duplicateCounts.set(fileKey, (duplicateCounts.get(fileKey) ?? 0) + 1);
    const entry = registry.entry(p.nameId);
    const supplier = supplierByEntry[p.nameId] as ResolvedSupplier;
    out.write(
      csvLine([
        `${tag}-${p.line}`,
        p.council,
        p.date,
        financialYearOf(p.date),
        plain(formatDecimal(p.amount)),
        supplier.id,
        entry.name,
        entry.redacted,
        supplier.partnerCouncil !== "",
        p.expenseArea,
        p.expenseType,
        p.description,
        p.transactionRef,
        possibleDuplicate,
        p.file,
        p.line,
      ]),
    );
  }
  out.close();
  for (const quality of input.files) {
    quality.possible_duplicates = duplicateCounts.get(`${quality.council}/${quality.file}`) ?? 0;
  }
  return store.size;
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

export function writeOutputs(input: OutputInput): { payments: number; contracts: number; suppliers: number } {
  const payments = writePayments(input);
  writeContracts(input);
  const suppliers = writeSuppliers(input);
  writeRejects(input);
  const report = qualityReport(input.config, input.files);
  writeFileSync(join(input.outDir, "quality.json"), `${JSON.stringify(report, null, 1)}\n`);
  writeDataPackage(input.config, input.outDir, input.files);
  return { payments, contracts: input.contracts.length, suppliers };
}
