// Per-file accounting: every non-blank record after the header is accepted or rejected with a reason.
import type { ExactSum } from "../../exact-sum.ts";
import type { FileKind, FileQuality } from "../../model.ts";
import { formatDecimal } from "../../money.ts";
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
  quality.sha256 = read.sniff.sha256;
  quality.bytes = read.sniff.bytes;
  quality.encoding = read.sniff.encoding;
  quality.header_line = read.headerLine;
  quality.columns = read.mapping ? { ...read.mapping.headers } : {};
  quality.rows = read.records;
  if (read.mapping && read.mapping.unmapped.length > 0) {
    quality.warnings.push(
      `columns not used: ${read.mapping.unmapped.map((h) => `"${h.trim()}"`).join(", ")}`,
    );
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
  return true;
}

/** Explains a file with no recognisable header: what was looked for and what was found. */
export function noHeaderReason(read: ReadResult, kind: FileKind): string {
  const wanted =
    kind === "spend" ? "date, amount and supplier" : "supplier and a contract reference or title";
  if (read.sniff.binary) return `not a CSV text file: it looks like ${read.sniff.binary}`;
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
