// A fixture council whose supplier names, descriptions and titles hold XSS payloads: every page that
// shows them runs no script (no dialog, no console error) and shows the text as text.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { servedSite } from "./served-site.ts";

const HOSTILE = resolve(import.meta.dirname, "../fixtures/hostile");
const site = servedSite(HOSTILE, "e2e-hostile");

const PAGES = [
  "",
  "councils/",
  "councils/evil/",
  "councils/plain/",
  "suppliers/",
  "suppliers/script-alert-supplier-script/",
  "suppliers/img-src-x-onerror-alert-name/",
  "suppliers/javascript-alert-link/",
  "suppliers/svg-svg-onload-alert-svg/",
  "contracts/",
  "browse/suppliers/s/",
  "browse/suppliers/i/",
  "browse/suppliers/j/",
  "browse/contracts/i/",
  "data/",
  "data-quality/",
  "search/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
];

describe("hostile text from published files", () => {
  it("runs no script on any page and raises no console error", async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on("dialog", async (dialog) => {
      problems.push(`${page.url()}: dialog ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`${page.url()}: console ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
    for (const path of PAGES) {
      const response = await page.goto(new URL(path, site.url).toString());
      expect(response?.status(), path).toBe(200);
      // Any injected element would be in the DOM: there must be none.
      const injected = await page.locator("img[onerror], svg[onload], iframe").count();
      expect(injected, path).toBe(0);
      // The site's own scripts (island hydration, search) are allowed; none may carry a payload.
      // JSON-LD may hold the text, escaped so it cannot close its element.
      const scripts = await page
        .locator("script")
        .evaluateAll((list) =>
          list.map((s) => ({ type: s.getAttribute("type") ?? "", text: s.textContent ?? "" })),
        );
      const bad = scripts.filter((s) =>
        s.type === "application/ld+json" ? /[<>]/.test(s.text) : s.text.includes("alert("),
      );
      expect(bad, path).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows the payloads as literal text and links nowhere unexpected", async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL("suppliers/script-alert-supplier-script/", site.url).toString());
    await expect(page.locator("h1").textContent()).resolves.toBe("<script>alert('supplier')</script>");
    await page.goto(new URL("contracts/", site.url).toString());
    await expect(page.getByText("<img src=x onerror=alert('title')>").count()).resolves.toBeGreaterThan(0);
    const hrefs = await page
      .locator("a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((h) => /^\s*(javascript|data):/i.test(h))).toEqual([]);
    await page.goto(site.url);
    await expect(page.locator("h1").textContent()).resolves.toBe("Hostile <b>Partnership</b> & Co");
    await page.close();
  });

  it("shows hostile lines in the line viewer as text, running nothing", async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on("dialog", async (dialog) => {
      problems.push(`dialog ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on("pageerror", (error) => problems.push(error.message));
    for (const line of [2, 3, 4, 5]) {
      await page.goto(
        new URL(`source-line/?file=evil%2Fspend%2F2024-04.csv&line=${line}`, site.url).toString(),
      );
      await page.locator("table.source-lines tr.current-line").waitFor();
      expect(
        await page.locator("img[onerror], svg[onload], iframe, main script").count(),
        `line ${line}`,
      ).toBe(0);
    }
    // The first record's cells, under the file's headings, exactly as published.
    await page.goto(new URL("source-line/?file=evil%2Fspend%2F2024-04.csv&line=2", site.url).toString());
    await page.locator("dl.facts dd").first().waitFor();
    const facts = await page.locator("#source-line dl.facts dd").allTextContents();
    expect(facts).toContain("<script>alert('supplier')</script>");
    expect(facts).toContain("<iframe src=javascript:alert('desc')>");
    expect(problems).toEqual([]);
    await page.close();
  });
});
