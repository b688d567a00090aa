// Physical lines from counting a batch's line breaks agree with looking into every cell, on text
// full of quoted breaks, stray CRs and LFs, blank lines and unclosed quotes, at any chunk size.
import { describe, expect, it } from "vitest";
import { parseCsvText } from "../../../../src/lib/ingest/read/csv.ts";
import { onlySeparators } from "../../../../src/lib/ingest/read/line-breaks.ts";
import type { RecordBatch } from "../../../../src/lib/ingest/read/reader.ts";

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** Lines by looking into every cell: 1 + the cell line breaks (CRLF as one) of the records above. */
function linesByCells(rows: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += 1 + (row.join(" ").match(/\r\n|\r|\n/g)?.length ?? 0);
  }
  return lines;
}

async function parsed(text: string, size: number): Promise<{ rows: string[][]; lines: number[] }> {
  const rows: string[][] = [];
  const lines: number[] = [];
  await parseCsvText(chunks(text, size), (batch: RecordBatch) => {
    rows.push(...batch.rows);
    lines.push(...batch.lines);
  });
  return { rows, lines };
}

function randomText(seed: number): string {
  let s = seed;
  const next = (n: number) => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    return s % n;
  };
  const newline = ["\n", "\r\n", "\r"][next(3)] as string;
  const pieces = [
    "a",
    "bc",
    "1,5",
    '"q,1"',
    '"x\r\ny"',
    '"p\nq"',
    '"r\rs"',
    "\r",
    "\n",
    '""',
    '"',
    ' " ',
    '"z" ',
    ",",
  ];
  let text = `h1,h2,h3${newline}`;
  const records = 5 + next(40);
  for (let r = 0; r < records; r++) {
    const cells = 1 + next(4);
    for (let c = 0; c < cells; c++) {
      // Mostly plain cells, so that many batches take the fast path.
      text +=
        next(10) < 8
          ? (["a", "bc", "12.50", ""][next(4)] as string)
          : (pieces[next(pieces.length)] as string);
      if (c < cells - 1) text += ",";
    }
    text += newline;
    if (next(10) === 0) text += newline;
  }
  return next(2) === 0 ? text : text.slice(0, -newline.length);
}

describe("physical lines of parsed records", () => {
  it("agree with counting the breaks in every cell, for random text at any chunk size", async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed);
      for (const size of [1, 3, 8, 64, 100_000]) {
        const { rows, lines } = await parsed(text, size);
        expect(lines, `seed ${seed}, chunk ${size}: ${JSON.stringify(text)}`).toEqual(linesByCells(rows));
      }
    }
  });
});

describe("onlySeparators", () => {
  it("says when every CR and LF before the end separates records", () => {
    expect(onlySeparators("a,b\r\nc,d\r\ne,", 10, 2, "\r\n", false)).toBe(true);
    expect(onlySeparators("a,b\r\nc,d\r\ne,f", 13, 3, "\r\n", true)).toBe(true);
    expect(onlySeparators("a\nb\n", 4, 3, "\n", true)).toBe(true);
    expect(onlySeparators("a\rb\r", 4, 2, "\r", false)).toBe(true);
  });

  it("says no for a break inside a cell, a stray CR or LF, or no records", () => {
    // Two records, two LFs, but one inside a quoted cell and the last record unterminated.
    expect(onlySeparators('a,"x\ny"\nb,c', 11, 2, "\n", true)).toBe(false);
    expect(onlySeparators("a,b\r\nc,d\n", 9, 2, "\n", false)).toBe(false);
    expect(onlySeparators("a,b\r\nc\n,d\r\n", 13, 2, "\r\n", false)).toBe(false);
    expect(onlySeparators("a\rb\nc\r", 6, 2, "\r", false)).toBe(false);
    expect(onlySeparators("", 0, 0, "\n", true)).toBe(false);
  });
});
