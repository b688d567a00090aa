// Which rows of a row group match a filter, and which columns a filter needs read.
import { describe, expect, it } from "vitest";
import { columnsFor, type MatchRules, matchingRows } from "../../../src/lib/payment-browser/match.ts";

const open = { fromDay: null, toDay: null, minMicros: null, maxMicros: null };
const rules = (over: Partial<MatchRules>): MatchRules => ({
  council: "",
  supplierIds: null,
  bounds: open,
  department: "",
  type: "",
  ...over,
});

describe("matchingRows", () => {
  const columns = {
    council: ["a", "a", "b", "b"],
    date: [10, 20, 30, 40],
    amount: [5_000_000, -1, (2n ** 60n) as unknown as number, 0],
    supplier_id: ["x", "y", "x", "z"],
    expense_area: ["Waste & Recycling", "Highways", "Waste", "Schools"],
    expense_type: ["Fuel", "Road Salt", "Vehicle fuel", "Books"],
  };
  it("keeps the rows meeting every rule", () => {
    expect(matchingRows(columns, 4, rules({}))).toEqual([0, 1, 2, 3]);
    expect(matchingRows(columns, 4, rules({ council: "b" }))).toEqual([2, 3]);
    expect(matchingRows(columns, 4, rules({ supplierIds: new Set(["x", "z"]) }))).toEqual([0, 2, 3]);
    expect(matchingRows(columns, 4, rules({ bounds: { ...open, fromDay: 20, toDay: 30 } }))).toEqual([1, 2]);
    expect(matchingRows(columns, 4, rules({ bounds: { ...open, minMicros: 0 } }))).toEqual([0, 2, 3]);
    expect(matchingRows(columns, 4, rules({ bounds: { ...open, maxMicros: 0 } }))).toEqual([1, 3]);
    expect(matchingRows(columns, 4, rules({ department: "waste", type: "FUEL" }))).toEqual([0, 2]);
    expect(matchingRows(columns, 4, rules({ department: "recycling waste" }))).toEqual([0]);
  });
});

describe("columnsFor", () => {
  it("reads the date always, and each other column only for its rule or the amount sort", () => {
    expect(columnsFor(rules({}), false)).toEqual(["date"]);
    expect(columnsFor(rules({}), true)).toEqual(["date", "amount"]);
    expect(
      columnsFor(rules({ council: "a", supplierIds: new Set(), department: "w", type: " t " }), false),
    ).toEqual(["date", "council", "supplier_id", "expense_area", "expense_type"]);
    expect(columnsFor(rules({ bounds: { ...open, maxMicros: 5 } }), false)).toEqual(["date", "amount"]);
  });
});
