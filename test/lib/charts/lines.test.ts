import { describe, expect, it } from "vitest";
import { describeTrend } from "../../../src/lib/charts/describe.ts";
import { DASHES, lineChart, MARKERS, PALETTE, shortMonth } from "../../../src/lib/charts/lines.ts";
import { lineSeries, monthlyMicros, months } from "./fixture.ts";
import { elements, parseXml, textOf } from "./xml.ts";

const BUDGET = 50 * 1024;

/** WCAG 2.x relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function chart(seriesCount: number, periodCount: number, pointTitles = true) {
  const periods = months(periodCount);
  const series = lineSeries(seriesCount, periodCount);
  const desc = describeTrend(
    series.map((s, i) => ({ label: s.label, values: monthlyMicros(i, periodCount) })),
    periods,
    shortMonth,
  );
  return lineChart({
    id: "monthly",
    title: "Spend by month",
    desc,
    periods,
    periodLabel: shortMonth,
    series,
    pointTitles,
  });
}

describe("contrast helpers", () => {
  it("match WCAG reference values", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});

describe("lineChart", () => {
  it("every palette colour has at least 3:1 contrast on white", () => {
    for (const colour of PALETTE) expect(contrast(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(3);
  });

  it("series differ by dash pattern and marker as well as colour", () => {
    expect(new Set(DASHES).size).toBe(DASHES.length);
    expect(new Set(MARKERS).size).toBe(MARKERS.length);
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    const svg = parseXml(chart(5, 12));
    const groups = elements(svg).filter((e) => e.attrs["data-series"] !== undefined);
    expect(groups).toHaveLength(5);
    const lineOf = (g: (typeof groups)[number]) => g.children[0] as (typeof groups)[number];
    const dashes = groups.map((g) => lineOf(g).attrs["stroke-dasharray"] ?? "");
    expect(new Set(dashes).size).toBe(5);
    const marks = groups.map((g) =>
      (g.children[1] as (typeof groups)[number]).attrs.d?.replace(/^M[\d.,-]+/, "").slice(0, 12),
    );
    expect(new Set(marks).size).toBe(5);
  });

  it("matches the layout snapshot for a 3-series × 12-month fixture", async () => {
    await expect(chart(3, 12)).toMatchFileSnapshot("__snapshots__/lines-3x12.svg");
  });

  it("matches the layout snapshot for financial years", async () => {
    const periods = ["2021-22", "2022-23", "2023-24", "2024-25"];
    const svg = lineChart({
      id: "yearly",
      title: "Spend by financial year",
      desc: "d",
      periods,
      series: [
        { label: "Ashvale District Council", values: [1_000_000, 1_500_000, 1_300_000, 1_120_000] },
        { label: "Brookfield Borough Council", values: [2_000_000, null, 1_500_000, -250_000] },
      ],
    });
    await expect(svg).toMatchFileSnapshot("__snapshots__/lines-years.svg");
  });

  it("is deterministic", () => {
    expect(chart(5, 36)).toBe(chart(5, 36));
  });

  const size = Buffer.byteLength(chart(5, 36));
  const sizeBare = Buffer.byteLength(chart(5, 36, false));
  it(`5 series × 36 months: ${size} bytes with point titles, ${sizeBare} without; within 50 kB`, () => {
    expect(size).toBeLessThanOrEqual(BUDGET);
  });

  it("has a text legend, accessible name and description, and a gap for missing months", () => {
    const svg = parseXml(chart(5, 36));
    expect(svg.attrs.role).toBe("img");
    expect(svg.attrs["aria-labelledby"]).toBe("monthly-title monthly-desc");
    const all = elements(svg);
    expect(textOf(all.find((e) => e.attrs.id === "monthly-desc") as never)).toContain(
      "Ashvale District Council: £1m in Mar 2025, up 13% on Apr 2022; highest £1.4m in Feb 2025.",
    );
    const legend = all.filter((e) => e.name === "text").map(textOf);
    expect(legend).toContain("Ashvale District Council");
    expect(legend).toContain("Apr 2022");
    const fourth = all.find((e) => e.attrs["data-series"] === "3");
    const path = fourth?.children[0];
    const d = typeof path === "object" ? (path.attrs.d ?? "") : "";
    expect(d.match(/M/g)).toHaveLength(2); // the line restarts after the unpublished months
  });

  it("escapes hostile series labels and period labels", () => {
    const label = '</svg><script>alert(1)</script>"><img onerror=alert(1)> & co';
    const svgText = lineChart({
      id: "hostile",
      title: "t",
      desc: "d",
      periods: ["<p>", "&"],
      series: [{ label, values: [1, 2], displays: ["<i>", "&amp;"] }],
    });
    const svg = parseXml(svgText);
    const names = new Set(elements(svg).map((e) => e.name));
    expect(names.has("script")).toBe(false);
    expect(names.has("img")).toBe(false);
    expect(names.has("p")).toBe(false);
    const titles = elements(svg)
      .filter((e) => e.name === "title")
      .map(textOf);
    expect(titles).toContain(label);
    expect(titles).toContain(`${label}, <p>: <i>`);
    expect(titles).toContain(`${label}, &: &amp;`);
  });

  it("refuses series of the wrong length; draws 'No data' when empty", () => {
    expect(() =>
      lineChart({ id: "x", title: "t", desc: "d", periods: ["a"], series: [{ label: "s", values: [1, 2] }] }),
    ).toThrow();
    const empty = lineChart({ id: "x", title: "t", desc: "d", periods: [], series: [] });
    expect(textOf(parseXml(empty))).toContain("No data");
  });
});
