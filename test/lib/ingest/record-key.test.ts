import { describe, expect, it } from "vitest";
import { RecordHash, RecordIndex } from "../../../src/lib/ingest/record-key.ts";

const hashOf = (cells: string[]) => {
  const h = new RecordHash().of(cells);
  return `${h.h1}/${h.h2}`;
};

describe("RecordHash", () => {
  it("ignores surrounding spaces in cells and trailing empty cells", () => {
    expect(hashOf(["  01/04/2024", "ACME LTD\u00a0", "12.50 ", "", "  "])).toBe(
      hashOf(["01/04/2024", "ACME LTD", "12.50"]),
    );
  });

  it("tells apart records whose cells only differ in where they split", () => {
    expect(hashOf(["ab", "c"])).not.toBe(hashOf(["a", "bc"]));
    expect(hashOf(["a", "", "b"])).not.toBe(hashOf(["a", "b"]));
  });

  it("keeps inner spaces and case", () => {
    expect(hashOf(["ACME  LTD"])).not.toBe(hashOf(["ACME LTD"]));
    expect(hashOf(["Acme"])).not.toBe(hashOf(["ACME"]));
  });
});

describe("RecordIndex", () => {
  it("returns the first row stored for a record, through many resizes", () => {
    const index = new RecordIndex();
    const hash = new RecordHash();
    for (let row = 0; row < 50_000; row++) index.add(hash.of([`r${row}`, "x"]), row);
    index.add(hash.of(["r7", "x"]), 99_999);
    expect(index.size).toBe(50_000);
    expect(index.get(hash.of(["r7", "x"]))).toBe(7);
    expect(index.get(hash.of(["r49999", "x"]))).toBe(49_999);
    expect(index.get(hash.of(["r50000", "x"]))).toBe(-1);
  });
});
