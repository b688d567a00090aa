// One flag: a question about some payment rows, with the indicator that raised it, the figure it is
// about, the threshold it passed and the rows behind it. Ids are built from what the flag is about
// (indicator, council, supplier or department, year or first payment), so the same input gives the
// same ids and a new month of data leaves earlier flags' ids unchanged.
import type { FlagContext } from "./context.ts";
import type { IndicatorId } from "./indicators.ts";

export interface FlagRow {
  /** Row in payments.csv order. */
  row: number;
  /** What this row is in the flag ("credit note", "after the end date"); "" when it needs no note. */
  note: string;
}

export interface Flag {
  id: string;
  indicator: IndicatorId;
  /** The council the question is for (index in ctx.councils). */
  council: number;
  /** Supplier id the flag is about; "" for a department flag. */
  supplierId: string;
  /** Contract id (contracts.csv id of the contract) the flag is about; "". */
  contractId: string;
  /** The flag's financial year: its year, or the year of its latest row. */
  financialYear: string;
  /** The figure the flag is about (micros): the spend, the repeated total, March's spend… */
  total: bigint;
  /** The threshold passed, in words and figures ("£25,000", "14 days"). */
  threshold: string;
  question: string;
  rows: FlagRow[];
}

/** What one indicator found. */
export interface IndicatorResult {
  flags: Flag[];
  /** Candidates not flagged, by reason (e.g. cancelled by credit notes). */
  setAside: Map<string, number>;
}

/** A part of a flag id: lower case letters, digits and hyphens. */
export function idPart(text: string): string {
  const part = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return part === "" ? "x" : part;
}

/** "indicator.council.subject.key": each part cleaned, joined with dots. */
export const flagId = (indicator: IndicatorId, ...parts: string[]): string =>
  [indicator, ...parts.map(idPart)].join(".");

/** Rows by date, then by payments.csv order. */
export function sortFlagRows(ctx: FlagContext, rows: FlagRow[]): FlagRow[] {
  return rows.sort((a, b) => ctx.day[a.row] - ctx.day[b.row] || a.row - b.row);
}

/** The financial year of the latest of some rows ("" when none has one). */
export function latestYear(ctx: FlagContext, rows: readonly FlagRow[]): string {
  let best = -1;
  for (const { row } of rows) best = Math.max(best, ctx.yearOf[row]);
  return best < 0 ? "" : (ctx.years[best] as string);
}

/** The published supplier name on a row. */
export const supplierName = (ctx: FlagContext, row: number): string =>
  ctx.payments.text.get(ctx.payments.supplier[row]);

/** The council's name for a council index. */
export const councilName = (ctx: FlagContext, council: number): string => ctx.councils[council]?.name ?? "";

/**
 * Flags in a stable order (indicator, council, id) with unique ids: a repeated id (two departments
 * whose names clean to the same text) gets -2, -3… in that order.
 */
export function orderFlags(flags: Flag[], indicatorOrder: readonly string[]): Flag[] {
  const order = new Map(indicatorOrder.map((id, i) => [id, i]));
  const rank = (f: Flag) => order.get(f.indicator) ?? 99;
  flags.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.council - b.council ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
      (a.rows[0]?.row ?? 0) - (b.rows[0]?.row ?? 0),
  );
  const seen = new Map<string, number>();
  for (const flag of flags) {
    const times = (seen.get(flag.id) ?? 0) + 1;
    seen.set(flag.id, times);
    if (times > 1) flag.id = `${flag.id}-${times}`;
  }
  return flags;
}
