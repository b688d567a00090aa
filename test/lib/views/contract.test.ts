import { describe, expect, it } from "vitest";
import type { FileQuality } from "../../../src/lib/model.ts";
import { termCoverage } from "../../../src/lib/views/contract.ts";
import { publishedSpans } from "../../../src/lib/views/spans.ts";

const file = (council: string, first: string | null, last: string | null, kind = "spend"): FileQuality =>
  ({ council, kind, file: "x.csv", first_date: first, last_date: last }) as FileQuality;

const spans = publishedSpans([
  file("alpha", "2022-04-03", "2022-04-28"),
  file("alpha", "2024-03-01", "2025-03-31"),
  file("alpha", "2021-01-01", "2031-01-01", "contracts"),
  file("beta", "2023-04-01", "2024-03-31"),
  file("beta", null, null),
]);

describe("the contract term against the published payments", () => {
  it("spans each council's payment files, leaving out registers and files with no dates", () => {
    expect(spans.get("alpha")).toEqual({ first: "2022-04-03", last: "2025-03-31" });
    expect(spans.get("beta")).toEqual({ first: "2023-04-01", last: "2024-03-31" });
  });

  it("says nothing when the payments cover the whole term", () => {
    expect(termCoverage("2023-01-01", "2024-12-31", ["alpha"], spans)).toBe("");
  });

  it("says how far the payments go when the term runs past them, or before them, or both", () => {
    expect(termCoverage("2023-04-01", "2026-10-28", ["alpha"], spans)).toBe(
      "The published payments run from 3 Apr 2022 to 31 Mar 2025, so this covers the term up to then.",
    );
    expect(termCoverage("2020-01-01", "2024-01-01", ["alpha"], spans)).toMatch(
      /covers the term from then\.$/,
    );
    expect(termCoverage("2020-01-01", "", ["alpha"], spans)).toMatch(/covers only that part\.$/);
  });

  it("takes the widest span of a joint contract's councils, and says nothing with no payments", () => {
    expect(termCoverage("2022-06-01", "2025-01-01", ["beta", "alpha"], spans)).toBe("");
    expect(termCoverage("2022-06-01", "2025-01-01", ["gamma"], spans)).toBe("");
  });
});
