// The order and pages of a filter's matches.
import { describe, expect, it } from "vitest";
import { collectMatches, pageOf, sortedOrder } from "../../../src/lib/payment-browser/order.ts";

describe("the order of matches", () => {
  const matches = collectMatches([
    { group: 0, rows: [0, 2], keys: [30, 0, 10] },
    { group: 3, rows: [1], keys: [0, 30] },
  ]);
  it("sorts by key either way, ties in file order", () => {
    expect([...sortedOrder(matches, "amount-desc")]).toEqual([0, 2, 1]);
    expect([...sortedOrder(matches, "date-asc")]).toEqual([1, 0, 2]);
    expect([...matches.group]).toEqual([0, 0, 3]);
    expect([...matches.row]).toEqual([0, 2, 1]);
  });
  it("pages, clamped to the last page", () => {
    const order = Int32Array.from({ length: 7 }, (_, i) => i);
    expect(pageOf(order, 2, 3)).toEqual({ rows: Int32Array.from([3, 4, 5]), pages: 3 });
    expect([...pageOf(order, 9, 3).rows]).toEqual([6]);
    expect(pageOf(new Int32Array(0), 1).pages).toBe(1);
  });
});
