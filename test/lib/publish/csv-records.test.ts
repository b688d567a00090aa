import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { cellsOf, forEachRecord } from "../../../src/lib/publish/csv-records.ts";
import { splitCsvFile } from "../../../src/lib/publish/csv-split.ts";

const records = (text: string, final = true) => {
  const buf = Buffer.from(text);
  const found: string[] = [];
  const used = forEachRecord(buf, 0, final, (s, e) => found.push(buf.toString("utf8", s, e)));
  return { found, rest: buf.toString("utf8", used) };
};

describe("forEachRecord", () => {
  it("ends records at line feeds outside quotes only, keeping each record's own line ending", () => {
    const text = 'a,b\r\n"x\ny",2\n\n"say ""hi""\r\n, ok",3\nlast,4';
    expect(records(text).found).toEqual(["a,b\r\n", '"x\ny",2\n', '"say ""hi""\r\n, ok",3\n', "last,4"]);
  });

  it("leaves an incomplete record (an open quote or no line feed) for the next window", () => {
    expect(records('a,1\n"open\nstill open', false)).toEqual({ found: ["a,1\n"], rest: '"open\nstill open' });
    expect(records("a,1\nb,2", false)).toEqual({ found: ["a,1\n"], rest: "b,2" });
  });

  it("reads cells with quotes removed and doubled quotes undone, multi-byte text intact", () => {
    const buf = Buffer.from('id,"Caf\u00e9, ""Le Bon""","line\nbreak",,£5\n');
    expect(cellsOf(buf, 0, buf.length)).toEqual(["id", 'Caf\u00e9, "Le Bon"', "line\nbreak", "", "£5"]);
  });
});

describe("splitCsvFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "ledger-split-"));
  const source = join(dir, "in.csv");
  const lines = ["k,v,note"];
  for (let i = 0; i < 60; i++) {
    const note = i % 5 === 0 ? `"multi\nline ${"x".repeat(i)} ""quoted"", cell"` : `n${i}`;
    lines.push(`${["a", "b", "c"][i % 3]},${i},${note}`);
  }
  writeFileSync(source, `${lines.join("\n")}\n`);
  const parsed = Papa.parse<string[]>(readFileSync(source, "utf8"), { skipEmptyLines: true }).data;

  it.each([16, 64, 1000, 1 << 20])(
    "copies every record to its value's file, verbatim (window %i bytes)",
    (window) => {
      const out = join(dir, `w${window}`);
      const result = splitCsvFile(source, [{ column: "k", fileFor: (k) => join(out, `${k}.csv`) }], {
        windowBytes: window,
      });
      expect(result.rows).toBe(60);
      expect(result.columns).toEqual(["k", "v", "note"]);
      for (const key of ["a", "b", "c"]) {
        const expected = [lines[0], ...lines.slice(1).filter((l) => l.startsWith(`${key},`)), ""].join("\n");
        expect(readFileSync(join(out, `${key}.csv`), "utf8")).toBe(expected);
        const rows = Papa.parse<string[]>(expected, { skipEmptyLines: true }).data;
        expect(rows.slice(1)).toEqual(parsed.slice(1).filter((r) => r[0] === key));
        expect(result.counts[0]?.get(key)).toBe(rows.length - 1);
      }
    },
  );

  it("shows each record's cells to onRecord, in file order", () => {
    const seen: string[] = [];
    splitCsvFile(source, [], {
      windowBytes: 32,
      onRecord: (r) => seen.push(`${r.cell("v")}:${r.cell("note")}`),
    });
    expect(seen).toEqual(parsed.slice(1).map((r) => `${r[1]}:${r[2]}`));
  });

  it("adds the missing line feed of a last record and stops on an unknown column", () => {
    const bare = join(dir, "bare.csv");
    writeFileSync(bare, "k,v\r\nx,1\r\nx,2");
    const out = join(dir, "bare-out");
    splitCsvFile(bare, [{ column: "k", fileFor: (k) => join(out, `${k}.csv`) }], { windowBytes: 16 });
    expect(readFileSync(join(out, "x.csv"), "utf8")).toBe("k,v\r\nx,1\r\nx,2\n");
    expect(() => splitCsvFile(bare, [{ column: "nope", fileFor: (k) => k }])).toThrow(/no column "nope"/);
  });
});
