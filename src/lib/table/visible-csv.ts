// "Download what I see": the rows a reader filtered a table to, as CSV text. Pure, so it is tested
// without a browser; the table tools read cells from the page and hand them here.
import Papa from "papaparse";

/** A table cell as read from the page: its text, or an exact plain value (amounts) to write as is. */
export interface Cell {
  text: string;
  /** Set for numeric cells (data-csv attribute): written unguarded, e.g. "1234.56". */
  plain?: string | undefined;
}

/** OWASP CSV injection: a text cell starting with = + - @ tab or CR gets a leading apostrophe. */
export function guardText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function visibleRowsCsv(header: string[], rows: Cell[][]): string {
  const data = rows.map((row) =>
    row.map((cell) => (cell.plain !== undefined ? cell.plain : guardText(cell.text))),
  );
  return `${Papa.unparse({ fields: header.map(guardText), data }, { newline: "\n" })}\n`;
}
