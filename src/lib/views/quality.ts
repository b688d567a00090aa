// Reject reasons of one file, grouped: "date not valid" ×3 at lines 4, 9, 12; its total rows against
// its records.
import { totalRowCheck } from "../ingest/output/set-aside-report.ts";
import { FAR_DATES_LINES } from "../ingest/rows/date-outliers.ts";
import { DOUBLE_AMOUNTS_LINES, MONTH_ONLY_LINES } from "../ingest/rows/file-quality.ts";
import { TOTAL_ROW } from "../ingest/rows/spend-row.ts";
import type { FileQuality, RowReject } from "../model.ts";
import { formatPounds } from "../money.ts";

export const LINES_SHOWN = 5;

export interface ReasonGroup {
  reason: string;
  count: number;
  /** The first few physical lines. */
  lines: number[];
}

/** A reason's varying detail in quotes ("date not valid: "VARIOUS"") is folded into one group. */
const general = (reason: string): string =>
  reason.replace(/"[^"]*"/g, "…").replace(/duplicate of \S+/, "duplicate of a record in another file");

export function reasonGroups(rejects: RowReject[]): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  for (const r of rejects) {
    const key = general(r.reason);
    let g = groups.get(key);
    if (!g) {
      g = { reason: key, count: 0, lines: [] };
      groups.set(key, g);
    }
    g.count++;
    if (g.lines.length < LINES_SHOWN) g.lines.push(r.line);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** The notes whose tail lists lines, and what comes just before the list. */
const LINE_LISTS = [FAR_DATES_LINES, DOUBLE_AMOUNTS_LINES, MONTH_ONLY_LINES];

/**
 * A file's note as text and the lines it names: the lines of payments dated far from their file
 * ("… perhaps mistyped: line 4 (1 Apr 2042)") or of amounts read from a double's printing become
 * links; any other note stays text (a note about columns quotes published headers, which are not
 * line numbers even when they look like one).
 */
export function warningParts(warning: string): (string | { line: number })[] {
  const marker = LINE_LISTS.find((m) => warning.includes(m));
  if (marker === undefined) return [warning];
  const head = warning.slice(0, warning.indexOf(marker) + marker.length);
  const parts: (string | { line: number })[] = [head];
  for (const piece of warning.slice(head.length).split(/(line \d+)/)) {
    const line = /^line (\d+)$/.exec(piece);
    if (line) parts.push({ line: Number(line[1]) });
    else if (piece !== "") parts.push(piece);
  }
  return parts;
}

/**
 * What a file's total rows say against its records: the reader sees that the total set aside is the
 * file's own sum (counting it would count every payment twice), or where it is not. "" without one.
 */
export function totalRowNote(file: FileQuality): string {
  const check = totalRowCheck(file);
  if (check === null) return "";
  const one = file.rejects.filter((r) => r.reason === TOTAL_ROW).length === 1;
  const stated = `Its total ${one ? "row states" : "rows state"} ${formatPounds(check.stated)}`;
  return check.stated === check.records
    ? `${stated}, what its other records add up to, to the penny. `
    : `${stated}; its other records add up to ${formatPounds(check.records)}. `;
}
