// Per-file accounting: every non-blank record after the header is accepted or rejected with a reason.
import { refusedFileReason } from "../../config/data-files.ts";
import { ExactSum } from "../../exact-sum.ts";
import type { FileKind, FileQuality } from "../../model.ts";
import { formatDecimal, parseAmount } from "../../money.ts";
import { reasonCategory } from "../output/quality-report.ts";
import type { ReadResult } from "../read/published-file.ts";

export function emptyQuality(council: string, kind: FileKind, file: string): FileQuality {
  return {
    council,
    kind,
    file,
    sha256: "",
    bytes: 0,
    encoding: "",
    header_line: null,
    columns: {},
    rows: 0,
    accepted: 0,
    rejected: 0,
    amount_total: "0.00",
    first_date: null,
    last_date: null,
    file_reason: null,
    replaced_by: null,
    possible_duplicates: 0,
    warnings: [],
    rejects: [],
  };
}

/** Fills the file facts a read establishes (hash, encoding, header, columns, row count). */
export function applyRead(quality: FileQuality, read: ReadResult): void {
  quality.sha256 = read.report.sha256;
  quality.bytes = read.report.bytes;
  quality.encoding = read.report.encoding;
  quality.header_line = read.headerLine;
  quality.columns = read.mapping ? { ...read.mapping.headers } : {};
  quality.rows = read.records;
  applyFormat(quality, read);
  if (read.mapping && read.mapping.unmapped.length > 0) {
    quality.unused_columns = read.mapping.unmapped.map((h) => h.trim());
    quality.warnings.push(
      `columns not used: ${read.mapping.unmapped.map((h) => `"${h.trim()}"`).join(", ")}`,
    );
  }
}

/** What the file's reader adds: its format, the archive a member came from, a workbook's sheets. */
function applyFormat(quality: FileQuality, read: ReadResult): void {
  if (read.format !== "csv") quality.format = read.format;
  const member = quality.file.indexOf("!/");
  if (read.report.archive && member !== -1) {
    quality.format = "zip";
    quality.archive = { file: quality.file.slice(0, member), ...read.report.archive };
  }
  if (read.sections.length > 0) {
    quality.sheets = read.sections.map(({ name, first_line, last_line, header_line }) => ({
      name,
      first_line,
      last_line,
      header_line,
    }));
  }
  for (const note of read.report.notes ?? []) quality.warnings.push(note);
  if (read.header === null) return;
  for (const sheet of read.sections) {
    if (sheet.header_line !== null) continue;
    const starts = (sheet.leading?.[0] ?? [])
      .filter((c) => c.trim() !== "")
      .slice(0, 4)
      .join(" | ");
    quality.warnings.push(
      `sheet "${printable(sheet.name)}" (lines ${sheet.first_line}-${sheet.last_line}) holds no table of this kind: not read` +
        (starts ? ` (it starts: ${printable(starts.slice(0, 80))})` : ""),
    );
  }
}

/** Lines listed for amounts read from a double's printing. */
const DOUBLE_LINES_LISTED = 5;
/** What comes before the list of lines in that note (the data-quality page links the lines after it). */
export const DOUBLE_AMOUNTS_LINES = "each read as the decimal it stands for: ";

/** Lines noted of a kind (amounts read from doubles, month-only dates): a count, the first lines, an example. */
type NotedLines = { count: number; lines: number[]; example: string };

/** seen with one more line noted, or a new note of it. */
function noteLine(seen: NotedLines | undefined, line: number, published: string): NotedLines {
  if (!seen) return { count: 1, lines: [line], example: published.trim() };
  seen.count++;
  if (seen.lines.length < DOUBLE_LINES_LISTED) seen.lines.push(line);
  return seen;
}

/** Counts a kept record whose amount was published as a binary double's printing (631.1899999999999). */
export function noteDoubleAmount(quality: FileQuality, line: number, published: string): void {
  quality.double_amounts = noteLine(quality.double_amounts, line, published);
}

/** Counts a kept record whose date was published as a month with no day (Sep 2014). */
export function noteMonthOnlyDate(quality: FileQuality, line: number, published: string): void {
  quality.month_only_dates = noteLine(quality.month_only_dates, line, published);
}

/** What comes before the list of lines in the month-only note (the data-quality page links the lines after it). */
export const MONTH_ONLY_LINES =
  "each counted in its month and dated its first day, the day not being known: ";

/** The note on a file's dates published as a month alone, or null when it has none. */
export function monthOnlyDatesWarning(quality: FileQuality): string | null {
  const seen = quality.month_only_dates;
  if (!seen) return null;
  const lines = seen.lines.map((line) => `line ${line}`).join(", ");
  return (
    `${seen.count} date${seen.count === 1 ? "" : "s"} published as a month with no day ` +
    `(such as "${printable(seen.example.slice(0, 30))}"), ${MONTH_ONLY_LINES}${lines}` +
    (seen.count > seen.lines.length ? ", …" : "")
  );
}

/** The note on a file's amounts read from a double's printing, or null when it has none. */
export function doubleAmountsWarning(quality: FileQuality): string | null {
  const seen = quality.double_amounts;
  if (!seen) return null;
  const read = parseAmount(seen.example);
  const readAs = read.ok ? `, read as ${formatDecimal(read.micros)}` : "";
  const lines = seen.lines.map((line) => `line ${line}`).join(", ");
  return (
    `${seen.count} amount${seen.count === 1 ? "" : "s"} printed as binary floating point ` +
    `(such as "${seen.example.slice(0, 30)}"${readAs}), ${DOUBLE_AMOUNTS_LINES}${lines}` +
    (seen.count > seen.lines.length ? ", …" : "")
  );
}

/** The published amounts of a file's set-aside records, summed per reason (for the set-aside report). */
export class SetAsideAmounts {
  private readonly sums = new Map<string, ExactSum>();

  /** Notes a set-aside record's amount cell (nothing when it holds no amount). */
  note(reason: string, amountText: string | undefined): void {
    if (amountText === undefined || amountText.trim() === "") return;
    const amount = parseAmount(amountText);
    if (!amount.ok) return;
    const key = reasonCategory(reason);
    let sum = this.sums.get(key);
    if (!sum) {
      sum = new ExactSum();
      this.sums.set(key, sum);
    }
    sum.add(amount.micros);
  }

  /** Writes the sums into the file's quality entry (absent when there are none). */
  writeTo(quality: FileQuality): void {
    if (this.sums.size === 0) return;
    quality.set_aside_amounts = {};
    for (const [key, sum] of this.sums) quality.set_aside_amounts[key] = formatDecimal(sum.value());
  }
}

/** Marks a whole file as not used: every record it holds counts as rejected for that reason. */
export function rejectWholeFile(quality: FileQuality, reason: string): void {
  quality.file_reason = reason;
  quality.accepted = 0;
  quality.rejected = quality.rows;
  quality.rejects = [];
}

/**
 * Sets a file aside whole, unread, when it is a symbolic link or resolves outside the data folder;
 * true when it did.
 */
export function refuseOutsideData(quality: FileQuality, councilDir: string): boolean {
  const reason = refusedFileReason(councilDir, quality.file);
  if (reason === null) return false;
  rejectWholeFile(quality, reason);
  return true;
}

/**
 * A file's accounting once it has been read: set aside whole when a corrected re-issue replaces it or
 * no header was found, else its rejects and the total of what it kept. True when its records count.
 */
export function settleFile(
  quality: FileQuality,
  read: ReadResult,
  kind: FileKind,
  replacedBy: string | null | undefined,
  total: ExactSum,
): boolean {
  applyRead(quality, read);
  if (replacedBy) {
    rejectWholeFile(quality, `replaced by ${replacedBy} (a corrected re-issue)`);
    quality.replaced_by = replacedBy;
    return false;
  }
  if (!read.header) {
    rejectWholeFile(quality, noHeaderReason(read, kind));
    return false;
  }
  quality.rejected = quality.rejects.length;
  quality.amount_total = formatDecimal(total.value());
  const doubles = doubleAmountsWarning(quality);
  if (doubles) quality.warnings.push(doubles);
  const months = monthOnlyDatesWarning(quality);
  if (months) quality.warnings.push(months);
  return true;
}

/** The fields a file of this kind cannot do without, in words. */
const WANTED: Record<FileKind, string> = {
  spend: "date, amount and supplier",
  contracts: "supplier and a contract reference or title",
};

/** Up to 8 non-blank cells of a row, quoted and shortened, for a message. */
function cellsText(cells: string[]): string {
  return cells
    .filter((c) => c.trim() !== "")
    .slice(0, 8)
    .map((c) => `"${printable(c.trim().slice(0, 40))}"`)
    .join(", ");
}

/** Explains a file with no recognisable header: what it holds when that is plain, else the closest row and what it lacks. */
export function noHeaderReason(read: ReadResult, kind: FileKind): string {
  if (read.report.rejection !== null) return read.report.rejection;
  if (read.records === 0) return "file is empty: no records";
  if (kind === "spend") {
    const what = notPaymentsReason(read);
    if (what) return what;
  }
  const wanted = WANTED[kind];
  if (read.closest) {
    const { line, header } = read.closest;
    const named = Object.entries(header.mapping.headers)
      .map(
        ([field, published]) => `${field.replace("_", " ")} ("${printable(published.trim().slice(0, 30))}")`,
      )
      .join(", ");
    return (
      `no header row with ${wanted} columns in the first rows; the closest, line ${line}, ` +
      `names ${named} but no ${header.mapping.missing.join(" or ")} column`
    );
  }
  const first = (read.leadingRecords[0] ?? []) as string[];
  return `no header row with ${wanted} columns in the first rows: none names any known column (first row: ${cellsText(first)})`;
}

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[\s\-/']*(\d{2}|\d{4})?$/i;
const PLACE = /address|postcode|post code|uprn|property|tenure|easting|northing|building|land/i;

/** A file that holds something other than payments, said in words (null when it may hold payments). */
function notPaymentsReason(read: ReadResult): string | null {
  const rows = read.leadingRecords;
  const header = read.closest?.header.cells ?? rows[0] ?? [];
  const cells = header.map((c) => c.trim()).filter((c) => c !== "");
  const all = rows.flat().map((c) => c.trim().toLowerCase());
  const months = cells.filter((c) => MONTH.test(c)).length;
  const mapping = read.closest?.header.mapping;
  if (all.includes("grand total") || months >= 3) {
    const columns = cellsText(cells.slice(0, 6));
    const by = mapping?.fields.supplier !== undefined ? "supplier" : "row";
    return (
      `not payments: a table of totals per ${by}${months >= 3 ? " and month" : ""} ` +
      `(a pivot table${all.includes("grand total") ? ' with "Grand Total"' : ""}; columns ${columns}), ` +
      "not one row per payment"
    );
  }
  if (cells.filter((c) => PLACE.test(c)).length >= 2 && mapping?.fields.date === undefined) {
    return `not payments: a list of properties or land (columns ${cellsText(cells.slice(0, 6))}), no payment date or amount`;
  }
  return null;
}

/** Control characters shown as "?" so a message stays readable in a terminal and on a page. */
function printable(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd ? "?" : char;
  }
  return out;
}
