// Reads one published file with the reader its format calls for (readers.ts), finds the header row
// among the first records and hands every non-blank record after the header to the caller with its
// line (and JSON path, from readers that give one). Nothing here depends on the file's format.
import type { Encoding } from "../../config/schema.ts";
import type { FileKind } from "../../model.ts";
import { type ColumnMapping, mapColumns } from "../map/columns.ts";
import { closestHeader, findHeader, type HeaderFound } from "./header.ts";
import { type FileReport, type PublishedFile, publishedFileAt, type ReadRequest } from "./reader.ts";
import { readerFor } from "./readers.ts";

/** How many leading records are searched for the header row. */
export const HEADER_SCAN_ROWS = 60;

export interface ReadOptions {
  /** The file, or a member of an archive (`…/archive.zip!/inner.csv`). */
  path: string;
  kind: FileKind;
  overrides?: Partial<Record<string, string | string[]>> | undefined;
  encoding?: Encoding | undefined;
  /** Physical line of the header, from council.json. */
  headerLine?: number | undefined;
  /**
   * The header cells of another file to read this one with when it has no header row of its own (its
   * first row is data): every record is then data. Not used for a workbook's sheets.
   */
  layout?: string[] | undefined;
  /** Called once, when the header row has been found, before the first record. */
  onHeader?: (mapping: ColumnMapping) => void;
  /**
   * Each non-blank record after the header, with the line (CSV) or sheet row it starts on and its
   * JSON path (null from readers whose records are lines); `problem` says why it is unusable as read.
   */
  onRecord: (cells: string[], line: number, problem: string | undefined, path: string | null) => void;
}

export interface ReadResult {
  /** Which file was read: provenance of every record. */
  source: PublishedFile;
  /** The reader that read it ("csv"). */
  format: string;
  report: FileReport;
  /** The header of the first table found (a workbook's first sheet that holds one). */
  header: HeaderFound | null;
  /** Physical line of the (first) header row. */
  headerLine: number | null;
  mapping: ColumnMapping | null;
  /** Non-blank records after the header (all non-blank records when no header was found). */
  records: number;
  /** When no header was found: the leading non-blank records, to explain what the file holds. */
  leadingRecords: string[][];
  /** A workbook's sheets, each with the lines its rows have in the file and whether a table was read. */
  sections: SectionRead[];
  /** When no header was found: the row naming most fields, with its line (null when none names any). */
  closest: { line: number; header: HeaderFound } | null;
  /** True when the records were read with options.layout, the file having no header row. */
  borrowedLayout: boolean;
}

/** One sheet of a workbook as read: its rows are the file's lines first_line to last_line. */
export interface SectionRead {
  name: string;
  first_line: number;
  last_line: number;
  /** The line of its header row, or null when the sheet holds no table of this kind (not read). */
  header_line: number | null;
  /** The sheet's first non-blank rows when it holds no table, to say what it holds. */
  leading?: string[][];
}

export function isBlankRecord(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

/** A record met before the header was decided. */
interface Buffered {
  cells: string[];
  line: number;
  problem: string | undefined;
  path: string | null;
}

/** One stretch of records with its own header: the whole file, or one sheet of a workbook. */
interface Section {
  name: string | undefined;
  buffered: Buffered[];
  header: HeaderFound | null;
  /** The header is options.layout, not a row of the section (which has none). */
  borrowed: boolean;
  /** When no header was found: the row naming most fields. */
  closest: { line: number; header: HeaderFound } | null;
  decided: boolean;
  records: number;
  firstLine: number;
  lastLine: number;
}

const newSection = (name: string | undefined): Section => ({
  name,
  buffered: [],
  header: null,
  borrowed: false,
  closest: null,
  decided: false,
  records: 0,
  firstLine: 0,
  lastLine: 0,
});

const leadingOf = (buffered: readonly Buffered[]): string[][] =>
  buffered
    .filter((r) => !isBlankRecord(r.cells))
    .slice(0, 5)
    .map((r) => r.cells);

export async function readPublishedFile(options: ReadOptions): Promise<ReadResult> {
  const source = publishedFileAt(options.path);
  const request: ReadRequest = { file: source, encoding: options.encoding };
  const reader = readerFor(request);
  let section = newSection(undefined);
  const done: Section[] = [];

  const deliver = (cells: string[], line: number, problem: string | undefined, path: string | null) => {
    if (isBlankRecord(cells)) return;
    section.records++;
    if (section.header) options.onRecord(cells, line, problem, path);
  };
  const decide = () => {
    section.decided = true;
    const buffered = section.buffered;
    let forcedIndex: number | undefined;
    if (options.headerLine !== undefined) {
      const index = buffered.findIndex((record) => record.line === options.headerLine);
      forcedIndex = index === -1 ? undefined : index;
    }
    const rows = buffered.map((record) => record.cells);
    const overrides = options.overrides as Record<string, string | string[]> | undefined;
    let header = findHeader(rows, options.kind, overrides, forcedIndex);
    if (!header) {
      const near = closestHeader(rows, options.kind, overrides);
      if (near) section.closest = { line: (buffered[near.index] as Buffered).line, header: near };
    }
    if (!header && options.layout && section.name === undefined) {
      const cells = options.layout;
      header = { index: 0, rowsUsed: 0, cells, mapping: mapColumns(cells, options.kind, overrides) };
      section.borrowed = true;
    }
    section.header = header;
    if (header) options.onHeader?.(header.mapping);
    for (let i = header ? header.index + header.rowsUsed : 0; i < buffered.length; i++) {
      const record = buffered[i] as Buffered;
      deliver(record.cells, record.line, record.problem, record.path);
    }
  };
  const finishSection = () => {
    if (!section.decided) decide();
    done.push(section);
  };

  const report = await reader.read(request, ({ rows, lines, paths, problems, section: name }) => {
    if (name !== undefined && name !== section.name) {
      if (section.name !== undefined || section.buffered.length > 0) finishSection();
      section = newSection(name);
    }
    if (rows.length > 0) {
      if (section.firstLine === 0) section.firstLine = lines[0] as number;
      section.lastLine = lines[rows.length - 1] as number;
    }
    let i = 0;
    for (; !section.decided && i < rows.length; i++) {
      const path = paths ? (paths[i] as string) : null;
      section.buffered.push({
        cells: rows[i] as string[],
        line: lines[i] as number,
        problem: problems.get(i),
        path,
      });
      if (section.buffered.length >= HEADER_SCAN_ROWS) {
        i++;
        decide();
        break;
      }
    }
    for (; i < rows.length; i++) {
      deliver(rows[i] as string[], lines[i] as number, problems.get(i), paths ? (paths[i] as string) : null);
    }
  });
  const result = { source, format: reader.format, report };
  if (report.rejection !== null) {
    return {
      ...result,
      header: null,
      headerLine: null,
      mapping: null,
      records: 0,
      leadingRecords: [],
      sections: [],
      closest: null,
      borrowedLayout: false,
    };
  }
  finishSection();
  return { ...result, ...settledSections(done) };
}

/** The file's header, records and sheets once every section has been read. */
function settledSections(done: readonly Section[]): Omit<ReadResult, "source" | "format" | "report"> {
  const withTable = done.filter((s) => s.header !== null);
  const first = withTable[0];
  const headerLineOf = (s: Section) =>
    s.header && !s.borrowed ? ((s.buffered[s.header.index] as Buffered).line as number) : null;
  const sections = done
    .filter((s) => s.name !== undefined && s.records > 0)
    .map((s): SectionRead => {
      const read: SectionRead = {
        name: s.name as string,
        first_line: s.firstLine,
        last_line: s.lastLine,
        header_line: headerLineOf(s),
      };
      if (!s.header) read.leading = leadingOf(s.buffered);
      return read;
    });
  if (!first) {
    return {
      header: null,
      headerLine: null,
      mapping: null,
      // With no table anywhere, every record of the file is set aside with it.
      records: done.reduce((sum, s) => sum + s.records, 0),
      leadingRecords: leadingOf(done.find((s) => s.records > 0)?.buffered ?? []),
      sections,
      closest: done.find((s) => s.closest !== null)?.closest ?? null,
      borrowedLayout: false,
    };
  }
  return {
    header: first.header,
    headerLine: headerLineOf(first),
    mapping: (first.header as HeaderFound).mapping,
    // A sheet without a table is not read (and named in the file's notes): its rows are not the file's records.
    records: withTable.reduce((sum, s) => sum + s.records, 0),
    leadingRecords: [],
    sections,
    closest: null,
    borrowedLayout: first.borrowed,
  };
}
