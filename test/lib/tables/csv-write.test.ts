import { describe, expect, it } from "vitest";
import { csvLine, plain, textCell } from "../../../src/lib/tables/csv-write.ts";

describe("textCell (OWASP CSV injection)", () => {
  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+44 1234", "'+44 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["\rCR", '"\'\rCR"'],
  ])("neutralises %j", (input, expected) => {
    expect(textCell(input)).toBe(expected);
  });

  it("leaves ordinary text alone and quotes commas", () => {
    expect(textCell("Acme Ltd")).toBe("Acme Ltd");
    expect(textCell("Waste, Recycling")).toBe('"Waste, Recycling"');
  });
});

describe("csvLine", () => {
  it("writes numbers plain (negative amounts stay numbers) and text guarded", () => {
    expect(csvLine(["-1", plain("-540.00"), -540, 12n, true, null, "x"])).toBe("'-1,-540.00,-540,12,true,,x");
  });
});
