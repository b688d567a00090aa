// Maps a published header row to the canonical fields, from synonyms seen in real council files
// (see council-data-facts.md and the ODI Leeds crosswalks) plus the council's own overrides.
import type { FileKind } from "../../model.ts";
import {
  type Candidate,
  candidatesFor,
  headerKey,
  KIND_FIELDS,
  MAX_HEADER,
  normaliseHeader,
} from "./column-synonyms.ts";

export { normaliseHeader };

export interface ColumnMapping {
  /** canonical field -> column index */
  fields: Partial<Record<string, number>>;
  /** canonical field -> the header as published */
  headers: Record<string, string>;
  /** Non-blank published headers no field uses. */
  unmapped: string[];
  /** Required fields not found ("reference or title" for a contract register with neither). */
  missing: string[];
}

function overrideTable(
  kind: FileKind,
  overrides?: Record<string, string | string[]>,
): Map<string, Candidate[]> {
  const table = new Map<string, Candidate[]>();
  if (!overrides) return table;
  const allowed = KIND_FIELDS[kind];
  for (const [field, value] of Object.entries(overrides)) {
    if (!allowed.includes(field)) continue;
    (Array.isArray(value) ? value : [value]).forEach((header, i) => {
      const key = headerKey(header);
      const entry = table.get(key) ?? [];
      entry.push({ field, score: 1000 - i });
      table.set(key, entry);
    });
  }
  return table;
}

/** Agresso `Account,Description`: when Account is only the fallback type, it is the code and Description the type. */
function accountDescriptionPair(fields: Partial<Record<string, number>>, keys: string[]): void {
  const account = fields.expense_type;
  if (account === undefined || keys[account] !== "account" || keys[account + 1] !== "description") return;
  if (fields.description !== account + 1 || fields.expense_code !== undefined) return;
  fields.expense_code = account;
  fields.expense_type = account + 1;
  delete fields.description;
}

function requiredMissing(kind: FileKind, fields: Partial<Record<string, number>>): string[] {
  if (kind === "spend") return ["date", "amount", "supplier"].filter((f) => fields[f] === undefined);
  const missing = fields.supplier === undefined ? ["supplier"] : [];
  if (fields.reference === undefined && fields.title === undefined) missing.push("reference or title");
  return missing;
}

/**
 * Maps header cells to canonical fields: each column to at most one field, each field to its best column.
 * Overrides (council.json `columns`: field -> published header(s)) beat every synonym.
 */
export function mapColumns(
  header: string[],
  kind: FileKind,
  overrides?: Record<string, string | string[]>,
): ColumnMapping {
  const overridden = overrideTable(kind, overrides);
  const keys = header.map((h) => (h.length > MAX_HEADER ? "" : headerKey(h)));
  const pairs: { column: number; field: string; score: number }[] = [];
  keys.forEach((key, column) => {
    if (key === "") return;
    for (const c of candidatesFor(key, kind, overridden))
      pairs.push({ column, field: c.field, score: c.score });
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const fields: Partial<Record<string, number>> = {};
  const used = new Set<number>();
  for (const { column, field } of pairs) {
    if (used.has(column) || fields[field] !== undefined) continue;
    fields[field] = column;
    used.add(column);
  }
  if (kind === "spend") accountDescriptionPair(fields, keys);
  const headers: Record<string, string> = {};
  const usedColumns = new Set<number>();
  for (const [field, column] of Object.entries(fields)) {
    headers[field] = header[column as number] as string;
    usedColumns.add(column as number);
  }
  const unmapped = header.filter((h, i) => h.trim() !== "" && !usedColumns.has(i));
  return { fields, headers, unmapped, missing: requiredMissing(kind, fields) };
}

/** Number of canonical fields the cells map to (used to find the header row). */
export function scoreHeader(
  cells: string[],
  kind: FileKind,
  overrides?: Record<string, string | string[]>,
): number {
  return Object.keys(mapColumns(cells, kind, overrides).fields).length;
}
