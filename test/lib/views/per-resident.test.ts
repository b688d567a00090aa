import { describe, expect, it } from "vitest";
import type { Matrix } from "../../../src/lib/views/aggregate.ts";
import { perResidentChart } from "../../../src/lib/views/per-resident.ts";

const matrix: Matrix = {
  rowKeys: ["a", "b", "c"],
  columnKeys: ["2023-24", "2024-25"],
  cells: [
    [100_000_000_000n, 112_000_000_000n],
    [50_000_000_000n, 40_000_000_000n],
    [10_000_000n, 20_000_000n],
  ],
  rowTotals: [],
  columnTotals: [],
  total: 0n,
};
const councils = [
  { slug: "a", name: "Alpha", population: { value: 1000, year: 2023, source: "x" } },
  { slug: "b", name: "Beta", population: { value: 3, year: 2023, source: "x" } },
  { slug: "c", name: "Gamma" },
];

describe("spend per resident", () => {
  it("divides the latest year exactly, largest first, and sets aside councils without a population", () => {
    const chart = perResidentChart(matrix, councils, (slug) => `/councils/${slug}/`);
    expect(chart?.year).toBe("2024-25");
    expect(chart?.withoutPopulation).toEqual(["Gamma"]);
    expect(chart?.table.rows.map((r) => [r.label, r.cells[0], r.href])).toEqual([
      ["Beta", "£13,333.33", "/councils/b/"],
      ["Alpha", "£112.00", "/councils/a/"],
    ]);
    expect(chart?.svg).toContain('role="img"');
    expect(chart?.svg).toMatch(/<desc[^>]*>Largest: Beta, [^<]*down 20% on 2023-24/);
  });

  it("is absent when there is no year", () => {
    expect(
      perResidentChart({ ...matrix, columnKeys: [], cells: [[], [], []] }, councils, () => ""),
    ).toBeNull();
  });
});
