// The payments browser in Chromium, over the demo partnership served by `astro preview`: a filter
// shows the payments payments.csv has for it (count, order, page); its address restores it after a
// reload; "download what I see" is payments.csv's own lines for the filter; axe finds nothing; with
// JavaScript off, or on a host without range requests, the page says so and links the whole dataset.
// Range requests only (a generated payments.parquet over 10 MB): payments-range.test.ts.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowMatches } from "../../src/lib/table/row-filter.ts";
import { microsOf } from "../../src/lib/tables/decimal.ts";
import { PAYMENTS } from "../../src/lib/tables/payments.ts";
import { launchChromium } from "./browser.ts";
import { astroPreview, hasPython, pythonServer, type RunningServer } from "./preview-server.ts";
import { buildSite } from "./site.ts";
import { serveSite } from "./site-server.ts";

const DEMO = resolve(import.meta.dirname, "../../data");
const NAME = "e2e-payments";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Row = Record<string, string>;
let site = "";
let browser: Browser;
let preview: RunningServer;
let rows: Row[] = [];
let lines = new Map<string, string>();

beforeAll(async () => {
  site = await buildSite({ dataDir: DEMO, name: NAME });
  // payments.csv as published, in its gzip form (the site publishes no uncompressed copy).
  const csv = gunzipSync(readFileSync(join(site, "data/payments.csv.gz"))).toString("utf8");
  rows = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;
  // Each payment's line as published in payments.csv, by id (no demo line holds a line break).
  lines = new Map(
    csv
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((line) => [line.slice(0, line.indexOf(",")), line]),
  );
  preview = await astroPreview(site);
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  preview?.stop();
});

/** Opens /payments/ with a query and waits for its count (or its message). */
async function openPayments(page: Page, query: string, url = preview.url): Promise<void> {
  await page.goto(`${url}payments/${query}`);
  await page.waitForFunction(() => {
    const text = document.getElementById("payments-status")?.textContent ?? "";
    return /match|could not|whole files|Check the filter/.test(text);
  });
}

/** The shown rows as [source file:line, amount text]. */
const shownRows = (page: Page) =>
  page.$$eval("#payments-table tbody tr", (trs) =>
    (trs as HTMLTableRowElement[]).map((tr) => [
      tr.cells[6]?.textContent ?? "",
      tr.cells[5]?.textContent ?? "",
    ]),
  );
const place = (r: Row) => `${r.source_file}:${r.source_line}`;
const pounds = (r: Row) => {
  const micros = BigInt(microsOf(r.amount as string));
  const negative = micros < 0n;
  const pence = ((negative ? -micros : micros) + 5_000n) / 10_000n;
  const whole = (pence / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative && pence > 0n ? "-" : ""}£${whole}.${String(pence % 100n).padStart(2, "0")}`;
};

describe("the payments browser", () => {
  it("shows the payments payments.csv has for a filter, sorted and paged", async () => {
    const page = await browser.newPage();
    await openPayments(
      page,
      "?council=ashvale&from=2023-04-01&to=2024-03-31&min=100&department=ict&sort=amount-desc",
    );
    const expected = rows
      .filter(
        (r) =>
          r.council === "ashvale" &&
          (r.date as string) >= "2023-04-01" &&
          (r.date as string) <= "2024-03-31" &&
          microsOf(r.amount as string) >= 100_000_000 &&
          rowMatches(r.expense_area as string, "ict"),
      )
      .sort((a, b) => microsOf(b.amount as string) - microsOf(a.amount as string));
    expect(expected.length).toBeGreaterThan(50);
    const status = await page.locator("#payments-status").textContent();
    expect(status).toContain(`${expected.length.toLocaleString("en-GB")} payments match`);
    const shown = await shownRows(page);
    expect(shown).toHaveLength(50);
    // Largest first: the amounts are the 50 largest; every row is one of the expected payments.
    expect(shown.map(([, amount]) => amount)).toEqual(expected.slice(0, 50).map(pounds));
    const places = new Set(expected.map(place));
    for (const [at] of shown) expect(places.has(at as string)).toBe(true);
    // Each row links to its line of the published file.
    const source = page.locator("#payments-table tbody tr").first().locator("td").nth(6).locator("a").nth(1);
    expect(await source.getAttribute("href")).toMatch(/^\/source-line\/\?file=ashvale%2F.+&line=\d+$/);
    await page.close();
  });

  it("finds a supplier by name through the name index", async () => {
    const page = await browser.newPage();
    await openPayments(page, "?supplier=zurich&sort=date-asc");
    const ids = new Set(rows.filter((r) => /\bzurich/i.test(r.supplier as string)).map((r) => r.supplier_id));
    const expected = rows.filter((r) => ids.has(r.supplier_id));
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.locator("#payments-status").textContent()).toContain(
      `${expected.length.toLocaleString("en-GB")} payments match. ${ids.size === 1 ? "1 supplier" : `${ids.size} suppliers`} named like “zurich”`,
    );
    const first = await shownRows(page);
    const oldest = [...expected].sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : 1))[0] as Row;
    expect(await page.locator("#payments-table tbody tr td").first().getAttribute("data-csv")).toBe(
      oldest.date,
    );
    expect(first.length).toBe(Math.min(50, expected.length));
    await page.close();
  });

  it("keeps the filter in the address: a reload, a page link and going back restore the view", async () => {
    const page = await browser.newPage();
    await openPayments(page, "");
    await page.selectOption("#pf-council", "kestwick");
    await page.fill("#pf-type", "fuel");
    await page.selectOption("#pf-sort", "amount-asc");
    await page.click("#payments-form button[type=submit]");
    await page.waitForURL(/council=kestwick/);
    await page.waitForFunction(() =>
      /match/.test(document.getElementById("payments-status")?.textContent ?? ""),
    );
    expect(new URL(page.url()).search).toBe("?council=kestwick&type=fuel&sort=amount-asc");
    const before = await shownRows(page);
    const caption = await page.locator("#payments-caption").textContent();
    await page.reload();
    await page.waitForFunction(() =>
      /match/.test(document.getElementById("payments-status")?.textContent ?? ""),
    );
    expect(await shownRows(page)).toEqual(before);
    expect(await page.locator("#payments-caption").textContent()).toBe(caption);
    expect(await page.inputValue("#pf-type")).toBe("fuel");
    expect(await page.inputValue("#pf-council")).toBe("kestwick");

    const expected = rows.filter(
      (r) => r.council === "kestwick" && rowMatches(r.expense_type as string, "fuel"),
    );
    if (expected.length > 50) {
      await page.click("#payments-pages a[rel=next]");
      await page.waitForURL(/page=2/);
      await page.waitForFunction(() =>
        /Payments 51 to/.test(document.getElementById("payments-caption")?.textContent ?? ""),
      );
      const second = await shownRows(page);
      await page.reload();
      await page.waitForFunction(() =>
        /Payments 51 to/.test(document.getElementById("payments-caption")?.textContent ?? ""),
      );
      expect(await shownRows(page)).toEqual(second);
      await page.goBack();
      await page.waitForFunction(() =>
        /Payments 1 to/.test(document.getElementById("payments-caption")?.textContent ?? ""),
      );
      expect(await shownRows(page)).toEqual(before);
    }
    await page.close();
  });

  it("downloads what it shows as payments.csv's own lines, every page of the filter", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await openPayments(page, "?council=fenmouth&max=0&sort=date-asc");
    const expected = rows.filter((r) => r.council === "fenmouth" && microsOf(r.amount as string) <= 0);
    expect(expected.length).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#payments-download")]);
    const text = readFileSync((await download.path()) as string, "utf8");
    const [header, ...got] = text.trimEnd().split("\n");
    expect(header).toBe(PAYMENTS.header);
    expect([...got].sort()).toEqual(expected.map((r) => lines.get(r.id as string)).sort());
    // In the order shown: the first lines are the table's first rows.
    const shown = await shownRows(page);
    const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
    expect(parsed.slice(0, shown.length).map(place)).toEqual(shown.map(([at]) => at));
    await page.close();
  });

  it("passes axe with results shown, and reflows to 320 pixels", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await openPayments(page, "?council=harrowmere&min=x");
    expect(await page.locator("#pf-min-error").textContent()).toContain("Enter an amount in pounds");
    await openPayments(page, "?council=harrowmere");
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it("without JavaScript, says what it needs and links the whole dataset", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${preview.url}payments/`);
    expect(
      await page
        .locator("noscript")
        .first()
        .evaluate((n) => n.textContent),
    ).toContain("needs JavaScript");
    expect(await page.locator("#payments-form").isHidden()).toBe(true);
    const hrefs = await page.$$eval("a[download]", (as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(expect.arrayContaining(["/data/payments.csv.gz", "/data/payments.parquet"]));
    await context.close();
  });

  it("builds a supplier's and a council's CSV in the browser: payments.csv's own lines for them", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    for (const [path, keep] of [
      ["suppliers/zurich-insurance/", (r: Row) => r.supplier_id === "zurich-insurance"],
      ["councils/brackenridge/", (r: Row) => r.council === "brackenridge"],
    ] as const) {
      await page.goto(`${preview.url}${path}`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(".payments-csv button").click(),
      ]);
      const got = readFileSync(await download.path(), "utf8")
        .trimEnd()
        .split("\n");
      const expected = rows.filter(keep).map((r) => lines.get(r.id as string));
      expect(got.length - 1).toBe(expected.length);
      expect(got.slice(1).sort()).toEqual(expected.sort());
      expect(await page.locator(".payments-csv-status").textContent()).toMatch(
        /^Downloaded [\d,]+ payments\.$/,
      );
    }
    await context.close();
  });

  it("without JavaScript, a supplier page keeps its largest payments with file and line", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${preview.url}suppliers/zurich-insurance/`);
    expect(await page.locator(".payments-csv button").isHidden()).toBe(true);
    expect(await page.locator("table a.source-ref").count()).toBeGreaterThan(0);
    expect(await page.locator(".payments-csv noscript").evaluate((n) => n.textContent)).toContain(
      "whole dataset",
    );
    const hrefs = await page.$$eval(".payment-downloads a", (as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["/data/payments.csv.gz", "/data/payments.parquet"]);
    await context.close();
  });

  it("on a host without range requests, says so instead of fetching the whole file", async () => {
    const plain = await serveSite(site, { ranges: false });
    const servers: RunningServer[] = hasPython() ? [await pythonServer(site)] : [];
    try {
      for (const url of [plain.url, ...servers.map((s) => s.url)]) {
        const page = await browser.newPage();
        await openPayments(page, "?council=ashvale", url);
        expect(await page.locator("#payments-status").textContent()).toContain("sends whole files only");
        expect(await page.locator("#payments-results").isHidden()).toBe(true);
        await page.close();
      }
    } finally {
      plain.server.close();
      for (const s of servers) s.stop();
    }
  });
});
