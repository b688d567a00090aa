import { describe, expect, it } from "vitest";
import {
  classifyPlaceholder,
  financialYearOf,
  isMonthOnlyDate,
  monthOf,
  parseUkDate,
  parseYesNo,
} from "../../../../src/lib/ingest/map/values.ts";

describe("parseUkDate (always day first)", () => {
  it.each([
    ["12/01/2011", "2011-01-12"],
    ["01/12/2011", "2011-12-01"],
    ["2/1/2011", "2011-01-02"],
    ["12/01/11", "2011-01-12"],
    ["12/01/98", "1998-01-12"],
    ["12/01/70", null],
    ["12/01/69", "2069-01-12"],
    ["12/01/00", "2000-01-12"],
    ["12-01-2011", "2011-01-12"],
    ["12.01.2011", "2011-01-12"],
    ["2019-05-01 00:00:00", "2019-05-01"],
    ["2022-01-01", "2022-01-01"],
    ["2022-01-01T10:00:00Z", "2022-01-01"],
    ["2022-01-01T10:00:00.000+01:00", "2022-01-01"],
    ["2022/03/31", "2022-03-31"],
    ["12/01/2011 09:30", "2011-01-12"],
    ["12/01/2011 09:30:15", "2011-01-12"],
    ["12/01/2011 9:30:15 AM", "2011-01-12"],
    ["20-Jan-2011", "2011-01-20"],
    ["26-May-11", "2011-05-26"],
    ["20-Dec-13", "2013-12-20"],
    ["20-DEC-13", "2013-12-20"],
    ["20-dec-2013", "2013-12-20"],
    ["20 Jan 2011", "2011-01-20"],
    ["20 January 2011", "2011-01-20"],
    ["20 JANUARY 2011", "2011-01-20"],
    ["3 Sept 2019", "2019-09-03"],
    ["1st April 2020", "2020-04-01"],
    ["29/02/2024", "2024-02-29"],
    ["29/02/2000", "2000-02-29"],
    [" 03/05/2023 ", "2023-05-03"],
    ["31/12/2100", "2100-12-31"],
    ["01/01/1990", "1990-01-01"],
  ])("reads %j as %j", (text, iso) => {
    expect(parseUkDate(text)).toBe(iso);
  });

  it.each([
    "15/0/72014",
    "0708/2014",
    "19/082016",
    "VARIOUS",
    "Various",
    "31/02/2023",
    "29/02/2023",
    "29/02/2100",
    "31/04/2023",
    "00/01/2020",
    "01/00/2020",
    "",
    "   ",
    "01/13/2020",
    "13/13/2013",
    "12/01/1850",
    "31/12/1989",
    "01/01/2101",
    "32-Jan-2020",
    "20-Jnu-2020",
    "20-Janu-2020",
    "12/01-2011",
    "12/01/201",
    "12/01/20111",
    "2022-13-01",
    "2022-02-30",
    "20220101",
    "32873",
    "73416",
    "4492",
    "449270",
    "12/01/2011 garbage",
    "Jan 20 2011",
  ])("rejects %j", (text) => {
    expect(parseUkDate(text)).toBeNull();
  });

  it.each([
    ["44927", "2023-01-01"],
    ["40544", "2011-01-01"],
    ["45016", "2023-03-31"],
    ["45017", "2023-04-01"],
    ["45351", "2024-02-29"],
    ["44927.5", "2023-01-01"],
    [" 44927 ", "2023-01-01"],
    ["32874", "1990-01-01"],
    ["73415", "2100-12-31"],
  ])("reads a spreadsheet's day number %j as %j (Excel's 1900 date system)", (text, iso) => {
    expect(parseUkDate(text)).toBe(iso);
  });

  it("counts day numbers as Excel does, with its 29 February 1900 (day 60) before day 61, 1 March 1900", () => {
    // Excel's day n is n days after 30 December 1899 from day 61 on: every accepted day is far past it.
    for (let serial = 32_874; serial <= 73_415; serial += 97) {
      const iso = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
      expect(parseUkDate(String(serial))).toBe(iso);
    }
  });

  it("gives the same answer from its cache", () => {
    expect(parseUkDate("05/06/2021")).toBe("2021-06-05");
    expect(parseUkDate("05/06/2021")).toBe("2021-06-05");
    expect(parseUkDate("VARIOUS")).toBeNull();
    expect(parseUkDate("VARIOUS")).toBeNull();
  });

  // How quickly: `npm run bench:flags` prints the throughput on these texts.
  it("rejects long hostile input", () => {
    for (let i = 0; i < 200; i++) expect(parseUkDate(`${"1".repeat(5_000)}/${i}`)).toBeNull();
  });
});

describe("a month with no day (Sep 2014)", () => {
  it.each([
    ["Sep 2014", "2014-09-01"],
    ["September 2014", "2014-09-01"],
    ["Sept 2014", "2014-09-01"],
    ["sep-14", "2014-09-01"],
    [" Dec 2014 ", "2014-12-01"],
  ])("reads %j as its month's first day, and tells it is a month only", (text, iso) => {
    expect([parseUkDate(text), isMonthOnlyDate(text)]).toEqual([iso, true]);
  });

  it.each(["01/09/2014", "1 Sep 2014", "2014-09-01", "44927"])("tells %j is a day", (text) => {
    expect(isMonthOnlyDate(text)).toBe(false);
  });

  it.each(["Sep 1989", "Foo 2014", "Sep 20145", "Sep"])("reads no date in %j", (text) => {
    expect(parseUkDate(text)).toBeNull();
  });
});

describe("financialYearOf and monthOf", () => {
  it.each([
    ["2023-04-01", "2023-24"],
    ["2024-03-31", "2023-24"],
    ["2024-01-15", "2023-24"],
    ["2023-03-31", "2022-23"],
    ["1999-12-01", "1999-00"],
    ["2000-02-01", "1999-00"],
    ["2009-04-30", "2009-10"],
  ])("%j is in financial year %j", (iso, year) => {
    expect(financialYearOf(iso)).toBe(year);
  });

  it("gives the month", () => {
    expect(monthOf("2023-04-30")).toBe("2023-04");
    expect(monthOf("1999-12-01")).toBe("1999-12");
  });
});

describe("classifyPlaceholder", () => {
  it.each([
    ["TBC", "TBC"],
    ["tbc", "TBC"],
    [" TBC ", "TBC"],
    ["T.B.C.", "TBC"],
    ["T B C", "TBC"],
    ["TBA", "TBC"],
    ["To be confirmed", "TBC"],
    ["Various", "Various"],
    ["various", "Various"],
    ["VARIOUS", "Various"],
    ["N/A", "N/A"],
    ["n/a", "N/A"],
    ["N / A", "N/A"],
    ["NA", "N/A"],
    ["n.a.", "N/A"],
    ["#N/A", "N/A"],
    ["Not applicable", "N/A"],
    ["NOT  APPLICABLE", "N/A"],
    ["None", "N/A"],
    ["-", "-"],
    ["--", "-"],
    [" - ", "-"],
    ["\u2013", "-"],
    ["\u2014", "-"],
    ["Unknown", "Unknown"],
    ["Not known", "Unknown"],
    ["?", "Unknown"],
  ])("knows %j as %j", (text, canonical) => {
    expect(classifyPlaceholder(text)).toBe(canonical);
  });

  it.each([
    "Acme Ltd",
    "01/04/2023",
    "1000",
    "-250.00",
    "",
    "  ",
    "Navan",
    "NA1 2BC",
    "N/A 2",
    "Various works to the depot roof",
    "TBC Construction",
    "-?",
  ])("leaves %j alone", (text) => {
    expect(classifyPlaceholder(text)).toBeNull();
  });
});

describe("parseYesNo", () => {
  it.each(["Yes", "YES", "yes", "Y", "y", "True", "TRUE", "1", " Yes ", "Yes."])("%j → true", (text) => {
    expect(parseYesNo(text)).toBe(true);
  });

  it.each(["No", "NO", "no", "N", "n", "False", "FALSE", "0", "Noo", "NOO", " No "])("%j → false", (text) => {
    expect(parseYesNo(text)).toBe(false);
  });

  it.each(["Maybe", "", "Various", "N/A", "Yes/No", "2", "Yess", "-"])("%j → null", (text) => {
    expect(parseYesNo(text)).toBeNull();
  });
});
