// Ingests one published payment file: every record after the header is accepted (written to the
// intermediate file) or rejected with a reason; records repeated from another file count once.
import { join } from "node:path";
import { ExactSum } from "../../exact-sum.ts";
import type { FileQuality } from "../../model.ts";
import { readPublishedFile } from "../read/published-file.ts";
import type { BorrowedLayout } from "./borrowed-layout.ts";
import type { CouncilSpend } from "./council-spend.ts";
import { datesSpan, farDates, farDatesWarning } from "./date-outliers.ts";
import {
  emptyQuality,
  noteDoubleAmount,
  noteMonthOnlyDate,
  refuseOutsideData,
  SetAsideAmounts,
  settleFile,
} from "./file-quality.ts";
import { RecordHash } from "./record-key.ts";
import {
  cell,
  collapseSpaces,
  emptySpendRow,
  readSpendRowInto,
  type SpendColumns,
  spendColumns,
} from "./spend-row.ts";

export async function ingestSpendFile(
  run: CouncilSpend,
  file: string,
  source: number,
  layout?: BorrowedLayout,
): Promise<FileQuality> {
  const quality = emptyQuality(run.slug, "spend", file);
  const options = run.config.files?.[file];
  const replacedBy = run.replacedBy.get(file) ?? null;
  const replacedReason = `replaced by ${replacedBy}`;
  const firstRow = run.size;
  const total = new ExactSum();
  let columns: SpendColumns | null = null;
  let firstDate = "";
  let lastDate = "";
  const hash = new RecordHash();
  const row = emptySpendRow();
  /**
   * A record's identity: its values in a fixed order, whatever its file's layout (reused: no array
   * per record). Columns no field recognises are not part of it. The date, area, type and description
   * enter as the council's numbers for them (the ids its payments are stored with), so their text is
   * looked up once per record, not hashed again.
   */
  const ids = [0, 0, 0, 0];
  const values = new Array<string>(9).fill("");
  const identity = (cells: string[], columns: SpendColumns) => {
    ids[0] = run.dateText.id(row.date);
    ids[1] = run.areaText.id(row.expenseArea);
    ids[2] = run.typeText.id(row.expenseType);
    ids[3] = run.descriptionText.id(row.description);
    values[0] = row.supplier;
    values[1] = row.supplierRef;
    values[2] = row.companyNumber;
    values[3] = row.transactionRef;
    const others = columns.otherValues;
    for (let i = 0; i < others.length; i++) {
      const at = others[i] as number;
      values[4 + i] = at < 0 ? "" : collapseSpaces(cell(cells, at));
    }
    return hash.ofValues(row.amount, values, ids);
  };
  const setAside = new SetAsideAmounts();
  const reject = (line: number, reason: string, cells: string[]) => {
    quality.rejects.push({ line, reason });
    if (columns && columns.amount >= 0) setAside.note(reason, cells[columns.amount]);
  };

  let dataLine: number | null = null;
  const onRecord = (cells: string[], line: number, problem: string | undefined) => {
    dataLine ??= line;
    if (replacedBy) {
      // Not counted, its place taken by the re-issue; its pounds still say what the re-issue replaced.
      if (columns && columns.amount >= 0) setAside.note(replacedReason, cells[columns.amount]);
      return;
    }
    if (!columns) return;
    if (problem) {
      reject(line, problem, cells);
      return;
    }
    const reason = readSpendRowInto(cells, columns, row);
    if (reason !== null) {
      reject(line, reason, cells);
      return;
    }
    const earlier = run.overlap.get(identity(cells, columns));
    if (earlier !== -1 && earlier < firstRow) {
      reject(line, `duplicate of ${run.location(earlier)}`, cells);
      return;
    }
    const nameId = run.noteName(row.supplier, row.amount, row.companyNumber);
    const stored = run.add(source, line, row.amount, nameId, ids, row.transactionRef);
    if (earlier === -1) {
      run.overlap.add(hash, stored);
    } else {
      // The same record twice in one file: kept, both marked as possible duplicate payments.
      run.duplicate.add(earlier);
      run.duplicate.add(stored);
    }
    total.add(row.amount);
    if (row.amountFromDouble) noteDoubleAmount(quality, line, cells[columns.amount] as string);
    if (row.dateMonthOnly) noteMonthOnlyDate(quality, line, cells[columns.date] as string);
    if (firstDate === "" || row.date < firstDate) firstDate = row.date;
    if (row.date > lastDate) lastDate = row.date;
    quality.accepted++;
    run.progress(quality.accepted + quality.rejects.length);
  };

  if (refuseOutsideData(quality, run.dir)) return quality;
  let read: Awaited<ReturnType<typeof readPublishedFile>>;
  try {
    read = await readPublishedFile({
      path: join(run.dir, file),
      kind: "spend",
      overrides: run.config.columns,
      encoding: options?.encoding,
      headerLine: options?.header_line,
      layout: layout?.cells,
      onHeader: (mapping) => {
        columns = spendColumns(mapping);
      },
      onRecord,
    });
  } catch (error) {
    quality.file_reason = `file could not be read: ${(error as Error).message}`;
    return quality;
  }
  if (!layout) run.layouts.note(source, read.header ? read.header.cells : null, read.leadingRecords);
  quality.read_settings = {
    format: read.format,
    delimiter: read.report.delimiter ?? null,
    data_line: dataLine,
    amount_column: read.mapping?.fields.amount ?? null,
  };
  const counted = settleFile(quality, read, "spend", replacedBy, total);
  if (counted || replacedBy) setAside.writeTo(quality);
  if (counted) {
    if (layout && read.borrowedLayout) {
      quality.layout_from = layout.file;
      quality.warnings.push(
        `no header row (the first row is data): read with the columns of ${layout.file}, ` +
          `the council's nearest file with the same ${layout.cells.length} columns`,
      );
    }
    quality.first_date = firstDate || null;
    quality.last_date = lastDate || null;
    const dates = run.dateText.values;
    const found = farDates(dates, run.dates.data, firstRow, run.size);
    if (found) {
      const span = datesSpan(dates, run.dates.data, firstRow, run.size, found.far);
      quality.first_date = span?.first ?? null;
      quality.last_date = span?.last ?? null;
      quality.warnings.push(
        farDatesWarning(dates, run.dates.data, run.lines.data, firstRow, run.size, found) as string,
      );
    }
  }
  return quality;
}
