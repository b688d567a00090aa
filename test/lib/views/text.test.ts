import { describe, expect, it } from "vitest";
import { count, counted, dateSpan, formatDate, formatMonth, lowerFirst } from "../../../src/lib/format.ts";
import { browsePages, byLetter, letterOf } from "../../../src/lib/views/browse.ts";
import { jsonLdText } from "../../../src/lib/views/json-ld.ts";
import { companiesHouseUrl } from "../../../src/lib/views/links.ts";
import { reasonGroups, warningParts } from "../../../src/lib/views/quality.ts";

describe("A–Z letters", () => {
  it("files names under their first letter, ignoring a leading The and accents", () => {
    expect(letterOf("The Harlow & Finch Partnership")).toBe("h");
    expect(letterOf("Émile Ltd")).toBe("e");
    expect(letterOf("3M United Kingdom")).toBe("0-9");
    expect(letterOf("(Redacted)")).toBe("r");
    expect(letterOf("***")).toBe("0-9");
    const groups = byLetter(["beta", "Alpha", "apple", "4 Seasons"], (s) => s);
    expect(groups.get("a")).toEqual(["Alpha", "apple"]);
    expect(groups.get("0-9")).toEqual(["4 Seasons"]);
  });
});

describe("A–Z pages", () => {
  it("split a letter with many entries into numbered pages holding every entry once", () => {
    const names = Array.from({ length: 1001 }, (_, i) => `b${String(i).padStart(4, "0")}`).concat(["apple"]);
    const pages = browsePages(names, (n) => n, 400);
    expect(pages.map((p) => [p.letter, p.page, p.pages, p.list.length])).toEqual([
      ["a", 1, 1, 1],
      ["b", 1, 3, 400],
      ["b", 2, 3, 400],
      ["b", 3, 3, 201],
    ]);
    expect(pages.flatMap((p) => p.list).sort()).toEqual([...names].sort());
    expect(pages[1]?.counts.get("b")).toBe(1001);
  });
});

describe("JSON-LD text", () => {
  it("cannot close the script element or open a comment, and stays the same JSON", () => {
    const value = { name: "</script><script>alert(1)</script> <!-- & \u2028" };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("Companies House links", () => {
  it("link only numbers of the register's shape", () => {
    expect(companiesHouseUrl("01073702")).toMatch(/company\/01073702$/);
    expect(companiesHouseUrl("SC123456")).toMatch(/company\/SC123456$/);
    expect(companiesHouseUrl("IP12345R")).toBeNull();
    expect(companiesHouseUrl("")).toBeNull();
  });
});

describe("dates", () => {
  it("are written the UK way", () => {
    expect(formatDate("2024-04-12")).toBe("12 Apr 2024");
    expect(formatDate("")).toBe("");
    expect(formatMonth("2024-03")).toBe("March 2024");
  });
});

describe("reject reasons of a file", () => {
  it("fold quoted detail into one reason with counts and the first lines", () => {
    const groups = reasonGroups([
      { line: 4, reason: 'date not valid: "VARIOUS"' },
      { line: 9, reason: 'date not valid: "15/0/72014"' },
      { line: 12, reason: "duplicate of spend/2023-05.csv:7" },
    ]);
    expect(groups).toEqual([
      { reason: "date not valid: …", count: 2, lines: [4, 9] },
      { reason: "duplicate of a record in another file", count: 1, lines: [12] },
    ]);
  });
});

describe("register notes", () => {
  it("say in words what the register published instead of a value", async () => {
    const { registerNotes } = await import("../../../src/lib/views/contract.ts");
    expect(registerNotes('end_date: TBC; sme: N/A; total_value: not an amount "lots"')).toEqual([
      "The end date was published as “TBC”.",
      "The SME status was published as “N/A”.",
      "The total value was published as “lots”, which is not an amount.",
    ]);
    expect(registerNotes("")).toEqual([]);
  });
});

describe("lowerFirst", () => {
  it("lower-cases a heading's first letter for use mid-sentence, keeping acronyms", () => {
    expect(lowerFirst("Housing services (GFRA only)")).toBe("housing services (GFRA only)");
    expect(lowerFirst("ICT services")).toBe("ICT services");
    expect(lowerFirst("")).toBe("");
  });
});

describe("counts", () => {
  it("group whole numbers as Intl does in en-GB, and leave the rest to Intl", () => {
    const intl = new Intl.NumberFormat("en-GB");
    const values = [
      0,
      7,
      999,
      1000,
      12345,
      999999,
      1000000,
      -1,
      -1000,
      -123456789,
      2 ** 53 - 1,
      1.5,
      -0.25,
      1234.5678,
    ];
    for (let v = 1; v < 1e15; v = v * 7 + 3) values.push(v, -v);
    for (const v of values) expect(count(v), String(v)).toBe(intl.format(v));
  });
});

describe("counted nouns", () => {
  it("are singular for one and plural otherwise, the count grouped", () => {
    expect(counted(1, "payment")).toBe("1 payment");
    expect(counted(0, "payment")).toBe("0 payments");
    expect(counted(12345, "supplier")).toBe("12,345 suppliers");
    expect(counted(2, "entry", "entries")).toBe("2 entries");
    expect(counted(1, "entry", "entries")).toBe("1 entry");
  });
});

describe("date spans", () => {
  it("say 'on' for one day, 'between' for two, nothing without a date", () => {
    expect(dateSpan("2023-04-03", "2023-04-03")).toBe("on 3 Apr 2023");
    expect(dateSpan("2023-04-03", "2024-05-09")).toBe("between 3 Apr 2023 and 9 May 2024");
    expect(dateSpan("", "")).toBe("");
  });
});

describe("a file's notes on data quality", () => {
  it("link the lines of payments dated far from their file, and nothing in other notes", () => {
    expect(
      warningParts(
        "2 payments dated more than a year from the file's median date (3 Apr 2024), perhaps mistyped: line 4 (1 Apr 2042), line 17 (20 Apr 2004)",
      ),
    ).toEqual([
      "2 payments dated more than a year from the file's median date (3 Apr 2024), perhaps mistyped: ",
      { line: 4 },
      " (1 Apr 2042), ",
      { line: 17 },
      " (20 Apr 2004)",
    ]);
    expect(warningParts('columns not used: "line 5"')).toEqual(['columns not used: "line 5"']);
  });

  it("links the lines of dates published as a month with no day", () => {
    const head =
      '2 dates published as a month with no day (such as "Sep 2014"), each counted in its month and dated its first day, the day not being known: ';
    expect(warningParts(`${head}line 2, line 9`)).toEqual([head, { line: 2 }, ", ", { line: 9 }]);
  });

  it("links the lines of amounts read from a double's printing", () => {
    const head =
      '2 amounts printed as binary floating point (such as "631.1899999999999", read as 631.19), ' +
      "each read as the decimal it stands for: ";
    expect(warningParts(`${head}line 2, line 9, …`)).toEqual([head, { line: 2 }, ", ", { line: 9 }, ", …"]);
  });
});
