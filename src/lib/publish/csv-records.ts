// Byte-level reading of the CSV files the ingest writes (UTF-8, RFC 4180 quoting, LF or CRLF): where
// each record ends, respecting line breaks inside quoted cells, and single cells decoded on demand,
// so records can be copied verbatim without decoding them. A quote, comma or line feed byte never
// occurs inside a multi-byte UTF-8 sequence, so scanning bytes is safe.

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Calls `onRecord(start, end)` for each complete record in buf[from, buf.length): `end` is just past
 * its line feed. Empty lines are skipped. Returns where the first incomplete record starts (or
 * buf.length); with `final`, the rest of the buffer is a last record without a line feed.
 */
export function forEachRecord(
  buf: Buffer,
  from: number,
  final: boolean,
  onRecord: (start: number, end: number) => void,
): number {
  const length = buf.length;
  let pos = from;
  // Next quote at or after the scan position, found once per quote (quotes are rare in most rows).
  let nextQuote = buf.indexOf(QUOTE, pos);
  if (nextQuote < 0) nextQuote = length;
  while (pos < length) {
    let quoted = false;
    let scan = pos;
    let lf = -1;
    for (;;) {
      lf = buf.indexOf(LF, scan);
      if (lf < 0) break;
      while (nextQuote < lf) {
        quoted = !quoted;
        nextQuote = buf.indexOf(QUOTE, nextQuote + 1);
        if (nextQuote < 0) nextQuote = length;
      }
      if (!quoted) break;
      scan = lf + 1;
    }
    if (lf < 0) {
      if (!final) return pos;
      if (!isBlank(buf, pos, length)) onRecord(pos, length);
      return length;
    }
    if (!isBlank(buf, pos, lf + 1)) onRecord(pos, lf + 1);
    pos = lf + 1;
  }
  return pos;
}

/** End of a record's content: before its CRLF or LF. */
export function contentEnd(buf: Buffer, start: number, end: number): number {
  let stop = end;
  if (stop > start && buf[stop - 1] === LF) stop--;
  if (stop > start && buf[stop - 1] === CR) stop--;
  return stop;
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  return contentEnd(buf, start, end) === start;
}

/** A cell's text: quotes removed and doubled quotes undone. */
export function decodeCell(buf: Buffer, start: number, end: number): string {
  if (start < end && buf[start] === QUOTE) {
    const inner = end - 1 > start && buf[end - 1] === QUOTE ? end - 1 : end;
    return buf.toString("utf8", start + 1, inner).replaceAll('""', '"');
  }
  return buf.toString("utf8", start, end);
}

/**
 * Finds the cells of the record buf[start, end): cell i spans bounds[2i] to bounds[2i + 1] (quotes
 * included). Stops after `max` cells; returns the number found.
 */
export function cellBounds(buf: Buffer, start: number, end: number, bounds: Int32Array, max: number): number {
  const stop = contentEnd(buf, start, end);
  let i = start;
  let found = 0;
  while (found < max) {
    bounds[2 * found] = i;
    if (i < stop && buf[i] === QUOTE) {
      i++;
      while (i < stop) {
        if (buf[i] === QUOTE) {
          if (i + 1 < stop && buf[i + 1] === QUOTE) i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
    }
    while (i < stop && buf[i] !== COMMA) i++;
    bounds[2 * found + 1] = i;
    found++;
    if (i >= stop) break;
    i++;
  }
  return found;
}

/** Every cell of the record buf[start, end). */
export function cellsOf(buf: Buffer, start: number, end: number): string[] {
  const bounds = new Int32Array(2 * (end - start + 1));
  const found = cellBounds(buf, start, end, bounds, end - start + 1);
  const cells: string[] = [];
  for (let c = 0; c < found; c++)
    cells.push(decodeCell(buf, bounds[2 * c] as number, bounds[2 * c + 1] as number));
  return cells;
}
