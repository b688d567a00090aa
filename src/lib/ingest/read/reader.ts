// A Reader turns one published file into batches of records (cell arrays) with where each came from,
// and reports the facts the accounting needs. published-file.ts finds the header and passes records on.
// To add a reader (a workbook sheet, a ZIP member, an OCDS release), with spend-file.ts, contracts-file.ts
// and the accounting left as they are:
//  1. read/<format>-reader.ts exporting a Reader: read() calls onBatch in record order (a batch per
//     parsed chunk, never a call per record) and resolves with a FileReport, a rejection when nothing
//     in the file can be used; claims() only when the bytes identify the format whatever the name.
//  2. its entry in READERS (readers.ts) and its extensions in FORMAT_EXTENSIONS (formats.ts).
//  3. tests in test/lib/ingest/read/ (readers.test.ts runs in-test readers through a spend file).
// An archive's reader reads its member through readerFor({ file, bytes }) (a path names a member as
// `archive.zip!/inner.csv`); fixed-field records (OCDS) follow a first record naming the fields.
import { statSync } from "node:fs";
import type { Encoding } from "../../config/schema.ts";

/** One published file: a file on disk, or a member of an archive on disk (`archive.zip!/inner.csv`). */
export interface PublishedFile {
  path: string;
  /** The member of the archive at path (`inner.csv`), or null for the file itself. */
  member: string | null;
}

/** Records in file order, each with the 1-based line (CSV) or sheet row it starts on. */
export interface RecordBatch {
  rows: string[][];
  lines: number[];
  /** Each record's JSON path (an OCDS release's `releases[3]`), for readers whose records are not lines. */
  paths?: string[] | undefined;
  /** Index in rows -> why that record is unusable as read (an unclosed quote). */
  problems: Map<number, string>;
  /**
   * The sheet of a workbook the records come from: a new name starts a table of its own, whose
   * header is found again. Absent for a file that is one table (CSV).
   */
  section?: string | undefined;
}

/** What the accounting records of every file, whatever its format. */
export interface FileReport {
  sha256: string;
  bytes: number;
  /** The text encoding found ("utf-8", "windows-1252"…), or the one the format fixes. */
  encoding: string;
  encodingReason: string;
  /** Why no record of the file can be used ("not a CSV text file: …"; no batch is then given), or null. */
  rejection: string | null;
  /** For a member of an archive: the archive itself, as published (its hash and size). */
  archive?: { sha256: string; bytes: number } | undefined;
  /** The delimiter the text was parsed with (readers of delimited text), absent for other formats. */
  delimiter?: string | undefined;
  /** What the reader noticed that the file's notes should say (a workbook's cells read as text). */
  notes?: string[] | undefined;
}

export interface ReadRequest {
  file: PublishedFile;
  /** The file's bytes when already in memory (a decompressed member): path is then not read. */
  bytes?: Buffer | undefined;
  /** The text encoding council.json sets for the file, for readers of text. */
  encoding?: Encoding | undefined;
}

export interface Reader {
  /** The format's name, as FORMAT_EXTENSIONS lists it ("csv"). */
  format: string;
  /** True when the file's first bytes (up to CLAIM_BYTES) show it is this format, whatever its name. */
  claims?: (head: Buffer) => boolean;
  /**
   * True when a file named as this format may hold these first bytes: wider than claims() (an .xlsx
   * is a ZIP, whatever part it starts with). A format with claims() but no accepts() accepts what it claims.
   */
  accepts?: (head: Buffer) => boolean;
  read(request: ReadRequest, onBatch: (batch: RecordBatch) => void): Promise<FileReport>;
}

/** How many leading bytes claims() is shown. */
export const CLAIM_BYTES = 512;

/** Between an archive and its member in a file's name: `spend/archive.zip!/inner.csv`. */
const MEMBER = "!/";

/** The file's name as provenance gives it: `spend/archive.zip!/inner.csv` for a member. */
export function publishedName(file: PublishedFile): string {
  return file.member === null ? file.path : `${file.path}${MEMBER}${file.member}`;
}

/**
 * The published file a path names: a member when the path runs on past a regular file
 * (`…/archive.zip!/inner.csv`), which no path on disk can; else the file itself.
 */
export function publishedFileAt(path: string): PublishedFile {
  for (let at = path.lastIndexOf(MEMBER); at > 0; at = path.lastIndexOf(MEMBER, at - 1)) {
    const archive = path.slice(0, at);
    if (statSync(archive, { throwIfNoEntry: false })?.isFile()) {
      return { path: archive, member: path.slice(at + MEMBER.length) };
    }
  }
  return { path, member: null };
}
