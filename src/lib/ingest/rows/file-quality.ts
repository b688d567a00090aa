// Per-file accounting: every non-blank record after the header is accepted or rejected with a reason.
import { refusedFileReason } from "../../config/data-files.ts";
import type { ExactSum } from "../../exact-sum.ts";
import type { FileKind, FileQuality } from "../../model.ts";
import { formatDecimal, parseAmount } from "../../money.ts";
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

/** Explains a file with no recognisable header: what was looked for and what was found. */
export function noHeaderReason(read: ReadResult, kind: FileKind): string {
  const wanted =
    kind === "spend" ? "date, amount and supplier" : "supplier and a contract reference or title";
  if (read.report.rejection !== null) return read.report.rejection;
  if (read.records === 0) return "file is empty: no records";
  const seen = read.leadingRecords
    .slice(0, 3)
    .map((cells) =>
      cells
        .filter((c) => c.trim() !== "")
        .map((c) => printable(c.trim().slice(0, 40)))
        .slice(0, 8)
        .join(" | "),
    )
    .join(" / ");
  return `no header row with ${wanted} columns in the first rows; found: ${seen}`;
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
