// Ingests one published payment file: every record after the header is accepted (written to the
// intermediate file) or rejected with a reason; records repeated from another file count once.
import { ExactSum } from "../exact-sum.ts";
import type { FileQuality } from "../model.ts";
import { formatDecimal } from "../money.ts";
import type { CouncilRun } from "./council-run.ts";
import { applyRead, emptyQuality, noHeaderReason, rejectWholeFile } from "./file-quality.ts";
import { readPublishedFile } from "./published-file.ts";
import { recordKey } from "./record-key.ts";
import { readSpendRow, type SpendColumns, spendColumns } from "./spend-row.ts";

/** One accepted payment as stored between the file pass and the output pass. */
export type StagedPayment = [
  council: string,
  file: string,
  line: number,
  date: string,
  amount: number,
  supplierKey: string,
  supplier: string,
  redacted: 0 | 1,
  expenseArea: string,
  expenseType: string,
  description: string,
  transactionRef: string,
  recordKey: string,
];

export async function ingestSpendFile(run: CouncilRun, file: string): Promise<FileQuality> {
  const quality = emptyQuality(run.slug, "spend", file);
  const options = run.config.files?.[file];
  const replacedBy = run.replacedBy.get(file) ?? null;
  const fileNumber = run.fileNumber(file);
  const seenInFile = new Set<string>();
  const total = new ExactSum();
  let columns: SpendColumns | null = null;
  let firstDate = "";
  let lastDate = "";

  const onRecord = (cells: string[], line: number) => {
    if (replacedBy) return;
    if (!columns) return;
    const result = readSpendRow(cells, columns);
    if (!result.ok) {
      quality.rejects.push({ line, reason: result.reason });
      return;
    }
    const key = recordKey(cells);
    const earlier = run.overlap.get(key);
    if (earlier !== undefined && Math.floor(earlier / 2 ** 32) !== fileNumber) {
      quality.rejects.push({ line, reason: `duplicate of ${run.describeLocation(earlier)}` });
      return;
    }
    if (earlier !== undefined || seenInFile.has(key)) run.markDuplicate(file, key);
    else run.overlap.set(key, fileNumber * 2 ** 32 + line);
    seenInFile.add(key);
    const row = result.row;
    const supplierKey = run.registry.keyOf(row.supplier, row.redacted);
    run.registry.note(
      supplierKey,
      row.redacted ? "Redacted" : row.supplier,
      run.slug,
      row.amount,
      row.companyNumber,
    );
    total.add(row.amount);
    if (firstDate === "" || row.date < firstDate) firstDate = row.date;
    if (row.date > lastDate) lastDate = row.date;
    quality.accepted++;
    const staged: StagedPayment = [
      run.slug,
      file,
      line,
      row.date,
      row.amount,
      supplierKey,
      row.supplier,
      row.redacted ? 1 : 0,
      row.expenseArea,
      row.expenseType,
      row.description,
      row.transactionRef,
      key,
    ];
    run.stage(staged);
    run.progress(quality.accepted + quality.rejects.length);
  };

  let read: Awaited<ReturnType<typeof readPublishedFile>>;
  try {
    read = await readPublishedFile({
      path: run.pathOf(file),
      kind: "spend",
      overrides: run.config.columns,
      encoding: options?.encoding,
      headerLine: options?.header_line,
      onHeader: (mapping) => {
        columns = spendColumns(mapping);
      },
      onRecord,
    });
  } catch (error) {
    quality.file_reason = `file could not be read: ${(error as Error).message}`;
    return quality;
  }
  applyRead(quality, read);
  if (replacedBy) {
    rejectWholeFile(quality, `replaced by ${replacedBy} (a corrected re-issue)`);
    quality.replaced_by = replacedBy;
  } else if (!read.header) {
    rejectWholeFile(quality, noHeaderReason(read, "spend"));
  } else {
    quality.rejected = quality.rejects.length;
    quality.amount_total = formatDecimal(total.value());
    quality.first_date = firstDate || null;
    quality.last_date = lastDate || null;
  }
  return quality;
}
