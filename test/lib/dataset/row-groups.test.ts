import { describe, expect, it } from "vitest";
import { groupRows, rowsOf } from "../../../src/lib/dataset/row-groups.ts";

describe("groupRows", () => {
  it("lists each key's rows in order, and nothing for keys without rows or out of range", () => {
    const groups = groupRows([2, 0, 2, 1, 2, 0], 4);
    expect([...rowsOf(groups, 0)]).toEqual([1, 5]);
    expect([...rowsOf(groups, 1)]).toEqual([3]);
    expect([...rowsOf(groups, 2)]).toEqual([0, 2, 4]);
    expect([...rowsOf(groups, 3)]).toEqual([]);
    expect([...rowsOf(groups, 9)]).toEqual([]);
    expect([...rowsOf(groups, -1)]).toEqual([]);
  });
});
