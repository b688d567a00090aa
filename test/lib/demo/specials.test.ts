import { beforeAll, describe, expect, it } from "vitest";
import type { DemoSummary } from "../../../src/lib/demo/generate.ts";
import { fileLines, generated } from "./helpers.ts";

let dir = "";
let summary: DemoSummary;
beforeAll(async () => {
  ({ dir, summary } = await generated({ payments: 4000, seed: 2026 }));
});

const specials = (kind: string) => summary.specials.filter((s) => s.kind === kind);
const lineAt = (council: string, file: string, line: number) => fileLines(dir, council, file)[line - 1] ?? "";

describe("the special rows the summary reports are where it says", () => {
  it("total rows close every Harrowmere file; body-only records hold only the body", () => {
    const totals = specials("footer").filter((s) => s.council === "harrowmere");
    expect(totals).toHaveLength(36);
    for (const s of totals)
      expect(lineAt(s.council, s.file, s.line)).toMatch(/^,,,,," [\d,]+\.\d\d ",,,,,,,$/);
    expect(specials("body-only").length).toBeGreaterThanOrEqual(5);
    for (const s of specials("body-only"))
      expect(lineAt(s.council, s.file, s.line)).toBe("18,Harrowmere District Council,,,,,,,,,,,");
  });

  it("Fenmouth's p-card typos and redacted amount", () => {
    const [impossible] = specials("impossible-date");
    expect(lineAt("fenmouth", impossible?.file ?? "", impossible?.line ?? 0)).toContain(",15/0/72014,");
    expect(specials("various-date")).toHaveLength(2);
    for (const s of specials("various-date"))
      expect(lineAt(s.council, s.file, s.line)).toContain(",VARIOUS,");
    const [redacted] = specials("redacted-amount");
    expect(lineAt("fenmouth", redacted?.file ?? "", redacted?.line ?? 0)).toMatch(/,REDACTED,/);
  });

  it("Brackenridge pays one invoice twice: the same supplier, amount and reference a week later", () => {
    const [twice] = specials("paid-twice");
    const lines = fileLines(dir, "brackenridge", twice?.file ?? "");
    const again = (lines[(twice?.line ?? 0) - 1] ?? "").split(",");
    // BodyName,ServiceLabel,ExpenditureCategory,DetailedExpenditureType,DatePaid,TransactionNumber,NetAmount,SupplierName
    const first = lines.map((l) => l.split(",")).find((c) => c[5] === again[5] && c[4] !== again[4]);
    expect(first?.slice(5)).toEqual(again.slice(5));
    const days = (Date.parse(again[4] ?? "") - Date.parse(first?.[4] ?? "")) / 86_400_000;
    expect(days).toBe(7);
  });

  it("Ashvale's duplicates repeat the line above; overlaps reappear byte for byte in the next month's file", () => {
    expect(specials("duplicate").length).toBeGreaterThanOrEqual(2);
    for (const s of specials("duplicate"))
      expect(lineAt(s.council, s.file, s.line)).toBe(lineAt(s.council, s.file, s.line - 1));
    const overlaps = specials("overlap");
    expect(overlaps.length).toBeGreaterThan(0);
    for (const s of overlaps) {
      const [y, m] = s.file.slice(6, 13).split("-").map(Number) as [number, number];
      const next = `spend/${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, "0")}.csv`;
      expect(fileLines(dir, s.council, next)).toContain(lineAt(s.council, s.file, s.line));
    }
  });

  it("Kestwick's corrected re-issue restates one amount and adds one payment", () => {
    const [replaced] = specials("replaced");
    const [restated] = specials("restated");
    expect(restated?.file).toBe("spend/2023-07-corrected.csv");
    expect(lineAt("kestwick", restated?.file ?? "", restated?.line ?? 0)).not.toBe(
      lineAt("kestwick", replaced?.file ?? "", replaced?.line ?? 0),
    );
    expect(specials("added")).toHaveLength(1);
  });
});
