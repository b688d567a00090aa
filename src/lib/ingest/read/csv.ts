// Streams CSV records out of decoded text with papaparse, keeping each record's physical line.
import Papa from "papaparse";
import { type Newline, onlySeparators } from "./line-breaks.ts";
import type { RecordBatch } from "./reader.ts";

/** The line ending of a text: the first line break found decides (CR, LF or CRLF). */
export function detectNewline(text: string): Newline | null {
  const cr = text.indexOf("\r");
  const lf = text.indexOf("\n");
  if (cr === -1 && lf === -1) return null;
  if (cr === -1) return "\n";
  if (lf === -1) return cr === text.length - 1 ? null : "\r";
  if (lf < cr) return "\n";
  return lf === cr + 1 ? "\r\n" : "\r";
}

/** The delimiters a published text may use: comma, tab (TSV exports), semicolon (European locales). */
const DELIMITERS = [",", "\t", ";"] as const;
/** How many leading lines are looked at to tell the delimiter (a title line may come first). */
const DELIMITER_LINES = 10;

/**
 * The delimiter of a text: of the first lines, the one holding the most commas, tabs or semicolons
 * decides (a title line above the header holds few), by whichever of the three it holds most of;
 * comma when none holds any, or on a tie with comma.
 */
export function detectDelimiter(text: string): string {
  let best = [0, 0, 0];
  let start = 0;
  for (let n = 0; n < DELIMITER_LINES && start < text.length; n++) {
    const end = text.slice(start).search(/[\r\n]/);
    const line = end === -1 ? text.slice(start) : text.slice(start, start + end);
    const counts = DELIMITERS.map((d) => line.split(d).length - 1);
    if (Math.max(...counts) > Math.max(...best)) best = counts;
    if (end === -1) break;
    start += end + 1;
  }
  const [commas, tabs, semicolons] = best as [number, number, number];
  if (tabs > commas && tabs >= semicolons) return "\t";
  return semicolons > commas ? ";" : ",";
}

/** Number of line breaks inside a record's cells (a quoted cell may span lines). */
function embeddedLineBreaks(row: string[]): number {
  let breaks = 0;
  for (const cell of row) {
    if (cell.length === 0) continue;
    if (cell.indexOf("\n") === -1 && cell.indexOf("\r") === -1) continue;
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === 10) breaks++;
      else if (c === 13 && cell.charCodeAt(i + 1) !== 10) breaks++;
    }
  }
  return breaks;
}

/** Reads text chunks until one holds a line break, so the line ending can be detected. */
async function leadingText(iterator: AsyncIterator<string>): Promise<{ head: string; done: boolean }> {
  let head = "";
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { head, done: true };
    head += next.value;
    // A lone CR at the very end may be the first half of CRLF: read on.
    const nl = detectNewline(head);
    if (nl && !(nl === "\r" && head.endsWith("\r") && head.indexOf("\r") === head.length - 1)) {
      return { head, done: false };
    }
    if (head.length > 8 * 1024 * 1024) return { head, done: false };
  }
}

/** What Papa.Parser.parse returns. */
interface ParsedChunk {
  data: string[][];
  errors: Papa.ParseError[];
  meta: { cursor: number };
}

/**
 * Parses a stream of decoded text into records, calling onBatch for each batch in order, and resolves
 * with the delimiter the text was parsed with (null for an empty text).
 * Blank lines are delivered as [""] so line numbers stay physical. Text chunks go to papaparse's
 * Parser as its stream reader hands them over: each chunk's incomplete last record is carried into
 * the next, and what is left when the text ends is parsed last. Driving the Parser directly tells
 * which batch is the last, so a batch's physical lines can be told from the line breaks in the
 * text it consumed.
 */
export async function parseCsvText(
  text: AsyncIterable<string>,
  onBatch: (batch: RecordBatch) => void,
): Promise<string | null> {
  const iterator = text[Symbol.asyncIterator]();
  const { head, done } = await leadingText(iterator);
  if (head.length === 0) return null;
  const newline = detectNewline(head) ?? "\n";
  const config = { delimiter: detectDelimiter(head), newline };
  let partial = "";
  let base = 0;
  let line = 1;
  const parse = (chunk: string, last: boolean) => {
    const input = partial + chunk;
    const results = new Papa.Parser(config).parse(input, base, !last) as ParsedChunk;
    const used = results.meta.cursor - base;
    partial = input.substring(used);
    base = results.meta.cursor;
    const rows = results.data;
    const lines = new Array<number>(rows.length);
    if (onlySeparators(input, used, rows.length, newline, last)) {
      for (let i = 0; i < rows.length; i++) lines[i] = line + i;
      line += rows.length;
    } else {
      for (let i = 0; i < rows.length; i++) {
        lines[i] = line;
        line += 1 + embeddedLineBreaks(rows[i] as string[]);
      }
    }
    const problems = new Map<number, string>();
    for (const error of results.errors) {
      // An unclosed quote swallows every later line into one cell: never a usable record.
      if (error.code === "MissingQuotes" && error.row !== undefined) {
        problems.set(error.row, "unclosed quote: the record runs on to the end of the file");
      }
    }
    onBatch({ rows, lines, problems });
  };
  parse(head, false);
  if (!done) {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      parse(next.value, false);
    }
  }
  parse("", true);
  return config.delimiter;
}
