import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartStats, chartSvgBytes } from "../../../src/lib/bench/site-charts.ts";

const CHART = '<svg role="img" viewBox="0 0 1 1"><title>t</title></svg>';
const ICON = '<svg aria-hidden="true"><path d="M0"/></svg>';

describe("bench:site chart figures", () => {
  it("counts chart SVGs (role=img) only, not icons", () => {
    expect(chartSvgBytes(`<p>${CHART}${ICON}${CHART}</p>`)).toBe(2 * CHART.length);
    expect(chartSvgBytes(ICON)).toBe(0);
  });

  it("weighs an embed page with every stylesheet and script it loads, imports followed, under the base path", () => {
    const site = mkdtempSync(join(tmpdir(), "charts-"));
    mkdirSync(join(site, "embed", "a"), { recursive: true });
    mkdirSync(join(site, "_astro"));
    writeFileSync(join(site, "site.css"), "x".repeat(100));
    writeFileSync(join(site, "_astro", "main.js"), 'import{a}from"./chunk.js";a();');
    writeFileSync(join(site, "_astro", "chunk.js"), "y".repeat(50));
    const html = `<link rel="stylesheet" href="/t/site.css"><script type="module" src="/t/_astro/main.js"></script>${CHART}<link rel="stylesheet" href="https://cdn.example/x.css">`;
    writeFileSync(join(site, "embed", "a", "index.html"), html);
    writeFileSync(join(site, "index.html"), `<h1>Home</h1>${CHART}${CHART}`);
    const stats = chartStats(site, "/t/");
    expect(stats.embed.count).toBe(1);
    expect(stats.embed.max).toBe(html.length + 100 + 'import{a}from"./chunk.js";a();'.length + 50);
    expect(stats.svg).toMatchObject({ count: 2, max: 2 * CHART.length, maxPath: "index.html" });
  });
});
