import { describe, expect, it } from "vitest";
import { detectDelimiter, detectNewline, parseCsvText } from "../../../../src/lib/ingest/read/csv.ts";
import type { RecordBatch } from "../../../../src/lib/ingest/read/reader.ts";

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function parse(text: string, size = 7): Promise<{ rows: string[][]; lines: number[] }> {
  const rows: string[][] = [];
  const lines: number[] = [];
  await parseCsvText(chunks(text, size), (batch: RecordBatch) => {
    rows.push(...batch.rows);
    lines.push(...batch.lines);
  });
  return { rows, lines };
}

describe("detectNewline", () => {
  it("tells CRLF, LF and CR apart", () => {
    expect(detectNewline("a,b\r\nc")).toBe("\r\n");
    expect(detectNewline("a,b\nc")).toBe("\n");
    expect(detectNewline("a,b\rc")).toBe("\r");
    expect(detectNewline("a,b")).toBeNull();
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["Date,Supplier,Amount\n01/04/2024,A,1", ","],
    ["Date\tSupplier\tAmount\n", "\t"],
    ["Date;Supplier;Amount;Description\n01/04/2024;A;1,00;Books, paper\n", ";"],
    // A title line above the header: the header, holding the most delimiters, decides.
    ["Payments over 500, November 2014\nDate;Supplier;Amount;Description\n", ";"],
    ["Spend; April\nDate,Supplier,Amount,Description\n", ","],
    ["no delimiter at all", ","],
    ["a;b,c", ","],
  ])("%j is separated by %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("parseCsvText", () => {
  it("resolves with the delimiter it parsed with, and null for an empty text", async () => {
    const noop = () => {};
    expect(await parseCsvText(chunks("Date\tSupplier\tAmount\n1\t2\t3\n", 4), noop)).toBe("\t");
    expect(await parseCsvText(chunks("", 4), noop)).toBeNull();
  });

  it("keeps the physical line of every record across CRLF, blank lines and quoted line breaks", async () => {
    const text = 'Date,Amount\r\n\r\n01/04/2023,"1,000.00"\r\n02/04/2023,"a\r\nb"\r\n03/04/2023,5\r\n';
    const { rows, lines } = await parse(text, 5);
    expect(rows).toEqual([
      ["Date", "Amount"],
      [""],
      ["01/04/2023", "1,000.00"],
      ["02/04/2023", "a\r\nb"],
      ["03/04/2023", "5"],
    ]);
    expect(lines).toEqual([1, 2, 3, 4, 6]);
  });

  it("reads CR-only files even when the first chunk holds no line break", async () => {
    const { rows, lines } = await parse("Supplier,Amount\rAcme,1\rBeta,2\r", 3);
    expect(rows).toEqual([
      ["Supplier", "Amount"],
      ["Acme", "1"],
      ["Beta", "2"],
    ]);
    expect(lines).toEqual([1, 2, 3]);
  });

  it("reads LF files with a multi-line quoted cell", async () => {
    const { rows, lines } = await parse('a,b\n"x\ny\nz",1\nlast,2', 4);
    expect(rows.map((r) => r[1])).toEqual(["b", "1", "2"]);
    expect(lines).toEqual([1, 2, 5]);
  });

  it("delivers nothing for an empty file", async () => {
    const { rows } = await parse("");
    expect(rows).toEqual([]);
  });

  it("reads tab-separated exports", async () => {
    const { rows } = await parse("Date\tAmount\n01/04/2023\t5\n");
    expect(rows).toEqual([
      ["Date", "Amount"],
      ["01/04/2023", "5"],
    ]);
  });
});
