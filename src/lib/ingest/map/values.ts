// Published values: UK dates (always day first, or a spreadsheet's day number), placeholders in
// contract registers, yes/no.

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** "jan", "january", "sept" → month number. */
const MONTHS = new Map<string, number>([["sept", 9]]);
MONTH_NAMES.forEach((name, i) => {
  MONTHS.set(name, i + 1);
  MONTHS.set(name.slice(0, 3), i + 1);
});

// All anchored, bounded and without nested quantifiers: no catastrophic backtracking.
const TIME = String.raw`(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d{1,9})?)?(?: ?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})${TIME}$`);
const NAMED = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?([ -])([A-Za-z]{3,9})\.?\2(\d{4}|\d{2})${TIME}$`,
);

/** A month with no day: Sep 2014, September 2014, Sept-2014, Sep-14 (a workbook cell formatted mmm yyyy). */
const MONTH_ONLY = /^([A-Za-z]{3,9})\.?([ -])(\d{4}|\d{2})$/;

/** A spreadsheet's day number, as a date cell exports when its format is lost: 44927, 44927.5. */
const SERIAL = /^(\d{5})(?:\.\d{1,12})?$/;
/** Excel's day numbers (1900 date system) of 1990-01-01 and 2100-12-31: the accepted years. */
const SERIAL_FIRST = 32_874;
const SERIAL_LAST = 73_415;
/** Excel's day number of 1970-01-01. */
const SERIAL_1970 = 25_569;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Two-digit years: 70–99 → 1970–1999, 00–69 → 2000–2069. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year >= 70 ? 1900 + year : 2000 + year;
}

/** ISO date of a real calendar day within the accepted years, else null. */
function isoOf(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const days = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > days) return null;
  return `${year}-${two(month)}-${two(day)}`;
}

function dayFirst(s: string): string | null {
  const m = DAY_FIRST.exec(s);
  return m ? isoOf(fullYear(m[4] as string), Number(m[3]), Number(m[1])) : null;
}

function yearFirst(s: string): string | null {
  const m = YEAR_FIRST.exec(s);
  return m ? isoOf(Number(m[1]), Number(m[3]), Number(m[4])) : null;
}

/** The first day of a month named with its year but no day (Sep 2014), or null. */
function monthOnly(s: string): string | null {
  const m = MONTH_ONLY.exec(s);
  const month = m ? MONTHS.get((m[1] as string).toLowerCase()) : undefined;
  return m && month ? isoOf(fullYear(m[3] as string), month, 1) : null;
}

/**
 * Whether a published date names a month but no day (`Sep 2014`): parseUkDate reads it as the month's
 * first day, and the file's notes say that the day is not known.
 */
export const isMonthOnlyDate = (text: string): boolean => monthOnly(text.trim()) !== null;

function namedMonth(s: string): string | null {
  const m = NAMED.exec(s);
  const month = m ? MONTHS.get((m[3] as string).toLowerCase()) : undefined;
  return m && month ? isoOf(fullYear(m[4] as string), month, Number(m[1])) : null;
}

/**
 * Excel counts 1900 as a leap year (its day 60 is a 29 February 1900 that never was), so from day 61
 * on, day n is n days after 30 December 1899; every accepted day number is far beyond it.
 */
function spreadsheetDay(serial: number): string | null {
  if (serial < SERIAL_FIRST || serial > SERIAL_LAST) return null;
  return new Date((serial - SERIAL_1970) * 86_400_000).toISOString().slice(0, 10);
}

function readDate(s: string): string | null {
  const serial = SERIAL.exec(s);
  if (serial) return spreadsheetDay(Number(serial[1]));
  if (s.length < 6 || s.length > 40) return null;
  // Year first only when it opens with four digits (2019-05-01); day first otherwise.
  if (
    isDigit(s.charCodeAt(0)) &&
    isDigit(s.charCodeAt(1)) &&
    isDigit(s.charCodeAt(2)) &&
    isDigit(s.charCodeAt(3))
  ) {
    return yearFirst(s);
  }
  return dayFirst(s) ?? namedMonth(s) ?? monthOnly(s);
}

const dateCache = new Map<string, string | null>();

/**
 * ISO yyyy-mm-dd of a published date, always read day first (12/01/2011 is 12 January), or null.
 * Accepts d/m/yy[yy] with / - or . (optionally with a time), yyyy-mm-dd[ time], 20-Jan-2011,
 * 26-May-11, 20 January 2011, a spreadsheet's day number (44927 is 1 January 2023), and a month
 * with no day (Sep 2014, read as its first day: isMonthOnlyDate tells such a date). Years
 * outside 1990–2100 and impossible days give null.
 */
export function parseUkDate(text: string): string | null {
  // Consecutive records mostly share their date: no map lookup for a repeat.
  if (text === lastDateText) return lastDate;
  const result = parseUkDateCached(text);
  lastDateText = text;
  lastDate = result;
  return result;
}

let lastDateText = "";
let lastDate: string | null = parseUkDateCached("");

function parseUkDateCached(text: string): string | null {
  const cached = dateCache.get(text);
  if (cached !== undefined) return cached;
  const result = readDate(text.trim());
  if (dateCache.size >= 50_000) dateCache.clear();
  dateCache.set(text, result);
  return result;
}

/** UK local-government financial year (1 April – 31 March) of an ISO date: "2023-24". */
export function financialYearOf(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}-${two((start + 1) % 100)}`;
}

/** "2023-04" of an ISO date. */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** Placeholder wordings with all non-alphanumerics removed, lower case → canonical placeholder. */
const PLACEHOLDERS = new Map<string, string>([
  ["tbc", "TBC"],
  ["tbd", "TBC"],
  ["tba", "TBC"],
  ["tobeconfirmed", "TBC"],
  ["tobedetermined", "TBC"],
  ["tobeadvised", "TBC"],
  ["tobeagreed", "TBC"],
  ["various", "Various"],
  ["multiple", "Various"],
  ["na", "N/A"],
  ["notapplicable", "N/A"],
  ["none", "N/A"],
  ["nil", "N/A"],
  ["unknown", "Unknown"],
  ["notknown", "Unknown"],
  ["nk", "Unknown"],
]);

/** Lower-case letters and digits only: "T.B.C." → "tbc", "#N/A" → "na", "Not  applicable" → "notapplicable". */
function placeholderKey(s: string): string {
  let key = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 32;
    if ((lower >= 97 && lower <= 122) || isDigit(c)) key += s[i];
  }
  return key.toLowerCase();
}

const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212;

/** Only dashes ("-", "--", "–", "—"), or only question marks. */
function symbolPlaceholder(s: string): string | null {
  let dashes = 0;
  let questions = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDash(c)) dashes++;
    else if (c === 63) questions++;
    else if (c !== 32) return null;
  }
  if (dashes > 0 && questions === 0) return "-";
  return questions > 0 && dashes === 0 ? "Unknown" : null;
}

/**
 * The canonical placeholder (TBC, Various, N/A, -, Unknown) when a register cell is one rather
 * than a value, else null. Case, spaces and punctuation do not matter: tbc, T.B.C., n/a, NA, #N/A, –.
 */
export function classifyPlaceholder(text: string): string | null {
  const s = text.trim();
  if (s === "" || s.length > 24) return null;
  return symbolPlaceholder(s) ?? PLACEHOLDERS.get(placeholderKey(s)) ?? null;
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0", "noo"]);

/** true / false for Yes / No style answers (including the typo "Noo"); null otherwise. */
export function parseYesNo(text: string): boolean | null {
  let key = text.trim().toLowerCase();
  const last = key.charCodeAt(key.length - 1);
  if (last === 46 || last === 33) key = key.slice(0, -1);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
