import { describe, expect, it } from "vitest";
import { lastValueIds, ownCopy, Strings } from "../../../src/lib/tables/column-store.ts";

describe("Strings", () => {
  it("numbers distinct strings in order of first sight, however each was cut from its text", () => {
    const chunk = "council,WHEATLEY DIGITAL & CO LTD,short,WHEATLEY DIGITAL & CO LTD";
    const cells = chunk.split(",");
    const table = new Strings();
    expect(cells.map((c) => table.id(c))).toEqual([0, 1, 2, 1]);
    expect(table.values).toEqual(["council", "WHEATLEY DIGITAL & CO LTD", "short"]);
    expect(table.idOf("WHEATLEY DIGITAL & CO LTD")).toBe(1);
    expect(table.get(2)).toBe("short");
  });

  it("keeps an equal copy of each string, short or long", () => {
    for (const text of [
      "",
      "a",
      "twelve chars",
      "thirteen char",
      "£ and ünïcode beyond Latin-1: ✓".repeat(3),
    ])
      expect(ownCopy(text)).toBe(text);
  });
});

describe("lastValueIds", () => {
  it("gives the same ids as the table, repeated values or not, and adds a value only once", () => {
    const table = new Strings();
    const ids = lastValueIds(table);
    expect(["b", "b", "a", "b", "a", "a"].map(ids)).toEqual([0, 0, 1, 0, 1, 1]);
    expect(table.values).toEqual(["b", "a"]);
    // Two lookups over one table share its ids.
    expect(lastValueIds(table)("a")).toBe(1);
  });
});
