// Writes the published dataset: payments.csv (streamed from the staging file), contracts.csv,
// suppliers.csv, rejects.csv, quality.json and datapackage.json. Same input, same bytes.
import { createReadStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
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
import type { CouncilRun } from "./council-run.ts";
import { csvLine, plain } from "./csv-write.ts";
import { writeDataPackage } from "./datapackage.ts";
import { LineFile } from "./line-file.ts";
import { qualityReport } from "./quality-report.ts";
import type { StagedPayment } from "./spend-file.ts";
import type { SupplierRegistry } from "./supplier-registry.ts";
import { financialYearOf } from "./values.ts";

export interface OutputInput {
  config: DataConfig;
  outDir: string;
  stagingPath: string;
  registry: SupplierRegistry;
  runs: CouncilRun[];
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

async function writePayments(input: OutputInput): Promise<number> {
  const out = new LineFile(join(input.outDir, "payments.csv"));
  out.write(headerLine(PAYMENT_COLUMNS));
  const duplicates = new Map(input.runs.map((run) => [run.slug, run.duplicateKeys]));
  const duplicateCounts = new Map<string, number>();
  const tags = new Map<string, string>();
  const resolved = input.registry.resolve();
  let count = 0;
  const lines = createInterface({ input: createReadStream(input.stagingPath, "utf8"), crlfDelay: Infinity });
  for await (const text of lines) {
    if (text === "") continue;
    const [
      council,
      file,
      line,
      date,
      amount,
      key,
      supplier,
      redacted,
      area,
      type,
      description,
      ref,
      recordKey,
    ] = JSON.parse(text) as StagedPayment;
    const fileKey = `${council}/${file}`;
    let tag = tags.get(fileKey);
    if (tag === undefined) {
      tag = fileTag(council, file);
      tags.set(fileKey, tag);
    }
    const possibleDuplicate = duplicates.get(council)?.get(file)?.has(recordKey) ?? false;
    if (possibleDuplicate) duplicateCounts.set(fileKey, (duplicateCounts.get(fileKey) ?? 0) + 1);
    const owner = resolved.get(key);
    out.write(
      csvLine([
        `${tag}-${line}`,
        council,
        date,
        financialYearOf(date),
        plain(formatDecimal(amount)),
        owner ? owner.id : "",
        supplier,
        redacted === 1,
        owner ? owner.partnerCouncil !== "" : false,
        area,
        type,
        description,
        ref,
        possibleDuplicate,
        file,
        line,
      ]),
    );
    count++;
  }
  out.close();
  for (const quality of input.files) {
    quality.possible_duplicates = duplicateCounts.get(`${quality.council}/${quality.file}`) ?? 0;
  }
  return count;
}

function writeContracts(input: OutputInput): void {
  const out = new LineFile(join(input.outDir, "contracts.csv"));
  out.write(headerLine(CONTRACT_COLUMNS));
  const resolved = input.registry.resolve();
  for (const c of input.contracts) {
    const supplierId = c.supplierKey ? (resolved.get(c.supplierKey)?.id ?? "") : "";
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

export async function writeOutputs(
  input: OutputInput,
): Promise<{ payments: number; contracts: number; suppliers: number }> {
  const payments = await writePayments(input);
  writeContracts(input);
  const suppliers = writeSuppliers(input);
  writeRejects(input);
  const report = qualityReport(input.config, input.files);
  writeFileSync(join(input.outDir, "quality.json"), `${JSON.stringify(report, null, 1)}\n`);
  writeDataPackage(input.config, input.outDir, input.files);
  return { payments, contracts: input.contracts.length, suppliers };
}
