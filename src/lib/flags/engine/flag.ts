// One flag: a question about some payment rows, with the indicator that raised it, the figure it is
// about, the threshold it passed and the rows behind it. Ids are built from what the flag is about
// (indicator, council, supplier or department, year or first payment), so the same input gives the
// same ids and a new month of data leaves earlier flags' ids unchanged.

import { INDICATOR_EVIDENCE, INDICATOR_STRENGTH, type IndicatorId } from "../indicators/definitions.ts";
import type { FlagContext } from "./context.ts";

export interface Flag {
  id: string;
  indicator: IndicatorId;
  /** The council the question is for (index in ctx.councils). */
  council: number;
  /** Supplier id the flag is about; "" for a department flag. */
  supplierId: string;
  /** Contract id (contracts.csv id of the contract) the flag is about; "". */
  contractId: string;
  /** The published department a year-end spike is about; "". */
  department: string;
  /** The comparable category a concentration is about (its name); "". */
  category: string;
  /** The flag's financial year: its year, or the year of its latest row. */
  financialYear: string;
  /** The figure the flag is about (micros): the spend, the repeated total, March's spend… */
  total: bigint;
  /** The threshold passed, in words and figures ("£25,000", "14 days"). */
  threshold: string;
  question: string;
  /** The payment rows behind the flag (payments.csv order numbers), by date. */
  rows: Int32Array;
  /** Rows that need a word of explanation ("credit note"), by row. */
  notes?: Map<number, string>;
  /** The evidence the question rests on, in words ("the same reference INV-1 on both"). */
  evidence: string;
  /** Pounds at stake × the strength of the evidence, in whole pounds: the rank among its list. */
  score: number;
}

/** What a flag's score is made from when not its whole figure at full strength. */
export interface ScoreParts {
  /** The pounds at stake (micros); the flag's figure, as a positive amount, unless given. */
  stake?: bigint;
  /** The strength of the evidence, 0 to 1; the indicator's (definitions.ts) unless given. */
  strength?: number;
}

/** Whole pounds of stake × strength. */
export function scoreOf(stake: bigint, strength: number): number {
  const abs = stake < 0n ? -stake : stake;
  return Math.round((Number(abs / 10_000n) / 100) * strength);
}

/**
 * The fields every flag starts from: empty subjects, its rows by date and its year (the year of its
 * latest row unless given). `byDay`: the caller knows the rows are already in date order.
 */
export function flagOf(
  ctx: FlagContext,
  fields: Pick<Flag, "id" | "indicator" | "council" | "total" | "threshold" | "question"> &
    Partial<Flag> &
    ScoreParts,
  rows: number[] | Int32Array,
  byDay = false,
): Flag {
  const list = rows instanceof Int32Array ? rows : new Int32Array(rows);
  if (!byDay) sortRows(ctx, list);
  const flag: Flag = {
    id: fields.id,
    indicator: fields.indicator,
    council: fields.council,
    supplierId: fields.supplierId ?? "",
    contractId: fields.contractId ?? "",
    department: fields.department ?? "",
    category: fields.category ?? "",
    financialYear: fields.financialYear ?? latestYear(ctx, list),
    total: fields.total,
    threshold: fields.threshold,
    question: fields.question,
    rows: list,
    // Always present (undefined for most), so that every flag has the same shape for the engine.
    notes: fields.notes,
    evidence: fields.evidence ?? INDICATOR_EVIDENCE[fields.indicator],
    score: scoreOf(fields.stake ?? fields.total, fields.strength ?? INDICATOR_STRENGTH[fields.indicator]),
  };
  return flag;
}

/** What one indicator found. */
export interface IndicatorResult {
  flags: Flag[];
  /** Candidates not flagged, by reason (e.g. cancelled by credit notes). */
  setAside: Map<string, number>;
}

/** True for lower-case letters and digits in runs joined by single hyphens ("harrowmere", "2023-24"). */
function isClean(text: string): boolean {
  if (text === "") return false;
  let previous = 45;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) {
      if (previous === 45) return false;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
    previous = c;
  }
  return previous !== 45;
}

/** A part of a flag id: lower case letters, digits and single hyphens. */
export function idPart(text: string): string {
  if (isClean(text)) return text;
  const part = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return part === "" ? "x" : part;
}

/** "indicator.council.subject.key": each part cleaned, joined with dots. */
export function flagId(indicator: IndicatorId, ...parts: string[]): string {
  let id: string = indicator;
  for (const part of parts) id += `.${idPart(part)}`;
  return id;
}

/** Rows by date, then by payments.csv order (in place). */
export function sortRows<T extends number[] | Int32Array>(ctx: FlagContext, rows: T): T {
  const day = ctx.day;
  const before = (a: number, b: number) => day[a] - day[b] || a - b;
  // Rows come mostly in file order, which is mostly date order: skip the sort when it is already so.
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++)
    sorted = before(rows[i - 1] as number, rows[i] as number) < 0;
  if (!sorted) rows.sort(before);
  return rows;
}

/** The financial year of the latest of some rows ("" when none has one). */
function latestYear(ctx: FlagContext, rows: ArrayLike<number>): string {
  let best = -1;
  for (let i = 0; i < rows.length; i++) best = Math.max(best, ctx.yearOf[rows[i] as number]);
  return best < 0 ? "" : (ctx.years[best] as string);
}

/** Exact total of some rows' amounts (micros). */
export function totalOf(ctx: FlagContext, rows: ArrayLike<number>): bigint {
  let small = 0;
  let big = 0n;
  for (let i = 0; i < rows.length; i++) {
    small += ctx.payments.amount[rows[i] as number];
    if (small >= 2 ** 52 || small <= -(2 ** 52)) {
      big += BigInt(small);
      small = 0;
    }
  }
  return big + BigInt(small);
}

/** The published supplier name on a row. */
export const supplierName = (ctx: FlagContext, row: number): string =>
  ctx.payments.text.get(ctx.payments.supplier[row]);

/** The council's name for a council index. */
export const councilName = (ctx: FlagContext, council: number): string => ctx.councils[council]?.name ?? "";

/**
 * Flags in a stable order (indicator, council, id) with unique ids: a repeated id (two departments
 * whose names clean to the same text) gets -2, -3… in that order. Flags are put in buckets by
 * indicator and council first; only each bucket is sorted by id, and only when its flags are not in
 * id order already.
 */
export function orderFlags(
  flags: Flag[],
  indicatorOrder: readonly string[],
  councils: readonly { slug: string }[] = [],
): Flag[] {
  const order = new Map(indicatorOrder.map((id, i) => [id, i]));
  const rank = (f: Flag) => order.get(f.indicator) ?? 99;
  const byId = (a: Flag, b: Flag) =>
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.rows[0] ?? 0) - (b.rows[0] ?? 0);
  const buckets = new Map<number, Flag[]>();
  for (const flag of flags) {
    if (!Number.isInteger(flag.council) || flag.council < 0 || flag.council >= 65_536) {
      flags.sort((a, b) => rank(a) - rank(b) || a.council - b.council || byId(a, b));
      numberRepeats(flags, councils, false);
      return flags;
    }
    const key = rank(flag) * 65_536 + flag.council;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(flag);
    else buckets.set(key, [flag]);
  }
  // Equal ids are next to each other when every id starts with its indicator and its council's slug
  // (as cleaned) and no two councils' slugs clean alike: checked while the flags are put back.
  const parts = councils.map((c) => idPart(c.slug));
  let adjacent = new Set(parts).size === parts.length;
  const prefixes = new Map<string, string[]>();
  let at = 0;
  for (const key of [...buckets.keys()].sort((a, b) => a - b)) {
    const bucket = buckets.get(key) as Flag[];
    let inOrder = true;
    for (let i = 1; i < bucket.length && inOrder; i++)
      inOrder = (bucket[i - 1] as Flag).id < (bucket[i] as Flag).id;
    if (!inOrder) bucket.sort(byId);
    const first = bucket[0] as Flag;
    let byCouncil = prefixes.get(first.indicator);
    if (!byCouncil) {
      byCouncil = parts.map((part) => `${first.indicator}.${part}.`);
      prefixes.set(first.indicator, byCouncil);
    }
    const prefix = byCouncil[first.council];
    for (const flag of bucket) {
      adjacent &&= prefix !== undefined && flag.id.startsWith(prefix);
      flags[at++] = flag;
    }
  }
  numberRepeats(flags, councils, adjacent);
  return flags;
}

/**
 * A repeated id gets -2, -3… in flag order: by looking at the flag before when equal ids are next to
 * each other (`adjacent`), else by counting them in a map.
 */
function numberRepeats(flags: Flag[], councils: readonly { slug: string }[], adjacent: boolean): void {
  if (adjacent && councils.length > 0) {
    let previous = "";
    let times = 0;
    for (const flag of flags) {
      times = flag.id === previous ? times + 1 : 1;
      previous = flag.id;
      if (times > 1) flag.id = `${flag.id}-${times}`;
    }
    return;
  }
  const seen = new Map<string, number>();
  for (const flag of flags) {
    const times = (seen.get(flag.id) ?? 0) + 1;
    seen.set(flag.id, times);
    if (times > 1) flag.id = `${flag.id}-${times}`;
  }
}
