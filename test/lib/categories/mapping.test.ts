import { describe, expect, it } from "vitest";
import {
  type MappingInputRow,
  mappingCsv,
  mappingTable,
  percentText,
} from "../../../src/lib/categories/mapping.ts";

const rows: MappingInputRow[] = [
  {
    council: "west",
    department: "Waste & Recycling",
    expenseType: "Vehicle Hire",
    count: 3,
    total: 1_000_000_001n,
  },
  { council: "west", department: "Commissioning", expenseType: "Purchase Card", count: 1, total: 333_333n },
  { council: "east", department: '=HYPERLINK("x")', expenseType: "Consultancy", count: 2, total: -10_000n },
  { council: "west", department: "Waste & Recycling", expenseType: "", count: 2, total: 1n },
  { council: "east", department: "Housing Benefit", expenseType: "Grants", count: 5, total: 7_000_000n },
];

describe("mappingTable", () => {
  it("lists every published text once per council, sorted, with its category and rule", () => {
    const { entries } = mappingTable(rows);
    expect(
      entries.map((e) => [e.council, e.kind, e.published, e.categoryId, e.rule, e.rows, e.total]),
    ).toEqual([
      ["east", "service", '=HYPERLINK("x")', "uncategorised", "none", 2, -10_000n],
      ["east", "service", "Housing Benefit", "central-services", "keyword", 5, 7_000_000n],
      ["east", "subjective", "Consultancy", "supplies-and-services", "keyword", 2, -10_000n],
      ["east", "subjective", "Grants", "transfer-payments", "keyword", 5, 7_000_000n],
      ["west", "service", "Commissioning", "uncategorised", "none", 1, 333_333n],
      ["west", "service", "Waste & Recycling", "environmental-and-regulatory", "keyword", 5, 1_000_000_002n],
      ["west", "subjective", "", "uncategorised", "none", 2, 1n],
      ["west", "subjective", "Purchase Card", "uncategorised", "none", 1, 333_333n],
      ["west", "subjective", "Vehicle Hire", "transport", "keyword", 3, 1_000_000_001n],
    ]);
  });

  it("gives the exact uncategorised share of rows and spend per council", () => {
    const { shares } = mappingTable(rows);
    expect(shares).toEqual([
      {
        council: "east",
        rows: 7,
        total: 6_990_000n,
        service: { rows: 2, total: -10_000n },
        subjective: { rows: 0, total: 0n },
      },
      {
        council: "west",
        rows: 6,
        total: 1_000_333_335n,
        service: { rows: 1, total: 333_333n },
        subjective: { rows: 3, total: 333_334n },
      },
    ]);
    const west = shares[1];
    expect(percentText(west?.service.total ?? 0n, west?.total ?? 0n, 4)).toBe("0.0333");
    expect(percentText(west?.subjective.rows ?? 0, west?.rows ?? 0)).toBe("50.0");
  });

  it("uses per-council overrides before keywords", () => {
    const { entries, shares } = mappingTable(rows, (council) =>
      council === "west" ? { services: { commissioning: "adult-social-care" } } : undefined,
    );
    const commissioning = entries.find((e) => e.published === "Commissioning");
    expect(commissioning).toMatchObject({
      categoryId: "adult-social-care",
      rule: "override",
      matched: "commissioning",
    });
    expect(shares[1]?.service).toEqual({ rows: 0, total: 0n });
  });

  it("is deterministic whatever the row order", () => {
    const a = mappingCsv(mappingTable(rows).entries);
    const b = mappingCsv(mappingTable([...rows].reverse()).entries);
    expect(b).toBe(a);
  });
});

describe("mappingCsv", () => {
  it("guards formula cells and writes totals as plain decimals", () => {
    const csv = mappingCsv(mappingTable(rows).entries);
    const lines = csv.split("\n");
    expect(lines[0]).toBe("council,kind,published,category_id,category,rule,matched,rows,total");
    expect(lines[1]).toBe(`east,service,"'=HYPERLINK(""x"")",uncategorised,Uncategorised,none,,2,-0.01`);
    expect(lines[2]).toBe(
      "east,service,Housing Benefit,central-services,Central services to the public,keyword,housing benefit,5,7.00",
    );
    expect(csv.endsWith("\n")).toBe(true);
  });
});

describe("percentText", () => {
  it("rounds exactly, half away from zero", () => {
    expect(percentText(1n, 3n)).toBe("33.3");
    expect(percentText(2n, 3n)).toBe("66.7");
    expect(percentText(1n, 8n, 2)).toBe("12.50");
    expect(percentText(1n, 2000n)).toBe("0.1");
    expect(percentText(-1n, 2000n)).toBe("-0.1");
    expect(percentText(0n, 5n)).toBe("0.0");
    expect(percentText(5n, 0n)).toBeNull();
    expect(percentText(10n ** 30n, 3n * 10n ** 30n, 0)).toBe("33");
  });
});
