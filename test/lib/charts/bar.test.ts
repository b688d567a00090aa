import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/lib/charts/bar.ts";
import { describeBars } from "../../../src/lib/charts/describe.ts";
import { bars, COUNCILS, PER_RESIDENT_MICROS } from "./fixture.ts";
import { elements, parseXml, textOf } from "./xml.ts";

const BUDGET = 50 * 1024;

function chart(n: number) {
  const data = bars(n);
  const desc = describeBars(
    COUNCILS.slice(0, n).map((label, i) => ({ label, micros: PER_RESIDENT_MICROS[i] as bigint })),
  );
  return barChart({ id: "per-resident", title: "Spend per resident, 2024-25", desc, data });
}

describe("barChart", () => {
  it("matches the layout snapshot for the 6-council fixture", async () => {
    await expect(chart(6)).toMatchFileSnapshot("__snapshots__/bar-6.svg");
  });

  it("is deterministic", () => {
    expect(chart(12)).toBe(chart(12));
  });

  const size12 = Buffer.byteLength(chart(12));
  it(`12 bars: ${size12} bytes, within 50 kB`, () => {
    expect(size12).toBeLessThanOrEqual(BUDGET);
  });

  it("is an accessible image: role, aria-labelledby to its own title and desc", () => {
    const svg = parseXml(chart(6));
    expect(svg.name).toBe("svg");
    expect(svg.attrs.role).toBe("img");
    expect(svg.attrs["aria-labelledby"]).toBe("per-resident-title per-resident-desc");
    const all = elements(svg);
    const title = all.find((e) => e.attrs.id === "per-resident-title");
    const desc = all.find((e) => e.attrs.id === "per-resident-desc");
    expect(title?.name).toBe("title");
    expect(textOf(title as never)).toBe("Spend per resident, 2024-25");
    expect(desc?.name).toBe("desc");
    expect(textOf(desc as never)).toMatch(
      /^Largest: Harrowmere City Council, £1\.2k\. Smallest: Lowmarsh, -£12\./,
    );
    const ids = all.map((e) => e.attrs.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows every value as text on its bar, and the full label in a <title> per bar", () => {
    const svg = parseXml(chart(6));
    const groups = elements(svg).filter((e) => e.name === "g" && e.attrs["data-i"] !== undefined);
    expect(groups).toHaveLength(6);
    for (const [i, g] of groups.entries()) {
      const d = bars(6)[i];
      const title = g.children.find((c) => typeof c !== "string" && c.name === "title");
      expect(textOf(title as never)).toBe(`${d?.label}: ${d?.display}`);
      const texts = g.children.filter((c) => typeof c !== "string" && c.name === "text");
      expect(textOf(texts[texts.length - 1] as never)).toBe(d?.display);
    }
    // the long name is cut on the chart but whole in its title
    expect(textOf(groups[3] as never)).toContain("…");
  });

  it("draws a negative value (credit) left of zero with its minus sign", () => {
    const svg = parseXml(chart(6));
    const groups = elements(svg).filter((e) => e.name === "g" && e.attrs["data-i"] !== undefined);
    const rect = (i: number) => elements(groups[i] as never).find((e) => e.name === "rect");
    const negative = rect(4);
    const positive = rect(0);
    const zero = Number(negative?.attrs.x) + Number(negative?.attrs.width);
    expect(Number(positive?.attrs.x)).toBeCloseTo(zero, 0);
    expect(Number(negative?.attrs.width)).toBeGreaterThan(0);
    expect(negative?.attrs.fill).not.toBe(positive?.attrs.fill);
    expect(textOf(groups[4] as never)).toContain("-£12");
  });

  it("escapes hostile labels: no element is injected and the text round-trips", () => {
    const hostile = [
      "</svg><script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "Smith & Sons <Ltd>",
      'it\'s "quoted"',
      "nul\u0000 and \u001b escape",
    ];
    const svgText = barChart({
      id: "hostile",
      title: "</title><script>alert(2)</script>",
      desc: "& <desc>",
      data: hostile.map((label, i) => ({ label, value: i * 10 - 5, display: `<b>${i}</b>` })),
    });
    const svg = parseXml(svgText);
    const names = new Set(elements(svg).map((e) => e.name));
    for (const bad of ["script", "img", "b", "Ltd"]) expect(names.has(bad)).toBe(false);
    expect(elements(svg).every((e) => Object.keys(e.attrs).every((a) => !a.startsWith("on")))).toBe(true);
    expect(textOf(elements(svg).find((e) => e.attrs.id === "hostile-title") as never)).toBe(
      "</title><script>alert(2)</script>",
    );
    expect(textOf(elements(svg).find((e) => e.attrs.id === "hostile-desc") as never)).toBe("& <desc>");
    const titles = elements(svg)
      .filter((e) => e.name === "g" && e.attrs["data-i"] !== undefined)
      .map((g) => textOf(g.children.find((c) => typeof c !== "string" && c.name === "title") as never));
    expect(titles).toEqual(
      hostile.map((label, i) => `${label.replace("\u0000", "").replace("\u001b", "")}: <b>${i}</b>`),
    );
  });

  it("handles all-zero and empty data", () => {
    const zero = barChart({
      id: "z",
      title: "t",
      desc: "d",
      data: [{ label: "A", value: 0, display: "£0" }],
    });
    expect(() => parseXml(zero)).not.toThrow();
    expect(zero).not.toContain("NaN");
    const empty = barChart({ id: "e", title: "t", desc: "d", data: [] });
    expect(textOf(parseXml(empty))).toContain("No data");
  });

  it("refuses a bad id prefix and non-finite values", () => {
    expect(() => barChart({ id: "a b", title: "t", desc: "d", data: [] })).toThrow();
    expect(() =>
      barChart({ id: "a", title: "t", desc: "d", data: [{ label: "A", value: Number.NaN, display: "?" }] }),
    ).toThrow();
  });
});
