import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsvRows } from "../../../src/lib/tables/csv-read.ts";
import { textCell, unguard } from "../../../src/lib/tables/csv-write.ts";

describe("unguard", () => {
  it("restores text the download guard prefixed, and only that", () => {
    for (const text of [
      "=SUM(A1)",
      "+44 1234",
      "-minus",
      "@handle",
      "\tTab",
      "plain",
      "'quoted",
      "",
      "12.50",
    ]) {
      const written = textCell(text);
      const cell = written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written;
      expect(unguard(cell)).toBe(text);
    }
  });
});

describe("readCsvRows", () => {
  it("hands over rows with column positions and names the file when a column is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "csv-rows-"));
    const path = join(dir, "x.csv");
    writeFileSync(path, 'b,a\n2,"one, ""two"""\n4,\'=3\n');
    const rows: string[][] = [];
    await readCsvRows(path, ["a", "b"], (cells, at) => rows.push([cells[at.a] ?? "", cells[at.b] ?? ""]));
    expect(rows).toEqual([
      ['one, "two"', "2"],
      ["=3", "4"],
    ]);
    await expect(readCsvRows(path, ["a", "c"], () => {})).rejects.toThrow(/x\.csv: columns missing: c/);
  });
});

describe("readCsvRows errors", () => {
  it("rejects when the row handler throws, instead of finishing quietly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "csv-rows-"));
    const path = join(dir, "y.csv");
    writeFileSync(path, "a\n1\n2\n3\n");
    let seen = 0;
    await expect(
      readCsvRows(path, ["a"], () => {
        seen++;
        if (seen === 2) throw new Error("bad row");
      }),
    ).rejects.toThrow("bad row");
  });
});
