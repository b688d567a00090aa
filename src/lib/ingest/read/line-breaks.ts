// Whether the text a batch of parsed records consumed holds any line break besides the separators
// between records, found with native searches: when it holds none, no record has a line break in a
// cell, and the records' physical lines follow one another without looking into any cell.

export type Newline = "\r\n" | "\n" | "\r";

function count(text: string, char: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1 && i < end; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * True when text[0, end), parsed into `records` records separated by `newline`, holds no CR or LF
 * but those separators. `last`: the text's last batch, whose last record has no separator after it
 * (a chunk parsed with more text to come ends with the separator of its last record).
 */
export function onlySeparators(
  text: string,
  end: number,
  records: number,
  newline: Newline,
  last: boolean,
): boolean {
  if (records === 0) return false;
  const separators = last ? records - 1 : records;
  const cr = count(text, "\r", end);
  const lf = count(text, "\n", end);
  if (newline === "\n") return lf === separators && cr === 0;
  if (newline === "\r") return cr === separators && lf === 0;
  return cr === separators && lf === separators;
}
