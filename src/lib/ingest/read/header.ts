// Finds the header row among a file's first records: past titles, blank lines, report-writer settings
// and SQL text, joining a header split over two rows.
import type { FileKind } from "../../model.ts";
import { parseAmount } from "../../money.ts";
import { type ColumnMapping, mapColumns } from "../map/columns.ts";
import { parseUkDate } from "../map/values.ts";

export interface HeaderFound {
  /** Index into rows of the first header row. */
  index: number;
  /** 0 for another file's header, borrowed by a file whose first row is data. */
  rowsUsed: 0 | 1 | 2;
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

function isPreambleCell(cell: string): boolean {
  const text = cell.trim().toLowerCase();
  return text !== "" && (PREAMBLE_CELL.has(text) || PREAMBLE_START.test(text));
}

/** A report-writer setting or SQL text row: never a header, even when it names columns. */
export function isPreambleRow(row: string[]): boolean {
  const first = row.find((cell) => cell.trim() !== "");
  return first !== undefined && isPreambleCell(first);
}

/**
 * The row with its report-writer and SQL fragments blanked: a header row may start with one
 * (`setparameter select to_char(sysdate,'DD/`, then `Supplier ID,Supplier Name,…`).
 */
export function withoutPreambleCells(row: string[]): string[] {
  return row.some(isPreambleCell) ? row.map((cell) => (isPreambleCell(cell) ? "" : cell)) : row;
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

/** The candidate header rows (blank and preamble-only rows left out), their fragments blanked. */
function* candidates(rows: string[][], kind: FileKind, overrides: Overrides): Generator<HeaderFound> {
  const cleaned = rows.map(withoutPreambleCells);
  for (let i = 0; i < cleaned.length; i++) {
    if (isBlank(cleaned[i] as string[])) continue;
    yield headerAt(cleaned, i, kind, overrides);
  }
}

/**
 * Finds the header among the first records (blank lines as [""]). Every row is scored by the fields
 * its cells name; the best-scored row that has every required field wins, the earliest on ties; null
 * when no row qualifies. Cells that are report-writer or SQL fragments are ignored.
 * A forced index (council.json `header_line`) is trusted even when required fields are missing.
 */
export function findHeader(
  rows: string[][],
  kind: FileKind,
  overrides?: Record<string, string | string[]>,
  forcedIndex?: number,
): HeaderFound | null {
  if (forcedIndex !== undefined && forcedIndex >= 0 && forcedIndex < rows.length) {
    return headerAt(rows.map(withoutPreambleCells), forcedIndex, kind, overrides);
  }
  let best: HeaderFound | null = null;
  for (const found of candidates(rows, kind, overrides)) {
    if (qualifies(found.mapping) && fieldCount(found.mapping) > (best ? fieldCount(best.mapping) : 0)) {
      best = found;
    }
  }
  return best;
}

/** When no header qualifies: the row naming most fields (the earliest on ties), or null when none names any. */
export function closestHeader(
  rows: string[][],
  kind: FileKind,
  overrides?: Record<string, string | string[]>,
): HeaderFound | null {
  let best: HeaderFound | null = null;
  for (const found of candidates(rows, kind, overrides)) {
    if (fieldCount(found.mapping) > (best ? fieldCount(best.mapping) : 0)) best = found;
  }
  return best;
}

/** A cell of letters that is neither a date nor an amount: a name or a description. */
const isText = (cell: string) => /[a-z]{3}/i.test(cell) && parseUkDate(cell) === null;

/**
 * The width of a file whose first rows are payments, not a header: each of them has a date, an
 * amount and a text cell, in the same columns, and the same number of cells. Null otherwise.
 */
export function dataRowsWidth(records: string[][]): number | null {
  const rows = records.filter((row) => !isBlank(row)).slice(0, 3);
  if (rows.length === 0) return null;
  const width = (rows[0] as string[]).length;
  const shape = (row: string[]) =>
    row.map((raw) => {
      const cell = raw.trim();
      if (cell === "") return "";
      if (parseUkDate(cell) !== null && /\D/.test(cell)) return "d";
      if (/\d/.test(cell) && parseAmount(cell).ok) return "n";
      return isText(cell) ? "t" : "?";
    });
  const first = shape(rows[0] as string[]);
  if (!first.includes("d") || !first.includes("n") || !first.includes("t")) return null;
  for (const row of rows) {
    if (row.length !== width) return null;
    const kinds = shape(row);
    if (!first.every((kind, i) => kind !== "d" || kinds[i] === "d")) return null;
  }
  return width;
}
