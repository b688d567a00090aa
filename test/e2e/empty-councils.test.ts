// A partnership where one council's only file cannot be read and another has published nothing yet:
// their pages say so in words (no empty tables, no links to empty downloads or feeds), the scorecard
// lists them last, not scored, and every page passes axe.
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { servedSite } from "./served-site.ts";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/empty-councils");
const site = servedSite(FIXTURE, "e2e-empty-councils");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function open(path: string): Promise<Page> {
  // A page of its own context (axe needs one), closed with it.
  const page = await (await site.browser.newContext()).newPage();
  const response = await page.goto(new URL(path, site.url).toString());
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Tables with a header row but no body rows. */
const emptyTables = (page: Page) =>
  page
    .locator("table")
    .evaluateAll((tables) =>
      tables
        .filter((t) => t.querySelectorAll("tbody tr").length === 0)
        .map((t) => t.querySelector("caption")?.textContent),
    );

describe("councils with no payments to show", () => {
  it("say why in words on their pages, with no empty table and no empty download or feed", async () => {
    const cases = [
      {
        path: "councils/unreadable/",
        lead: "No payments could be read from Unreadable Borough Council's 1 payment file: its records were",
        files: 1,
      },
      {
        path: "councils/waiting/",
        lead: "Waiting District Council has no payment files in this dataset yet.",
        files: 0,
      },
    ];
    for (const { path, lead, files } of cases) {
      const page = await open(path);
      const text = (await page.locator("p.lead").textContent())?.replace(/\s+/g, " ").trim() ?? "";
      expect(text.startsWith(lead.replace(": its records were", ":")), path).toBe(true);
      expect(await emptyTables(page), path).toEqual([]);
      expect(await page.getByRole("link", { name: /Download its payments/ }).count(), path).toBe(0);
      expect(await page.getByRole("link", { name: /Download its contract register/ }).count(), path).toBe(0);
      expect(await page.getByRole("link", { name: /^Feed:/ }).count(), path).toBe(0);
      expect(await page.locator('head link[rel="alternate"][href*="/councils/"]').count(), path).toBe(0);
      expect(await page.getByRole("heading", { name: "Spend by financial year" }).count(), path).toBe(0);
      expect(await page.getByRole("heading", { name: "Published files" }).count(), path).toBe(
        files > 0 ? 1 : 0,
      );
      expect(await page.locator("body").textContent(), path).not.toMatch(
        /\b0 payments totalling|The 0 suppliers/,
      );
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(
        axe.violations.map((v) => v.id),
        path,
      ).toEqual([]);
      await page.context().close();
    }
  });

  it("keep the page of a council with payments whole", async () => {
    const page = await open("councils/plain/");
    expect(await page.locator("p.lead").textContent()).toMatch(/2 payments totalling £1,600\.00/);
    expect(await page.locator(".payment-downloads a", { hasText: "payments.csv.gz" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Spend by financial year" }).count()).toBe(1);
    expect(await emptyTables(page)).toEqual([]);
    await page.context().close();
  });

  it("are listed on the home page as having no payments read yet", async () => {
    const page = await open("");
    const partners = await page.locator("ul.partners li").allTextContents();
    expect(partners.map((t) => t.replace(/\s+/g, " ").trim())).toEqual([
      "Plain District Council, payments to May 2024",
      "Unreadable Borough Council, no payments read yet",
      "Waiting District Council, no payments read yet",
    ]);
    await page.context().close();
  });

  it("are listed last in the scorecard, not scored, in the page and in its CSV", async () => {
    const page = await open("data-quality/");
    const rows = await page
      .locator("#scorecard-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())));
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["1", "Plain District Council", "83"],
      ["–", "Unreadable Borough Council", "Not scored: no payment could be read from its files."],
      ["–", "Waiting District Council", "Not scored: no payment files yet."],
    ]);
    // A file's notes (here a published column the site does not use) are listed with its records.
    const notes = await page.locator("ul.warnings li").allTextContents();
    expect(notes.map((t) => t.replace(/\s+/g, " ").trim())).toEqual([
      'Note: columns not used: "Creditor Type"',
    ]);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const csv = await (await fetch(new URL("data/scorecard.csv", site.url))).text();
    const lines = csv.trimEnd().split("\n");
    expect(lines[1]?.startsWith("1,plain,")).toBe(true);
    expect(lines[2]).toMatch(/^,unreadable,Unreadable Borough Council,+Not scored: no payment could be read/);
    await page.context().close();
  });

  it("have no empty downloads or feeds linked on /data/, where the scorecard's columns are documented", async () => {
    const page = await open("data/");
    const byCouncil = page.locator("h2:text('By council') + ul li");
    expect((await byCouncil.allTextContents()).map((t) => t.replace(/\s+/g, " ").trim())).toEqual([
      "Plain District Council: payments (or the rows of payments.csv.gz and payments.parquet whose council is plain), no contract register entries yet",
      "Unreadable Borough Council: no payments yet, no contract register entries yet",
      "Waiting District Council: no payments yet, no contract register entries yet",
    ]);
    expect(
      await byCouncil.first().getByRole("link", { name: "payments", exact: true }).getAttribute("href"),
    ).toBe("/payments/?council=plain");
    const feeds = await page.locator("h2:text('Feeds') + p + ul li").allTextContents();
    expect(feeds.filter((t) => /Unreadable|Waiting/.test(t))).toEqual([]);
    const documented = await page
      .locator("#columns-scorecard ~ .table-scroll tbody th code")
      .allTextContents();
    const header = (await (await fetch(new URL("data/scorecard.csv", site.url))).text()).split("\n")[0];
    expect(documented.join(",")).toBe(header);
    await page.context().close();
  });

  it("are found by search with no total, as having no payments read yet", async () => {
    const page = await open("search/?q=council");
    const items = page.locator("#name-results li");
    await expect.poll(() => items.count()).toBe(3);
    const facts = (await items.allTextContents()).map((t) => t.replace(/\s+/g, " ").trim());
    expect(facts).toEqual([
      "Plain District Council Council · £1,600.00",
      "Unreadable Borough Council Council · no payments read yet",
      "Waiting District Council Council · no payments read yet",
    ]);
    await page.context().close();
  });
});
