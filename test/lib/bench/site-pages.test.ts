// bench:site's reading of a built site: which pages are entity pages, which scripts count, sizes.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  distribution,
  entityType,
  scriptOutsideIslands,
  siteStats,
} from "../../../src/lib/bench/site-pages.ts";

describe("bench:site page checks", () => {
  it("counts JSON-LD and pages with islands, charts or table tools as script-free, any other script not", () => {
    expect(scriptOutsideIslands('<script type="application/ld+json">{}</script><p>x</p>')).toBe("");
    expect(scriptOutsideIslands("<astro-island></astro-island><script>(()=>{})()</script>")).toBe("");
    expect(scriptOutsideIslands('<script type="module" src="/_astro/a.js"></script>')).toContain("module");
    expect(
      scriptOutsideIslands(
        '<figure class="chart"></figure><script type="module" src="/_astro/c.js"></script>',
      ),
    ).toBe("");
    expect(
      scriptOutsideIslands(
        '<div class="table-tools" hidden></div><script type="module" src="/_astro/t.js"></script>',
      ),
    ).toBe("");
    expect(scriptOutsideIslands("<SCRIPT>alert(1)</SCRIPT>")).toBe("<SCRIPT>");
  });

  it("knows entity pages by their path", () => {
    expect(entityType(join("suppliers", "acme", "index.html"))).toBe("suppliers");
    expect(entityType(join("suppliers", "index.html"))).toBe("");
    expect(entityType(join("browse", "suppliers", "a", "index.html"))).toBe("");
  });

  it("gives median, p95 and the largest page", () => {
    const d = distribution([1, 5, 3, 2, 4].map((value) => ({ value, path: `p${value}` })));
    expect(d).toEqual({ count: 5, median: 3, p95: 5, max: 5, maxPath: "p5" });
  });

  it("reads a small site: pages, entity pages, search index", () => {
    const site = mkdtempSync(join(tmpdir(), "bench-site-"));
    const page = (path: string, html: string) => {
      mkdirSync(join(site, path), { recursive: true });
      writeFileSync(join(site, path, "index.html"), html);
    };
    page("", "<h1>Home</h1>");
    page("suppliers/a", "<h1>A</h1><svg><rect/></svg>");
    page("suppliers/b", "<h1>B</h1><script>track()</script>");
    page("councils/x", "<h1>X</h1>");
    mkdirSync(join(site, "pagefind"));
    writeFileSync(join(site, "pagefind", "pagefind.js"), "x".repeat(100));
    const stats = siteStats(site);
    expect(stats.pages).toBe(4);
    expect(stats.searchIndex.bytes).toBe(100);
    const suppliers = stats.entities.find((e) => e.type === "suppliers");
    expect(suppliers?.pages).toBe(2);
    expect(suppliers?.scriptPages).toBe(1);
    expect(suppliers?.figures[0]?.values.count).toBe(1);
    expect(stats.entities.find((e) => e.type === "contracts")?.pages).toBe(0);
  });
});
