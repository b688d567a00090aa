// The row groups of payments.parquet a filter reads, from their statistics.
import { describe, expect, it } from "vitest";
import { groupsToRead } from "../../../src/lib/payment-browser/plan.ts";

describe("the row groups to read", () => {
  const groups = [
    { rows: 10, council: { min: "alpha", max: "alpha" }, date: { min: 100, max: 200 } },
    { rows: 10, council: { min: "alpha", max: "beta" }, date: { min: 150, max: 300 } },
    { rows: 10, council: { min: "beta", max: "beta" }, date: { min: 100, max: 120 } },
    { rows: 0, council: { min: "beta", max: "beta" } },
    { rows: 5 },
  ];
  const open = { fromDay: null, toDay: null, minMicros: null, maxMicros: null };
  it("are those whose statistics can hold the council and dates (and any without statistics)", () => {
    expect(groupsToRead(groups, "", open)).toEqual([0, 1, 2, 4]);
    expect(groupsToRead(groups, "beta", open)).toEqual([1, 2, 4]);
    expect(groupsToRead(groups, "", { ...open, fromDay: 201 })).toEqual([1, 4]);
    expect(groupsToRead(groups, "alpha", { ...open, toDay: 149 })).toEqual([0, 4]);
  });
});
