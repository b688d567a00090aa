// /questions/ in a browser: the filters (links between questions and councils) work with JavaScript
// off, each list shows its strongest questions first, and every flag's records are rows that exist in the published payments.csv.gz,
// each linked to the original file it came from and to its line shown in that file.
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { servedSite } from "./served-site.ts";

const MINI = resolve(import.meta.dirname, "../fixtures/mini");
const site = servedSite(MINI, "e2e-questions");

describe("/questions/", () => {
  it("links every count to its questions, and each list's filters to the others, with JavaScript off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL("questions/", site.url).toString());
    const links = await page
      .locator(".questions-matrix td a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const count = Number(await page.locator(`.questions-matrix a[href="${href}"]`).first().textContent());
      await page.goto(new URL(href, site.url).toString());
      // at most the 50 strongest, each with its evidence and score, highest first; the rest in flags.csv
      expect(await page.locator("article.flag").count()).toBe(Math.min(count, 50));
      const scores = await page
        .locator("article.flag .flag-evidence")
        .evaluateAll((ps) =>
          ps.map((p) => Number(/Score ([\d,]+)/.exec(p.textContent ?? "")?.[1]?.replaceAll(",", ""))),
        );
      expect(scores.every((n) => Number.isInteger(n))).toBe(true);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(await page.locator(".more-questions").count()).toBe(count > 50 ? 1 : 0);
      // council and question filters lead to pages that exist
      for (const other of await page
        .locator("nav.facets a:not([href*='#'])")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
        const response = await page.request.get(new URL(other, site.url).toString());
        expect(response.status(), other).toBe(200);
      }
      await page.goto(new URL("questions/", site.url).toString());
    }
    await context.close();
  });

  it("lists records that exist in payments.csv.gz, linked to their original files", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const gz = await (await page.request.get(new URL("data/payments.csv.gz", site.url).toString())).body();
    // As sent (a server may also have decoded it for the client, as Content-Encoding).
    const csv = (gz[0] === 0x1f && gz[1] === 0x8b ? gunzipSync(gz) : gz).toString("utf8");
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const byId = new Map(rows.map((r) => [r.id, r]));
    await page.goto(new URL("questions/", site.url).toString());
    const lists = await page
      .locator(".questions-matrix td a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    let checked = 0;
    const viewerLinks = new Map<string, Record<string, string>>();
    for (const href of lists) {
      await page.goto(new URL(href, site.url).toString());
      for (const link of await page.locator("article.flag a[data-payment]").all()) {
        const id = (await link.getAttribute("data-payment")) ?? "";
        const row = byId.get(id);
        expect(row, id).toBeDefined();
        expect(await link.textContent()).toBe(row?.source_file);
        expect(await link.getAttribute("href")).toBe(`/sources/${row?.council}/${row?.source_file}`);
        // The line number beside it opens the line in the original file.
        const lineLink = link.locator("xpath=following-sibling::a[1]");
        expect(await lineLink.textContent()).toBe(`line ${row?.source_line}`);
        viewerLinks.set((await lineLink.getAttribute("href")) ?? "", row as Record<string, string>);
        checked++;
      }
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(results.violations.map((v) => `${href}: ${v.id}`)).toEqual([]);
    }
    expect(checked).toBeGreaterThan(0);
    expect(viewerLinks.size).toBeGreaterThan(0);
    // Each record's line, shown in its published file: the highlighted line is the record's, and holds
    // its supplier and amount as published (Windows-1252 files decoded as the ingest read them).
    for (const [href, row] of viewerLinks) {
      await page.goto(new URL(href, site.url).toString());
      const current = page.locator("table.source-lines tr.current-line");
      await current.waitFor();
      expect(await current.locator("th").textContent(), href).toBe(row.source_line);
      // Screen readers are told the line is shown (the status region, hidden on screen).
      expect(await page.locator("#source-status").textContent(), href).toBe(
        `Showing line ${row.source_line} of ${row.source_file}.`,
      );
      const text = (await current.locator("mark").textContent()) ?? "";
      expect(text.toLowerCase(), href).toContain((row.supplier ?? "").toLowerCase());
      expect(text, href).not.toContain("\uFFFD");
    }
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it("says why when the line viewer is asked for a file the site does not hold, or has JavaScript off", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL("source-line/?file=alpha%2F..%2F..%2Fpackage.json&line=1", site.url).toString());
    await expect
      .poll(() => page.locator("#source-status").textContent())
      .toMatch(/^No published file is called/);
    expect(await page.locator("table").count()).toBe(0);
    await context.close();
    // A file with nothing set aside is shown without reading rejects.csv.
    const plain = await site.browser.newContext();
    const plainPage = await plain.newPage();
    const asked: string[] = [];
    plainPage.on("request", (request) => asked.push(new URL(request.url()).pathname));
    await plainPage.goto(new URL("source-line/?file=beta%2Fspend%2F2023-04.csv&line=2", site.url).toString());
    await plainPage.locator("table.source-lines tr.current-line").waitFor();
    expect(asked).toContain("/sources/beta/spend/2023-04.csv");
    expect(asked.filter((p) => p.endsWith("/rejects.csv"))).toEqual([]);
    await plain.close();
    // A large file is downloaded only once asked: the page says how large it is first.
    const large = await site.browser.newContext();
    const largePage = await large.newPage();
    await largePage.route("**/source-line/**", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/&quot;bytes&quot;:\d+/g, "&quot;bytes&quot;:52428800");
      await route.fulfill({ response, body });
    });
    let fetched = false;
    largePage.on("request", (request) => {
      if (request.url().includes("/sources/")) fetched = true;
    });
    await largePage.goto(new URL("source-line/?file=beta%2Fspend%2F2023-04.csv&line=2", site.url).toString());
    await expect.poll(() => largePage.locator("#source-status").textContent()).toMatch(/is 50\.0 MB/);
    expect(fetched).toBe(false);
    await largePage.getByRole("button", { name: "Download 50.0 MB and show the line" }).click();
    await largePage.locator("table.source-lines tr.current-line").waitFor();
    expect(fetched).toBe(true);
    await large.close();
    const off = await site.browser.newContext({ javaScriptEnabled: false });
    const offPage = await off.newPage();
    await offPage.goto(new URL("source-line/?file=beta%2Fspend%2F2023-04.csv&line=2", site.url).toString());
    expect(await offPage.locator("noscript, .note").first().textContent()).toMatch(/needs JavaScript/);
    await off.close();
  });
});
