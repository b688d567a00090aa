// bench:ingest reports the median of its runs.
import { describe, expect, it } from "vitest";
import { median } from "../../../src/lib/bench/ingest-bench.ts";

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([3.2, 1.1, 2.5])).toBe(2.5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});
