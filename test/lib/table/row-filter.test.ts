import { describe, expect, it } from "vitest";
import { rowMatches } from "../../../src/lib/table/row-filter.ts";

describe("filtering a table", () => {
  it("matches rows by every word, ignoring case and accents", () => {
    expect(rowMatches("Café Rouge Catering Alpha District Council", "cafe alpha")).toBe(true);
    expect(rowMatches("Café Rouge Catering", "cafe beta")).toBe(false);
    expect(rowMatches("anything", "  ")).toBe(true);
  });
});
