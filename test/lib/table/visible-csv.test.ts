import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { guardText, visibleRowsCsv } from "../../../src/lib/table/visible-csv.ts";

describe("download what I see", () => {
  it("writes the rows with text guarded against formulas and amounts plain", () => {
    const csv = visibleRowsCsv(
      ["Supplier", "Total paid"],
      [
        [{ text: '=HYPERLINK("x")' }, { text: "-£540.00", plain: "-540.00" }],
        [{ text: 'Acme, "The" Ltd' }, { text: "£1,234.50", plain: "1234.5" }],
      ],
    );
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.data).toEqual([
      ["Supplier", "Total paid"],
      ['\'=HYPERLINK("x")', "-540.00"],
      ['Acme, "The" Ltd', "1234.5"],
    ]);
  });

  it("guards every formula trigger and nothing else", () => {
    for (const t of ["=1", "+1", "-1", "@1", "\t1", "\r1"]) expect(guardText(t)).toBe(`'${t}`);
    for (const t of ["1", "a-b", "", "'x"]) expect(guardText(t)).toBe(t);
  });
});
