// The overview page in a real browser: readable with JavaScript off, no accessibility violations,
// every figure there and every link resolving.
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { servedSite } from "./served-site.ts";

const MINI = resolve(import.meta.dirname, "../fixtures/mini");
const site = servedSite(MINI, "e2e-home");

describe("the overview page", () => {
  it("shows the partnership, the demo banner and spend by year with JavaScript off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url);
    await expect(page.locator("h1").textContent()).resolves.toBe("Mini Partnership");
    await expect(page.locator(".demo-banner").textContent()).resolves.toContain("Demonstration data");
    const alpha = page
      .locator("tr", { has: page.locator("th", { hasText: "Alpha District Council" }) })
      .first();
    // One financial year, then the council's total: the same exact total the ingest accounted for.
    await expect(alpha.locator("td").allTextContents()).resolves.toEqual(["£7,986.69", "£7,986.69"]);
    // How current it is: each partner's latest month of published payments (Alpha's 2023-06 file was
    // replaced by a corrected one, which is counted).
    await expect(page.locator(".partners li").allTextContents()).resolves.toEqual([
      "Alpha District Council, payments to June 2023",
      "Beta Borough Council, payments to April 2023",
    ]);
    await page.goto(new URL("data-quality/", site.url).toString());
    const accounting = page
      .locator("#by-council + .table-scroll tr", {
        has: page.locator("th", { hasText: "Alpha District Council" }),
      })
      .first();
    await expect(accounting.locator("td").allTextContents()).resolves.toEqual([
      "6",
      "25",
      "15",
      "10",
      "none",
    ]);
    await context.close();
  });

  it("has no axe violations (WCAG 2.2 AA)", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await context.close();
  });

  it("links only to files that exist, including the originals under /sources/", async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL("data-quality/", site.url).toString());
    const hrefs = await page
      .locator("a[href^='/']")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs).toContain("/sources/alpha/spend/2023-04.csv");
    for (const href of new Set(hrefs)) {
      const response = await page.request.get(new URL(href, site.url).toString());
      expect(response.status(), href).toBe(200);
    }
    await page.close();
  });
});
