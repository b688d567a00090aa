import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readPublishedFile } from "../../../src/lib/ingest/read/published-file.ts";
import { decodeWindows1252 } from "../../../src/lib/ingest/read/windows-1252.ts";
import {
  decodePublished,
  lineWindow,
  physicalLines,
  recordCells,
  rejectOfLine,
  requestedLine,
  type SourceFile,
} from "../../../src/lib/sources/published-text.ts";

const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);

describe("decoding a published file in the browser", () => {
  it("gives the ingest's text for every byte of each single-byte encoding", () => {
    expect(decodePublished(everyByte, "windows-1252")).toBe(decodeWindows1252(Buffer.from(everyByte)));
    for (const encoding of ["cp437", "cp850"]) {
      expect(decodePublished(everyByte, encoding), encoding).toBe(
        iconv.decode(Buffer.from(everyByte), encoding),
      );
    }
    // £ is 0x9C in the DOS code pages and 0xA3 in Windows-1252.
    expect(decodePublished(Uint8Array.of(0x9c, 0x35), "cp850")).toBe("£5");
    expect(decodePublished(Uint8Array.of(0xa3, 0x35), "windows-1252")).toBe("£5");
  });

  it("drops a BOM in UTF-8 and UTF-16", () => {
    expect(decodePublished(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41), "utf-8")).toBe("A");
    expect(decodePublished(Uint8Array.of(0xff, 0xfe, 0x41, 0x00), "utf-16le")).toBe("A");
    expect(decodePublished(Uint8Array.of(0xfe, 0xff, 0x00, 0x41), "utf-16be")).toBe("A");
  });
});

describe("physical lines", () => {
  it("end at CRLF, LF or a lone CR, with no extra line after a final break", () => {
    expect(physicalLines("a\r\nb\nc\rd\n")).toEqual(["a", "b", "c", "d"]);
    expect(physicalLines("a\n\nb")).toEqual(["a", "", "b"]);
    expect(physicalLines("")).toEqual([""]);
  });

  it("are numbered as the ingest numbers records, quoted line breaks and blank lines included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "published-text-"));
    const path = join(dir, "mixed.csv");
    const text =
      'Payments over £500\r\n\r\nDate,Supplier,Amount\r\n01/04/2024,"Acme\r\nLtd",1.00\r\n\r\n02/04/2024,"Bolt\nand\rCo",2.00\r\n03/04/2024,Cole,3.00';
    writeFileSync(path, text);
    const seen: { first: string; line: number }[] = [];
    await readPublishedFile({
      path,
      kind: "spend",
      onRecord: (cells, line) => seen.push({ first: cells[0] as string, line }),
    });
    const lines = physicalLines(decodePublished(new Uint8Array(Buffer.from(text)), "utf-8"));
    expect(seen.map((s) => s.line)).toEqual([4, 7, 10]);
    for (const { first, line } of seen) expect(lines[line - 1]?.startsWith(first), `line ${line}`).toBe(true);
  });
});

describe("the lines shown around one", () => {
  const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
  it("keeps the header above when it is not in the window, and stays inside the file", () => {
    const w = lineWindow(lines, 20, 3, 2);
    expect(w.header).toEqual({ number: 3, text: "line 3" });
    expect(w.lines.map((l) => l.number)).toEqual([18, 19, 20, 21, 22]);
    expect(lineWindow(lines, 2, 1, 2).header).toBeNull();
    expect(lineWindow(lines, 30, null, 2).lines.map((l) => l.number)).toEqual([28, 29, 30]);
  });
});

describe("what a viewer address may ask for", () => {
  const files: SourceFile[] = [
    { council: "alpha", file: "spend/2023-04.csv", encoding: "utf-8", header_line: 1 },
  ];
  const ask = (query: string) => requestedLine(new URLSearchParams(query), files);
  it("only a listed file and a whole line number", () => {
    expect(ask("file=alpha/spend/2023-04.csv&line=12")).toEqual({ source: files[0], line: 12 });
    expect(ask("file=alpha/../../etc/passwd&line=1")).toMatchObject({
      problem: expect.stringMatching(/No published file/),
    });
    expect(ask("file=alpha/spend/2023-04.csv&line=1.5")).toMatchObject({ problem: expect.any(String) });
    expect(ask("file=alpha/spend/2023-04.csv")).toMatchObject({ problem: expect.any(String) });
    expect(ask("")).toEqual({ problem: "No file was asked for." });
  });
});

describe("why a line was set aside", () => {
  const rows = [
    {
      council: "alpha",
      source_file: "spend/a.csv",
      source_line: "4",
      reason: "total row (an amount with no date or supplier)",
    },
    {
      council: "alpha",
      source_file: "spend/a.csv",
      source_line: "9",
      reason: "duplicate of spend/old.csv:12",
    },
    { council: "alpha", source_file: "spend/b.csv", source_line: "", reason: "file is empty: no records" },
    { council: "beta", source_file: "spend/a.csv", source_line: "5", reason: "date missing" },
  ];
  it("finds the line's reason in rejects.csv, a repeated record's original, and a file not used", () => {
    expect(rejectOfLine(rows, "alpha", "spend/a.csv", 4)).toEqual({
      wholeFile: false,
      reason: "total row (an amount with no date or supplier)",
      duplicateOf: null,
    });
    expect(rejectOfLine(rows, "alpha", "spend/a.csv", 9)?.duplicateOf).toEqual({
      file: "spend/old.csv",
      line: 12,
    });
    expect(rejectOfLine(rows, "alpha", "spend/b.csv", 1)).toMatchObject({ wholeFile: true });
    expect(rejectOfLine(rows, "alpha", "spend/a.csv", 5)).toBeNull();
  });
});

describe("a record's cells", () => {
  const lines = physicalLines(
    'Date,Supplier,Amount\n01/04/2024,"Acme\nLtd",1.00\n02/04/2024,Bolt,2.00\n03/04/2024,"Cole,9',
  );
  it("are read on over a quoted line break, and only for the record that starts on the line", () => {
    expect(recordCells(lines, 1)).toEqual(["Date", "Supplier", "Amount"]);
    expect(recordCells(lines, 2)).toEqual(["01/04/2024", "Acme\nLtd", "1.00"]);
    expect(recordCells(lines, 4)).toEqual(["02/04/2024", "Bolt", "2.00"]);
  });

  it("are none for a record whose quote never closes, or a line past the end", () => {
    expect(recordCells(lines, 5)).toEqual([]);
    expect(recordCells(lines, 9)).toEqual([]);
  });
});
