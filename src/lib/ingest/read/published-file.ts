// Reads one published file: detects its encoding, streams its records, finds the header row and
// hands every non-blank record after the header to the caller with its physical line.
import type { Encoding } from "../../config/schema.ts";
import type { FileKind } from "../../model.ts";
import type { ColumnMapping } from "../map/columns.ts";
import { parseCsvText } from "./csv.ts";
import { type FileSniff, openText, sniffFile } from "./decode.ts";
import { findHeader, type HeaderFound } from "./header.ts";

/** How many leading records are searched for the header row. */
export const HEADER_SCAN_ROWS = 60;

export interface ReadOptions {
  path: string;
  kind: FileKind;
  overrides?: Partial<Record<string, string | string[]>> | undefined;
  encoding?: Encoding | undefined;
  /** Physical line of the header, from council.json. */
  headerLine?: number | undefined;
  /** Called once, when the header row has been found, before the first record. */
  onHeader?: (mapping: ColumnMapping) => void;
  /** Each non-blank record after the header; `problem` says why its quoting makes it unusable. */
  onRecord: (cells: string[], line: number, problem: string | undefined) => void;
}

export interface ReadResult {
  sniff: FileSniff;
  header: HeaderFound | null;
  /** Physical line of the (first) header row. */
  headerLine: number | null;
  mapping: ColumnMapping | null;
  /** Non-blank records after the header (all non-blank records when no header was found). */
  records: number;
  /** When no header was found: the leading non-blank records, to explain what the file holds. */
  leadingRecords: string[][];
}

export function isBlankRecord(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

export async function readPublishedFile(options: ReadOptions): Promise<ReadResult> {
  const sniff = await sniffFile(options.path, options.encoding);
  const buffered: { cells: string[]; line: number; problem: string | undefined }[] = [];
  let header: HeaderFound | null = null;
  let headerLine: number | null = null;
  let decided = false;
  let records = 0;

  const deliver = (cells: string[], line: number, problem: string | undefined) => {
    if (isBlankRecord(cells)) return;
    records++;
    if (header) options.onRecord(cells, line, problem);
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
    const start = header ? header.index + header.rowsUsed : 0;
    if (header) {
      headerLine = (buffered[header.index] as { line: number }).line;
      options.onHeader?.(header.mapping);
    }
    for (let i = start; i < buffered.length; i++) {
      const record = buffered[i] as { cells: string[]; line: number; problem: string | undefined };
      deliver(record.cells, record.line, record.problem);
    }
  };

  if (sniff.binary) {
    return { sniff, header: null, headerLine: null, mapping: null, records: 0, leadingRecords: [] };
  }
  await parseCsvText(openText(options.path, sniff), ({ rows, lines, problems }) => {
    let i = 0;
    for (; !decided && i < rows.length; i++) {
      buffered.push({ cells: rows[i] as string[], line: lines[i] as number, problem: problems.get(i) });
      if (buffered.length >= HEADER_SCAN_ROWS) {
        i++;
        decide();
        break;
      }
    }
    for (; i < rows.length; i++) deliver(rows[i] as string[], lines[i] as number, problems.get(i));
  });
  if (!decided) decide();

  const found = header as HeaderFound | null;
  return {
    sniff,
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
  };
}
