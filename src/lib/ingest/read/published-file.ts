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
   * first row is data): every record is then data.
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
  header: HeaderFound | null;
  /** Physical line of the (first) header row. */
  headerLine: number | null;
  mapping: ColumnMapping | null;
  /** Non-blank records after the header (all non-blank records when no header was found). */
  records: number;
  /** When no header was found: the leading non-blank records, to explain what the file holds. */
  leadingRecords: string[][];
  /** When no header was found: the row naming most fields, with its line (null when none names any). */
  closest: { line: number; header: HeaderFound } | null;
  /** True when the records were read with options.layout, the file having no header row. */
  borrowedLayout: boolean;
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

export async function readPublishedFile(options: ReadOptions): Promise<ReadResult> {
  const source = publishedFileAt(options.path);
  const request: ReadRequest = { file: source, encoding: options.encoding };
  const reader = readerFor(request);
  const buffered: Buffered[] = [];
  let header: HeaderFound | null = null;
  let headerLine: number | null = null;
  let closest: ReadResult["closest"] = null;
  let borrowedLayout = false;
  let decided = false;
  let records = 0;

  const deliver = (cells: string[], line: number, problem: string | undefined, path: string | null) => {
    if (isBlankRecord(cells)) return;
    records++;
    if (header) options.onRecord(cells, line, problem, path);
  };
  const decide = () => {
    decided = true;
    const rows = buffered.map((record) => record.cells);
    let forcedIndex: number | undefined;
    if (options.headerLine !== undefined) {
      const index = buffered.findIndex((record) => record.line === options.headerLine);
      forcedIndex = index === -1 ? undefined : index;
    }
    header = findHeader(
      rows,
      options.kind,
      options.overrides as Record<string, string | string[]> | undefined,
      forcedIndex,
    );
    if (!header) {
      const near = closestHeader(rows, options.kind, options.overrides as Record<string, string | string[]>);
      if (near) closest = { line: (buffered[near.index] as Buffered).line, header: near };
    }
    if (!header && options.layout) {
      const cells = options.layout;
      header = {
        index: 0,
        rowsUsed: 0,
        cells,
        mapping: mapColumns(cells, options.kind, options.overrides as Record<string, string | string[]>),
      };
      borrowedLayout = true;
    }
    const start = header ? header.index + header.rowsUsed : 0;
    if (header) {
      if (!borrowedLayout) headerLine = (buffered[header.index] as { line: number }).line;
      options.onHeader?.(header.mapping);
    }
    for (let i = start; i < buffered.length; i++) {
      const record = buffered[i] as Buffered;
      deliver(record.cells, record.line, record.problem, record.path);
    }
  };

  const report = await reader.read(request, ({ rows, lines, paths, problems }) => {
    let i = 0;
    for (; !decided && i < rows.length; i++) {
      const path = paths ? (paths[i] as string) : null;
      buffered.push({ cells: rows[i] as string[], line: lines[i] as number, problem: problems.get(i), path });
      if (buffered.length >= HEADER_SCAN_ROWS) {
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
      closest: null,
      borrowedLayout: false,
    };
  }
  if (!decided) decide();

  const found = header as HeaderFound | null;
  return {
    ...result,
    header: found,
    headerLine,
    mapping: found ? found.mapping : null,
    records,
    leadingRecords: found
      ? []
      : buffered
          .filter((r) => !isBlankRecord(r.cells))
          .slice(0, 5)
          .map((r) => r.cells),
    closest,
    borrowedLayout,
  };
}
