import { describe, expect, it } from "vitest";
import { changeText, describeBars, describeTrend } from "../../../src/lib/charts/describe.ts";
import { shortMonth } from "../../../src/lib/charts/lines.ts";

const M = 1_000_000n;

describe("changeText", () => {
  it("exact percentages from bigint, rounded half away from zero", () => {
    expect(changeText(112n * M, 100n * M, "2023-24")).toBe("up 12% on 2023-24");
    expect(changeText(1_124_999n, 1_000_000n, "x")).toBe("up 12% on x");
    expect(changeText(1_125_000n, 1_000_000n, "x")).toBe("up 13% on x");
    expect(changeText(1_034_499n, 1_000_000n, "x")).toBe("up 3.4% on x");
    expect(changeText(1_034_500n, 1_000_000n, "x")).toBe("up 3.5% on x");
    expect(changeText(1_099_500n, 1_000_000n, "x")).toBe("up 10% on x");
    expect(changeText(966n * M, 1000n * M, "x")).toBe("down 3.4% on x");
    expect(changeText(1_000_400n, 1_000_000n, "x")).toBe("up less than 0.1% on x");
    expect(changeText(0n, 5n * M, "x")).toBe("down 100% on x");
    expect(changeText(3n * M, 1n * M, "x")).toBe("up 200% on x");
  });
  it("beyond float precision", () => {
    const big = 10n ** 30n;
    expect(changeText(big + big / 8n, big, "x")).toBe("up 13% on x");
  });
  it("unchanged, and a £0 or negative base said with amounts", () => {
    expect(changeText(5n * M, 5n * M, "2023-24")).toBe("unchanged on 2023-24");
    expect(changeText(0n, 0n, "2023-24")).toBe("unchanged on 2023-24");
    expect(changeText(5n * M, 0n, "2023-24")).toBe("up from £0 in 2023-24");
    expect(changeText(5n * M, -2n * M, "2023-24")).toBe("up from -£2 in 2023-24");
  });
});

describe("describeBars", () => {
  const bars = [
    { label: "Brookfield Borough Council", micros: 340_000n * M, previous: 351_500n * M },
    { label: "Ashvale District Council", micros: 1_200_000n * M, previous: 1_071_400n * M },
    { label: "Harrowmere City Council", micros: 800_000n * M, previous: 800_000n * M },
  ];
  it("growth and decline against the previous year", () => {
    expect(describeBars(bars, { previousLabel: "2023-24" })).toBe(
      "Largest: Ashvale District Council, £1.2m, up 12% on 2023-24. " +
        "Smallest: Brookfield Borough Council, £340k, down 3.3% on 2023-24.",
    );
  });
  it("without a previous period", () => {
    expect(describeBars(bars)).toBe(
      "Largest: Ashvale District Council, £1.2m. Smallest: Brookfield Borough Council, £340k.",
    );
  });
  it("a single value, all equal, zero, none", () => {
    expect(describeBars([{ label: "Ashvale", micros: 41_200_000n }])).toBe("Ashvale, £41.");
    expect(describeBars([{ label: "Ashvale", micros: 0n, previous: 0n }], { previousLabel: "2023-24" })).toBe(
      "Ashvale, £0, unchanged on 2023-24.",
    );
    expect(
      describeBars([
        { label: "A", micros: 0n },
        { label: "B", micros: 0n },
      ]),
    ).toBe("All 2: £0 each.");
    expect(describeBars([])).toBe("No data.");
  });
  it("credits: the smallest can be negative", () => {
    expect(
      describeBars([
        { label: "A", micros: 5n * M },
        { label: "B", micros: -3_400n * M },
      ]),
    ).toBe("Largest: A, £5. Smallest: B, -£3.4k.");
  });
});

describe("describeTrend", () => {
  const periods = ["2021-22", "2022-23", "2023-24", "2024-25"];
  it("growth with a peak in between", () => {
    expect(
      describeTrend(
        [{ label: "Ashvale District Council", values: [1_000n * M, 1_500n * M, 1_300n * M, 1_120n * M] }],
        periods,
      ),
    ).toBe("Ashvale District Council: £1.1k in 2024-25, up 12% on 2021-22; highest £1.5k in 2022-23.");
  });
  it("decline", () => {
    expect(
      describeTrend(
        [{ label: "Brookfield", values: [2_000_000n * M, null, 1_500_000n * M, 1_250_000n * M] }],
        periods,
      ),
    ).toBe("Brookfield: £1.3m in 2024-25, down 38% on 2021-22.");
  });
  it("a single value, zero, no values, and several series", () => {
    expect(describeTrend([{ label: "Lowmarsh", values: [null, null, 41n * M, null] }], periods)).toBe(
      "Lowmarsh: £41 in 2023-24, the only period.",
    );
    expect(describeTrend([{ label: "Lowmarsh", values: [0n, 0n, 0n, 0n] }], periods)).toBe(
      "Lowmarsh: £0 in 2024-25, unchanged on 2021-22.",
    );
    expect(describeTrend([{ label: "Lowmarsh", values: [null, null, null, null] }], periods)).toBe(
      "Lowmarsh: no data.",
    );
    expect(describeTrend([], periods)).toBe("No data.");
    expect(
      describeTrend(
        [
          { label: "A", values: [100n * M, 110n * M] },
          { label: "B", values: [100n * M, 90n * M] },
        ],
        ["2024-04", "2024-05"],
        shortMonth,
      ),
    ).toBe("A: £110 in May 2024, up 10% on Apr 2024. B: £90 in May 2024, down 10% on Apr 2024.");
  });
});
