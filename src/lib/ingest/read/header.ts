// Finds the header row among a file's first records: past titles, blank lines, report-writer settings
// and SQL text, joining a header split over two rows.
import type { FileKind } from "../../model.ts";
import { type ColumnMapping, mapColumns } from "../map/columns.ts";

export interface HeaderFound {
  /** Index into rows of the first header row. */
  index: number;
  rowsUsed: 1 | 2;
  /** The header cells (joined cell by cell when the header spans two rows). */
  cells: string[];
  mapping: ColumnMapping;
}

type Overrides = Record<string, string | string[]> | undefined;

/** First cells of report-writer and SQL preamble rows (Agresso `setdefault`, Oracle `setparameter`). */
const PREAMBLE_START = /^\*?\s*(setdefault|setparameter|declare|query|select|subtotal)\b/i;
const PREAMBLE_CELL = new Set(["sort", "columns", "parameter", "detail", "inserted detail", "subtotal"]);

function isBlank(row: string[]): boolean {
  for (const cell of row) if (cell.trim() !== "") return false;
  return true;
}

function filled(row: string[]): number {
  let n = 0;
  for (const cell of row) if (cell.trim() !== "") n++;
  return n;
}

/** A report-writer setting or SQL text row: never a header, even when it names columns. */
export function isPreambleRow(row: string[]): boolean {
  const first = row.find((cell) => cell.trim() !== "");
  if (first === undefined) return false;
  const text = first.trim().toLowerCase();
  return PREAMBLE_CELL.has(text) || PREAMBLE_START.test(text);
}

/** Could this row be the second half of a split header: a few short words, no digit (so no date or amount)? */
function isContinuation(row: string[], above: string[]): boolean {
  if (isBlank(row) || isPreambleRow(row) || filled(row) > filled(above)) return false;
  for (const cell of row) {
    const text = cell.trim();
    if (text.length > 40 || /\d/.test(text)) return false;
  }
  return true;
}

/** Most of the second row's cells must complete a recognised header (`Number` under `Transaction`). */
function completesHeaders(bottom: string[], joined: ColumnMapping): boolean {
  const mappedColumns = new Set(Object.values(joined.fields));
  let cells = 0;
  let recognised = 0;
  bottom.forEach((cell, i) => {
    if (cell.trim() === "") return;
    cells++;
    if (mappedColumns.has(i)) recognised++;
  });
  return recognised * 2 >= cells;
}

function joinRows(top: string[], bottom: string[]): string[] {
  const width = Math.max(top.length, bottom.length);
  const cells = new Array<string>(width);
  for (let i = 0; i < width; i++) {
    const a = top[i] ?? "";
    const b = (bottom[i] ?? "").trim();
    cells[i] = b === "" ? a : a.trim() === "" ? b : `${a.trim()} ${b}`;
  }
  return cells;
}

const qualifies = (mapping: ColumnMapping) => mapping.missing.length === 0;
const fieldCount = (mapping: ColumnMapping) => Object.keys(mapping.fields).length;

/** The header starting at rows[index], joined with the next row when that is its second half. */
function headerAt(rows: string[][], index: number, kind: FileKind, overrides: Overrides): HeaderFound {
  const cells = rows[index] as string[];
  const mapping = mapColumns(cells, kind, overrides);
  const next = rows[index + 1];
  if (next && isContinuation(next, cells) && !qualifies(mapColumns(next, kind, overrides))) {
    const joined = joinRows(cells, next);
    const joinedMapping = mapColumns(joined, kind, overrides);
    const keepsQualifying = qualifies(joinedMapping) || !qualifies(mapping);
    if (
      keepsQualifying &&
      fieldCount(joinedMapping) >= fieldCount(mapping) &&
      completesHeaders(next, joinedMapping)
    ) {
      return { index, rowsUsed: 2, cells: joined, mapping: joinedMapping };
    }
  }
  return { index, rowsUsed: 1, cells, mapping };
}

/**
 * Finds the header among the first records (blank lines as [""]). The row with most recognised fields
 * that has every required field wins, the earliest on ties; null when no row qualifies.
 * A forced index (council.json `header_line`) is trusted even when required fields are missing.
 */
export function findHeader(
  rows: string[][],
  kind: FileKind,
  overrides?: Record<string, string | string[]>,
  forcedIndex?: number,
): HeaderFound | null {
  if (forcedIndex !== undefined && forcedIndex >= 0 && forcedIndex < rows.length) {
    return headerAt(rows, forcedIndex, kind, overrides);
  }
  let best: HeaderFound | null = null;
  let bestScore = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as string[];
    if (isBlank(row) || isPreambleRow(row)) continue;
    const found = headerAt(rows, i, kind, overrides);
    if (!qualifies(found.mapping)) continue;
    const score = fieldCount(found.mapping);
    if (score > bestScore) {
      best = found;
      bestScore = score;
    }
  }
  return best;
}
