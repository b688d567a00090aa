import { describe, expect, it } from "vitest";
import { linePlace, sheetRowOf } from "../../../src/lib/sources/line-place.ts";

const SHEETS = [
  { name: "Notes", first_line: 1, last_line: 3 },
  { name: "April", first_line: 5, last_line: 40 },
  { name: "May", first_line: 41, last_line: 90 },
];

describe("where a workbook's line is", () => {
  it.each([
    [2, { sheet: "Notes", row: 2 }],
    [5, { sheet: "April", row: 2 }],
    [40, { sheet: "April", row: 37 }],
    [41, { sheet: "May", row: 1 }],
    [90, { sheet: "May", row: 50 }],
  ])("line %i is %j", (line, place) => {
    expect(sheetRowOf(SHEETS, line)).toEqual(place);
  });

  it.each([4, 91])("no sheet holds line %i", (line) => {
    expect(sheetRowOf(SHEETS, line)).toBeNull();
  });

  it("says so in words, for a sheet's row and for an archive's member", () => {
    expect(linePlace({ kind: "workbook", sheets: SHEETS }, 41)).toMatch(
      /^Line 41 is row 1 of the sheet "May" of this workbook\. /,
    );
    expect(linePlace({ kind: "member", archive: "spend/a.zip", member: "2024/04.csv" }, 7)).toMatch(
      /^Line 7 is line 7 of 2024\/04\.csv, a file inside the archive spend\/a\.zip\. /,
    );
  });
});
