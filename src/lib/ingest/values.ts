// Published values: UK dates (always day first), placeholders in contract registers, yes/no.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NAMED = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{2}|\d{4})$/;

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year >= 70 ? 1900 + year : 2000 + year;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (day > (days[month - 1] as number)) return null;
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

function dayFirst(s: string): string | null {
  const m = DAY_FIRST.exec(s);
  return m ? isoOf(fullYear(m[3] as string), Number(m[2]), Number(m[1])) : null;
}

function isoDate(s: string): string | null {
  const m = ISO.exec(s);
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function namedMonth(s: string): string | null {
  const m = NAMED.exec(s);
  const month = m ? MONTHS[(m[2] as string).toLowerCase()] : undefined;
  return m && month ? isoOf(fullYear(m[3] as string), month, Number(m[1])) : null;
}

const cache = new Map<string, string | null>();

/** ISO yyyy-mm-dd of a published date, read day first (12/01/2011 is 12 January), or null. */
export function parseUkDate(text: string): string | null {
  const s = text.trim();
  const cached = cache.get(s);
  if (cached !== undefined) return cached;
  const result = dayFirst(s) ?? isoDate(s) ?? namedMonth(s);
  if (cache.size > 100_000) cache.clear();
  cache.set(s, result);
  return result;
}

/** UK local-government financial year (1 April – 31 March) of an ISO date: "2023-24". */
export function financialYearOf(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

/** "2023-04" of an ISO date. */
export const monthOf = (iso: string): string => iso.slice(0, 7);

const PLACEHOLDERS: Record<string, string> = {
  tbc: "TBC",
  tbd: "TBC",
  tba: "TBC",
  "to be confirmed": "TBC",
  various: "Various",
  na: "N/A",
  "not applicable": "N/A",
  none: "N/A",
  nil: "N/A",
  unknown: "Unknown",
  "not known": "Unknown",
};

/** The canonical placeholder when a register cell is one (TBC, Various, N/A, -, Unknown), else null. */
export function classifyPlaceholder(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (/^[-\u2013\u2014]+$/.test(trimmed)) return "-";
  const key = trimmed
    .toLowerCase()
    .replace(/[./\\_]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return PLACEHOLDERS[key] ?? null;
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0", "noo"]);

/** true / false for Yes / No style answers (including the typo "Noo"); null otherwise. */
export function parseYesNo(text: string): boolean | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[.!?]$/, "");
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
