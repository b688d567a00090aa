// One page of every type in a real browser: readable with JavaScript off, zero axe violations
// (WCAG 2.2 AA), no sideways scrolling at 320 CSS pixels (reflow), charts drawn again at a phone's
// width, a joint contract listing every partner, the downloads page's sizes and row counts, and a
// supplier's CSV adding up to its page. The layout around every page: layout.test.ts.
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fileSize } from "../../src/lib/format.ts";
import { formatPounds } from "../../src/lib/money.ts";
import { microsOf } from "../../src/lib/tables/decimal.ts";
import { packageErrors } from "../lib/ocds/validate.ts";
import { servedSite } from "./served-site.ts";

const MINI = resolve(import.meta.dirname, "../fixtures/mini");
const site = servedSite(MINI, "e2e-pages");

/** One page of each type in the mini fixture site, and its h1. */
const PAGES: [string, string][] = [
  ["", "Mini Partnership"],
  ["councils/", "Councils"],
  ["councils/alpha/", "Alpha District Council"],
  ["suppliers/", "Suppliers"],
  ["suppliers/01026167/", "Acme Supplies Ltd"],
  ["contracts/", "Contracts"],
  ["contracts/alpha-c-001/", "Waste collection (joint)"],
  ["contracts/ocds_alpha_ocds-b5fd17-mini-0002/", "Befriending service"],
  ["browse/suppliers/a/", "Suppliers: A"],
  ["browse/contracts/w/", "Contracts: W"],
  ["compare/", "Compare councils"],
  ["categories/environmental-and-regulatory/", "Environmental and regulatory services"],
  ["shared-suppliers/", "Shared suppliers"],
  ["social-value/", "Social value"],
  ["arrangements/", "How the partners work together"],
  ["arrangements/joint-waste/", "Joint waste collection"],
  ["questions/", "Questions worth asking"],
  ["data/", "Download the data"],
  ["data-quality/", "Data quality"],
  ["about/", "About this data"],
  ["accessibility/", "Accessibility statement"],
  ["privacy/", "Privacy"],
  ["search/", "Search"],
  ["source-line/?file=beta%2Fspend%2F2023-04.csv&line=3", "A line as published"],
  ["no-such-page/", "Page not found"],
];

describe("every page type", () => {
  it("renders its content with JavaScript off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, h1] of PAGES) {
      const response = await page.goto(new URL(path, site.url).toString());
      expect(response?.status(), path).toBe(path.startsWith("no-such") ? 404 : 200);
      await expect(page.locator("h1").textContent(), path).resolves.toBe(h1);
      await expect(page.locator(".demo-banner").count(), path).resolves.toBe(1);
    }
    await context.close();
  });

  it("has no axe violations", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const found: string[] = [];
    for (const [path] of PAGES) {
      await page.goto(new URL(path, site.url).toString());
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      for (const v of results.violations) found.push(`${path}: ${v.id} (${v.nodes.length})`);
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it("reflows at 320 CSS pixels: the page never scrolls sideways, only a wide table in its region", async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    const paths = [
      ...PAGES.map(([path]) => path),
      "questions/identical-record/alpha/",
      "embed/shared-suppliers/top/",
      "embed/social-value/sme/",
    ];
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, site.url).toString());
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    // Every table scrolls in a named region that takes the keyboard focus (axe checks the name).
    await page.goto(new URL("data-quality/", site.url).toString());
    const tables = await page.locator("table").count();
    expect(tables).toBeGreaterThan(2);
    await expect(page.locator(".table-scroll[role=region][tabindex='0'] > table").count()).resolves.toBe(
      tables,
    );
    // Each caption wraps within its region, in view however far the table is scrolled.
    const captionsOutside = () =>
      page.locator(".table-scroll").evaluateAll((regions) =>
        regions.flatMap((r) => {
          const caption = r.querySelector("caption")?.getBoundingClientRect();
          const box = r.getBoundingClientRect();
          return caption && (caption.left < box.left - 1 || caption.right > box.right + 1)
            ? [r.getAttribute("aria-label")]
            : [];
        }),
      );
    await expect(captionsOutside()).resolves.toEqual([]);
    await page.locator(".table-scroll").evaluateAll((regions) => {
      for (const r of regions) r.scrollLeft = r.scrollWidth;
    });
    await expect(captionsOutside()).resolves.toEqual([]);
    await page.close();
  });
});

describe("a chart on a phone", () => {
  /** Each chart's drawn width (its viewBox) and the width it is shown at. */
  const chartWidths = (page: Page) =>
    page.locator("figure.chart[data-chart]").evaluateAll((figures) =>
      figures.map((f) => {
        const svg = f.querySelector(":scope > svg") as SVGSVGElement;
        return [svg.viewBox.baseVal.width, Math.round(svg.getBoundingClientRect().width)];
      }),
    );

  it("is drawn again at the width it is shown at, text full size, with its tooltips", async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site.url);
    await expect.poll(() => chartWidths(page)).toEqual([[358, 358]]);
    const bar = page.locator("figure.chart[data-chart] .chart-target").first();
    await bar.focus();
    await expect(page.locator("figure.chart[data-chart] .chart-tip").isVisible()).resolves.toBe(true);
    await expect(page.locator("figure.chart[data-chart] .chart-tip").count()).resolves.toBe(1);
    await page.close();
  });

  it("stays as drawn at build time on a wide screen", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url);
    await page.waitForLoadState("networkidle");
    await expect(chartWidths(page)).resolves.toEqual([[720, 720]]);
    await page.close();
  });
});

describe("the downloads page", () => {
  it("states each file's real size, and its rows for each CSV", async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL("data/", site.url).toString());
    const rows = await page
      .locator("table", { has: page.locator("caption", { hasText: "The full dataset" }) })
      .locator("tbody tr")
      .evaluateAll((trs) =>
        (trs as HTMLTableRowElement[]).map((tr) => ({
          href: tr.querySelector("a")?.getAttribute("href") ?? "",
          rows: tr.cells[2]?.textContent?.trim() ?? "",
          size: tr.cells[3]?.textContent?.trim() ?? "",
        })),
      );
    expect(rows.map((r) => r.href)).toEqual(
      expect.arrayContaining([
        "/data/payments.csv.gz",
        "/data/payments.parquet",
        "/data/quality.json",
        "/data/datapackage.json",
      ]),
    );
    const csvRows = (text: string) => Papa.parse(text, { skipEmptyLines: true }).data.length - 1;
    const payments = rows.find((r) => r.href === "/data/payments.csv.gz")?.rows;
    for (const row of rows) {
      const body = Buffer.from(await (await fetch(new URL(row.href, site.url))).arrayBuffer());
      expect(row.size, row.href).toBe(fileSize(body.length));
      if (row.href.endsWith(".csv"))
        expect(row.rows, row.href).toBe(csvRows(body.toString("utf8")).toLocaleString("en-GB"));
      else if (row.href.endsWith(".csv.gz"))
        expect(row.rows, row.href).toBe(
          csvRows((body[0] === 0x1f ? gunzipSync(body) : body).toString("utf8")).toLocaleString("en-GB"),
        );
      else if (row.href === "/data/payments.parquet") expect(row.rows).toBe(payments);
      else if (!row.href.endsWith(".parquet")) expect(row.rows, row.href).toBe("–");
    }
    await page.close();
  });
});

describe("records set aside", () => {
  it("link each line number to that line of the original file, shown with the reason's evidence", async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL("data-quality/", site.url).toString());
    const links = await page
      .locator("ul.reasons a")
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute("href") ?? "", line: a.textContent ?? "" })),
      );
    expect(links.length).toBeGreaterThan(0);
    const quality = (await (await fetch(new URL("data/quality.json", site.url))).json()) as {
      files: { council: string; file: string; rejects: { line: number; reason: string }[] }[];
    };
    for (const { href, line } of links) {
      const file = new URL(href, site.url).searchParams.get("file") ?? "";
      const rejects = quality.files.find((f) => `${f.council}/${f.file}` === file)?.rejects ?? [];
      const reason = rejects.find((r) => String(r.line) === line)?.reason ?? "";
      expect(reason, href).not.toBe("");
      await page.goto(new URL(href, site.url).toString());
      const current = page.locator("table.source-lines tr.current-line th");
      await current.waitFor();
      expect(await current.textContent(), href).toBe(line);
      // The page says why the record was not counted (a repeat: which record it repeats, linked).
      const note = (await page.locator("#line-reject").textContent()) ?? "";
      const repeat = /^duplicate of (.+):(\d+)$/.exec(reason);
      if (repeat) {
        expect(note, href).toContain(`it repeats ${repeat[1]}, line ${repeat[2]}`);
        expect(await page.locator("#line-reject a").getAttribute("href"), href).toContain(
          `line=${repeat[2]}`,
        );
      } else expect(note, href).toBe(`Shared Ledger set this record aside: ${reason}.`);
    }
    await page.close();
  });
});

describe("the line viewer", () => {
  it("pages through the file, each window following on from the last", async () => {
    const page = await site.browser.newPage();
    const numbers = async () => {
      await page.locator("table.source-lines tr.current-line").waitFor();
      const all = await page.locator("table.source-lines tbody th").allTextContents();
      return all.map(Number).filter((n) => n > 3); // lines after the header (line 3)
    };
    await page.goto(new URL("source-line/?file=alpha%2Fspend%2F2023-04.csv&line=4", site.url).toString());
    const follow = async (name: string) => {
      const from = page.url();
      await page.getByRole("link", { name }).click();
      await page.waitForURL((url) => url.href !== from);
    };
    const before = await numbers();
    await follow("Later lines");
    const after = await numbers();
    expect(after[0]).toBe((before.at(-1) as number) + 1);
    await follow("Earlier lines");
    expect((await numbers()).at(-1)).toBe((after[0] as number) - 1);
    await page.close();
  });
});

describe("a joint contract", () => {
  it("appears once and lists every partner, noting which let it", async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL("contracts/", site.url).toString());
    const joint = page.locator("a", { hasText: "Waste collection (joint)" });
    // Listed in the newest-contracts table and in the joint-contracts table, pointing to one page.
    const hrefs = new Set(await joint.evaluateAll((links) => links.map((a) => a.getAttribute("href"))));
    expect([...hrefs]).toEqual(["/contracts/alpha-c-001/"]);
    await page.goto(new URL("contracts/alpha-c-001/", site.url).toString());
    const councils = page
      .locator("dt", { hasText: /^Councils$/ })
      .locator("xpath=following-sibling::dd[1]//li");
    const texts = await councils.evaluateAll((items) =>
      items.map((li) => (li.textContent ?? "").replace(/\s+/g, " ").trim()),
    );
    expect(texts).toEqual(["Alpha District Council", "Beta Borough Council (let the contract)"]);
    await page.close();
  });
});

describe("a contract in the register and in an OCDS notice", () => {
  it("shows both sources side by side, marks the value that differs, and traces each to file and pointer", async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL("contracts/alpha-c-001/", site.url).toString());
    const row = page
      .locator("table", { hasText: "as the register and the OCDS notice publish it" })
      .locator("tr", { hasText: "Total value" });
    await expect(row.locator("th").textContent()).resolves.toBe("Total value (differs)");
    const cells = await row.locator("td").allTextContents();
    expect(cells[0]).toMatch(/£1,200,000\.00 contracts\/register\.csv:2/);
    expect(cells[1]).toMatch(/£1,250,000\.00 ocds\/notices\.json#\/releases\/0\/awards\/0\/value/);
    const original = await row.locator("td a", { hasText: "ocds/notices.json" }).getAttribute("href");
    await expect(
      page.request.get(new URL(original ?? "", page.url()).toString()).then((r) => r.status()),
    ).resolves.toBe(200);
    await page.close();
  });

  it("gives a contract published only as a notice its own page, traced to its file, and lists it on its council's page", async () => {
    const page = await site.browser.newPage();
    const path = "contracts/ocds_alpha_ocds-b5fd17-mini-0002/";
    await page.goto(new URL(path, site.url).toString());
    await expect(page.locator("main").textContent()).resolves.toContain(
      "contract register does not list this contract",
    );
    const title = page
      .locator("table", { hasText: "as the OCDS notice publishes it" })
      .locator("tr", { hasText: "Title" });
    await expect(title.locator("td").textContent()).resolves.toMatch(
      /Befriending service ocds\/notices\.json#\/releases\/\d+\/tender\/title/,
    );
    await page.goto(new URL("councils/alpha/", site.url).toString());
    const hrefs = await page.locator(`a[href$="/${path}"]`).count();
    expect(hrefs).toBeGreaterThan(0);
    await page.close();
  });

  it("publishes every contract as an OCDS release package valid against the 1.1.5 schemas, payments as transactions", async () => {
    const response = await fetch(new URL("data/ocds/release-package.json", site.url));
    const text = await response.text();
    expect(packageErrors(text)).toEqual([]);
    type Releases = {
      ocid: string;
      contracts?: { implementation?: { transactions: { payer: { id: string } }[] } }[];
    }[];
    const releases = JSON.parse(text).releases as Releases;
    const payersOf = (release: Releases[number]) =>
      new Set((release.contracts?.[0]?.implementation?.transactions ?? []).map((t) => t.payer.id));
    const waste = releases.find((r) => r.ocid === "ocds-b5fd17-mini-0001");
    expect(waste?.contracts?.[0]?.implementation?.transactions.length).toBeGreaterThan(0);
    expect(releases.some((r) => r.ocid === "ocds-b5fd17-mini-0002")).toBe(true);
    expect(releases.some((r) => payersOf(r).size > 1)).toBe(true);
    const alpha = await fetch(new URL("data/ocds/councils/alpha/release-package.json", site.url));
    const alphaText = await alpha.text();
    expect(packageErrors(alphaText)).toEqual([]);
    // a joint contract's release in one council's package carries only that council's payments
    const alphaPayers = (JSON.parse(alphaText).releases as Releases).flatMap((r) => [...payersOf(r)]);
    expect(alphaPayers.length).toBeGreaterThan(0);
    expect(new Set(alphaPayers)).toEqual(new Set([alphaPayers.find((id) => id.endsWith("-council-alpha"))]));
  });
});

describe("a supplier's download", () => {
  it("parses, and its amounts add up to the total on the supplier's page", async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(new URL("suppliers/01026167/", site.url).toString());
    const lead = await page.locator(".lead strong").textContent();
    // Built in the browser from payments.parquet.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /payments? \(CSV\)/ }).click(),
    ]);
    const { readFileSync } = await import("node:fs");
    const parsed = Papa.parse<Record<string, string>>(readFileSync(await download.path(), "utf8"), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const mine = parsed.data.filter((r) => r.supplier_id === "01026167");
    expect(mine.length).toBeGreaterThan(0);
    const total = mine.reduce((sum, r) => sum + BigInt(microsOf(r.amount ?? "")), 0n);
    expect(lead).toBe(formatPounds(total));
    await context.close();
  });

  it("is the whole dataset's payments.csv.gz, whose rows of its id add up to the total on its page", async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL("suppliers/01026167/", site.url).toString());
    const lead = await page.locator(".lead strong").textContent();
    const href = await page
      .locator(".payment-downloads a", { hasText: "payments.csv.gz" })
      .getAttribute("href");
    expect(await page.locator(".payment-downloads a", { hasText: "payments.parquet" }).count()).toBe(1);
    const response = await page.request.get(new URL(href ?? "", site.url).toString());
    expect(response.status()).toBe(200);
    const body = await response.body();
    const text = (body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body).toString("utf8");
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const mine = parsed.data.filter((r) => r.supplier_id === "01026167");
    expect(mine.length).toBeGreaterThan(0);
    const total = mine.reduce((sum, r) => sum + BigInt(microsOf(r.amount ?? "")), 0n);
    expect(lead).toBe(formatPounds(total));
    await page.close();
  });
});

describe("download what I see", () => {
  it("filters a list in the browser and downloads exactly the rows left, amounts as plain numbers", async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(new URL("browse/suppliers/r/", site.url).toString());
    const all = await page.locator("#supplier-list tbody tr").count();
    await page.getByLabel("Filter this list").fill("redactive");
    await expect(page.locator("#supplier-list tbody tr:visible").count()).resolves.toBe(1);
    expect(all).toBeGreaterThan(1);
    await expect(page.locator(".table-tools-count").textContent()).resolves.toBe(`Showing 1 of ${all} rows`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download what I see (CSV)" }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const rows = Papa.parse<string[]>(readFileSync(path, "utf8").trim()).data;
    expect(rows[0]).toEqual(["Supplier", "Councils", "Payments", "Total paid"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["Redactive Events Ltd"]);
    expect(rows[1]?.[3]).toMatch(/^-?\d+\.\d{2,6}$/);
    await context.close();
  });
});
