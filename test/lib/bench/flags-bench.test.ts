// bench:flags reports figures: its inputs are what they say, and its report lays them out.
import { describe, expect, it } from "vitest";
import { dateTexts, fastestOf, flagsBenchReport, hostileTexts } from "../../../src/lib/bench/flags-bench.ts";
import { parseUkDate } from "../../../src/lib/ingest/map/values.ts";

describe("bench:flags", () => {
  it("times dates that parse and hostile texts that do not", () => {
    const dates = dateTexts(300);
    expect(new Set(dates).size).toBe(300);
    for (const text of dates) expect(parseUkDate(text), text).not.toBeNull();
    for (const text of hostileTexts(3)) expect(parseUkDate(text)).toBeNull();
  });

  it("gives the last result of its runs", () => {
    let calls = 0;
    expect(fastestOf(2, () => ++calls).result).toBe(3);
  });

  it("prints each size, the ratio beside linear and pairwise growth, and texts per second", () => {
    const report = flagsBenchReport(
      [
        { payments: 20_000, flags: 500, ms: 100 },
        { payments: 80_000, flags: 2_000, ms: 450 },
      ],
      4,
      [{ label: "dates", texts: 30_000, ms: 15 }],
    );
    expect(report).toContain("    20,000 payments      100.0 ms       500 flags");
    expect(report).toContain("ratio 4.50 for 4× the payments (linear: 4, pairwise: 16)");
    expect(report).toMatch(/dates +30,000 texts +15\.0 ms +2,000,000 texts\/s/);
  });
});
