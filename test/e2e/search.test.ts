// The search page in a real browser on the mini fixture: names at once (by any published name, and
// key by key while typing), then
// full-text results with filters, value and council shown, the query kept in the address, no errors;
// readable with JavaScript off; working under a base path.
import type { Server } from "node:http";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BenchServer, serveForBench } from "../../src/lib/bench/search-serve.ts";
import { launchChromium } from "./browser.ts";
import { buildSite } from "./site.ts";
import { serveSite } from "./site-server.ts";

const MINI = resolve(import.meta.dirname, "../fixtures/mini");
let browser: Browser;
let server: Server;
let url: string;
let based: BenchServer;

beforeAll(async () => {
  const [site, sub] = await Promise.all([
    buildSite({ dataDir: MINI, name: "e2e-search" }),
    buildSite({ dataDir: MINI, name: "e2e-search-base", basePath: "/transparency/" }),
  ]);
  ({ server, url } = await serveSite(site));
  based = await serveForBench(sub, "/transparency/");
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await based?.close();
});

/** A page that fails the test on any console error or uncaught exception. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
}

describe("the search page", () => {
  it("finds a supplier by a name it was published under, with value and council", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${url}search/?q=nlt`);
    const name = page.locator("#name-results li").first();
    await name.waitFor();
    const text = await name.textContent();
    expect(text).toContain("Northern Leisure Trust");
    expect(text).toContain("published as “NLT (Leisure)”");
    expect(text).toContain("£1,841.44");
    expect(text).toContain("Alpha District Council");
    await expect(name.locator("a").getAttribute("href")).resolves.toBe("/suppliers/ip12345r/");
    // Then Pagefind's full text finds the page by the same published name.
    const page1 = page.locator("#text-results li").first();
    await page1.waitFor();
    expect(await page1.textContent()).toContain("Northern Leisure Trust");
    expect(await page1.textContent()).toContain("Alpha District Council");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows names while typing, before the last key, typed a key every 100 ms", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${url}search/`);
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      // What the name status said just before each key after the first: names typed so far shown?
      window.addEventListener(
        "keydown",
        () => w.seen.push(document.getElementById("name-status")?.textContent ?? ""),
        true,
      );
    });
    await page.locator("#search-q").focus();
    await page.keyboard.type("acme", { delay: 100 });
    await page.locator("#name-results li", { hasText: "Acme Supplies Ltd" }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    // Names were on screen before the last key: they do not wait for a pause in typing.
    expect(seen).toHaveLength(4);
    expect(
      seen.slice(1).some((status) => /^\d+ names? match/.test(status)),
      seen.join(" | "),
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("searches as you type and with the keyboard alone, keeping the query in the address", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${url}search/`);
    await page.locator("#search-q").focus();
    await page.keyboard.type("acme limit");
    await page.keyboard.press("Enter");
    await page.locator("#name-results li", { hasText: "Acme Supplies Ltd" }).waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("acme limit");
    await expect(page.locator("#name-status").textContent()).resolves.toMatch(/1 name matches/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-q");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("filters by kind and council, from the address and from the controls", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${url}search/?q=leisure&kind=Contract`);
    await page.locator("#text-results li").first().waitFor();
    await expect(page.locator("#name-results li").allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Leisure grant Contract · value not stated · Alpha District Council/),
    ]);
    for (const item of await page.locator("#text-results li").allTextContents())
      expect(item).toContain("Contract");
    // The filters were opened for the filtered address; a council checkbox narrows further.
    const beta = page.getByLabel(/^Beta Borough Council/);
    await beta.check();
    await page.waitForURL(/council=Beta/);
    await page.waitForFunction(() =>
      document.querySelector("#text-status")?.textContent?.includes("No page"),
    );
    expect(new URL(page.url()).searchParams.getAll("kind")).toEqual(["Contract"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("sorts full-text results by value", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${url}search/?kind=Supplier&sort=value-desc`);
    await page.locator("#text-results li").first().waitFor();
    const titles = await page.locator("#text-results li > a").allTextContents();
    expect(titles[0]).toBe("Acme Supplies Ltd");
    expect(titles.length).toBe(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("has no axe violations with results shown", async () => {
    const { page } = await openPage();
    await page.goto(`${url}search/?q=alpha`);
    await page.locator("#text-results li").first().waitFor();
    await page.locator("#search-options summary").click();
    await page.locator("#search-filters fieldset").first().waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await page.context().close();
  });

  it("shows a hostile published name as text", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${url}search/?q=calc`);
    const link = page.locator("#name-results li a").first();
    await link.waitFor();
    await expect(link.textContent()).resolves.toBe("=cmd|' /C calc'!A0");
    await expect(page.locator("#name-results li *").count()).resolves.toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("explains itself and links to the A to Z lists with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}search/?q=nlt`);
    await expect(page.locator("noscript").count()).resolves.toBe(1);
    const body = await page.locator("main").textContent();
    expect(body).toContain("needs JavaScript");
    const hrefs = await page
      .locator("main a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("/browse/suppliers/n/");
    expect(hrefs.some((h) => h?.startsWith("/browse/contracts/"))).toBe(true);
    await expect(page.locator("#name-results").isHidden()).resolves.toBe(true);
    await context.close();
  });

  it("works under a base path", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${based.url}search/?q=zurich`);
    const name = page.locator("#name-results li a").first();
    await name.waitFor();
    await expect(name.getAttribute("href")).resolves.toBe("/transparency/suppliers/zurich-insurance/");
    const text = page.locator("#text-results li a").first();
    await text.waitFor();
    await expect(text.getAttribute("href")).resolves.toBe("/transparency/suppliers/zurich-insurance/");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("draws charts again at a phone's width under a base path too", async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 800 } })).newPage();
    await page.goto(based.url);
    const drawn = () =>
      page
        .locator("figure.chart[data-chart] > svg")
        .first()
        .evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width);
    await expect.poll(drawn).toBeLessThan(390);
    await page.context().close();
  });
});
