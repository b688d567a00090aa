// A workbook cell as the text the ingest reads from a CSV: what the cell holds, never how the
// spreadsheet displays it (SheetJS displays dates the American way, 10/15/15, and rounds numbers to
// their format). Numbers are the shortest text that reads back as the cell's double (631.19, or
// 631.1899999999999 for a sum the spreadsheet left unrounded, which the amount reader takes as the
// decimal it stands for); dates are ISO (2015-10-15), or `Sep 2014` when the cell's format shows no day.
import XLSX from "xlsx";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A number format's tokens, without its quoted text, escapes, [colours] and _/* padding. */
const formatTokens = (format: string): string =>
  format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "")
    .toLowerCase();

/** Whether a date format shows the month and year but no day (mmm yyyy, mm/yy). */
export function isMonthOnlyFormat(format: string): boolean {
  const tokens = formatTokens(format);
  return tokens.includes("y") && tokens.includes("m") && !tokens.includes("d");
}

/** The date (and time, when the day number has one) a spreadsheet day number stands for. */
function dateText(serial: number, format: string, date1904: boolean): string | null {
  const code = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (!code || code.y < 1000 || code.y > 9999) return null;
  if (isMonthOnlyFormat(format)) return `${MONTHS[code.m - 1]} ${code.y}`;
  const day = `${code.y}-${two(code.m)}-${two(code.d)}`;
  return code.H === 0 && code.M === 0 && code.S === 0
    ? day
    : `${day} ${two(code.H)}:${two(code.M)}:${two(code.S)}`;
}

/** Whether a number format is a date's (a day number shown as a date). */
function isDateFormat(format: string | number | undefined): format is string {
  return typeof format === "string" && format !== "General" && XLSX.SSF.is_date(format);
}

/** The text a cell holds: as published for text, exact for numbers, ISO for dates. */
export function cellText(cell: XLSX.CellObject & { z?: string | number }, date1904: boolean): string {
  const value = cell.v;
  switch (cell.t) {
    case "s":
      return typeof value === "string" ? value : String(value ?? "");
    case "n": {
      if (typeof value !== "number" || !Number.isFinite(value)) return "";
      if (isDateFormat(cell.z)) return dateText(value, cell.z, date1904) ?? String(value);
      // Object.is: a negative zero is printed as 0.
      return Object.is(value, -0) ? "0" : String(value);
    }
    case "b":
      return value ? "TRUE" : "FALSE";
    case "e":
      return typeof cell.w === "string" ? cell.w : "#ERROR";
    case "d":
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? "");
    default:
      return value === undefined || value === null ? "" : String(value);
  }
}
