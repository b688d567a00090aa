import { describe, expect, it } from "vitest";
import {
  classifyPlaceholder,
  financialYearOf,
  monthOf,
  parseUkDate,
  parseYesNo,
} from "../../../src/lib/ingest/values.ts";

describe("parseUkDate (always day first)", () => {
  it.each([
    ["12/01/2011", "2011-01-12"],
    ["2/1/2011", "2011-01-02"],
    ["12/01/11", "2011-01-12"],
    ["12/01/98", "1998-01-12"],
    ["12-01-2011", "2011-01-12"],
    ["12.01.2011", "2011-01-12"],
    ["2019-05-01 00:00:00", "2019-05-01"],
    ["2022-01-01", "2022-01-01"],
    ["2022-01-01T10:00:00Z", "2022-01-01"],
    ["12/01/2011 09:30", "2011-01-12"],
    ["20-Jan-2011", "2011-01-20"],
    ["26-May-11", "2011-05-26"],
    ["20-Dec-13", "2013-12-20"],
    ["20 Jan 2011", "2011-01-20"],
    ["20 January 2011", "2011-01-20"],
    ["29/02/2024", "2024-02-29"],
    [" 03/05/2023 ", "2023-05-03"],
  ])("reads %j", (text, iso) => {
    expect(parseUkDate(text)).toBe(iso);
  });

  it.each([
    "15/0/72014",
    "0708/2014",
    "19/082016",
    "VARIOUS",
    "31/02/2023",
    "29/02/2023",
    "00/01/2020",
    "",
    "01/13/2020",
    "12/01/1850",
    "32-Jan-2020",
  ])("rejects %j", (text) => {
    expect(parseUkDate(text)).toBeNull();
  });

  it("gives the financial year (April to March) and month", () => {
    expect(financialYearOf("2023-04-01")).toBe("2023-24");
    expect(financialYearOf("2024-03-31")).toBe("2023-24");
    expect(financialYearOf("1999-12-01")).toBe("1999-00");
    expect(monthOf("2023-04-30")).toBe("2023-04");
  });
});

describe("classifyPlaceholder", () => {
  it.each([
    ["TBC", "TBC"],
    ["tbc", "TBC"],
    ["T.B.C.", "TBC"],
    ["Various", "Various"],
    ["N/A", "N/A"],
    ["n/a", "N/A"],
    ["NA", "N/A"],
    ["Not applicable", "N/A"],
    ["-", "-"],
    ["\u2013", "-"],
    ["Unknown", "Unknown"],
  ])("knows %j as a placeholder", (text, canonical) => {
    expect(classifyPlaceholder(text)).toBe(canonical);
  });

  it.each(["Acme Ltd", "01/04/2023", "1000", "", "Navan"])("leaves %j alone", (text) => {
    expect(classifyPlaceholder(text)).toBeNull();
  });
});

describe("parseYesNo", () => {
  it("reads yes/no answers including the typo Noo", () => {
    expect(["Yes", "Y", "true", "1"].map(parseYesNo)).toEqual([true, true, true, true]);
    expect(["No", "n", "FALSE", "0", "Noo"].map(parseYesNo)).toEqual([false, false, false, false, false]);
    expect(parseYesNo("Maybe")).toBeNull();
  });
});
