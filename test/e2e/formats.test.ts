// A council that publishes a workbook and a ZIP archive, built into a site: the originals are
// downloadable byte for byte, and the line viewer says where a workbook's row or an archive member's
// line is (and links the original) instead of pretending to decode it.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { zipOf } from "../helpers/zip-file.ts";
import { servedSite } from "./served-site.ts";

const sheet = (rows: (string | number)[][]) => XLSX.utils.aoa_to_sheet(rows);
const WORKBOOK = XLSX.write(
  {
    SheetNames: ["Notes", "April"],
    Sheets: {
      Notes: sheet([["Payments over £500"]]),
      April: sheet([
        ["Clearing Date", "Supplier", "Amount"],
        ["Apr 2024", "Acme Ltd", 120.5],
      ]),
    },
  },
  { type: "buffer", bookType: "xlsx" },
) as Buffer;
const ARCHIVE = zipOf([{ name: "2024-05.csv", data: "Date,Supplier,Amount\n01/05/2024,Beta Ltd,7.25\n" }]);

const DATA = mkdtempSync(join(tmpdir(), "e2e-formats-"));
const spend = join(DATA, "councils", "bookshire", "spend");
mkdirSync(spend, { recursive: true });
writeFileSync(
  join(DATA, "partnership.json"),
  JSON.stringify({ name: "Formats", description: "Workbooks and archives.", councils: ["bookshire"] }),
);
writeFileSync(
  join(DATA, "councils", "bookshire", "council.json"),
  JSON.stringify({ name: "Bookshire Council" }),
);
writeFileSync(join(spend, "2024-04.xlsx"), WORKBOOK);
writeFileSync(join(spend, "2024.zip"), ARCHIVE);

const site = servedSite(DATA, "e2e-formats");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function viewerText(file: string, line: number) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(`source-line/?file=${encodeURIComponent(file)}&line=${line}`, site.url).toString());
  const view = page.locator("#source-line section");
  await view.waitFor();
  const text = (await view.textContent()) ?? "";
  const href = await page.getByRole("link", { name: "Download the file as published" }).getAttribute("href");
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  await context.close();
  return { text, href, violations: axe.violations.map((v) => v.id) };
}

describe("a workbook and an archive, published", () => {
  it("says which sheet and row a workbook's line is, and links the workbook", async () => {
    const { text, href, violations } = await viewerText("bookshire/spend/2024-04.xlsx", 3);
    expect(text).toContain('Line 3 is row 2 of the sheet "April" of this workbook.');
    expect(href).toBe("/sources/bookshire/spend/2024-04.xlsx");
    expect(violations).toEqual([]);
  });

  it("says which member and line an archive's line is, and links the archive", async () => {
    const { text, href } = await viewerText("bookshire/spend/2024.zip!/2024-05.csv", 2);
    expect(text).toContain("Line 2 is line 2 of 2024-05.csv, a file inside the archive spend/2024.zip.");
    expect(href).toBe("/sources/bookshire/spend/2024.zip");
  });

  it("publishes the originals byte for byte", async () => {
    for (const [path, bytes] of [
      ["sources/bookshire/spend/2024-04.xlsx", WORKBOOK],
      ["sources/bookshire/spend/2024.zip", ARCHIVE],
    ] as const) {
      const response = await fetch(new URL(path, site.url));
      expect(sha256(Buffer.from(await response.arrayBuffer())), path).toBe(sha256(bytes));
    }
  });

  it("notes on /data-quality/ the sheet not read, the month with no day, and the archive's hash", async () => {
    const response = await fetch(new URL("data-quality/", site.url));
    const html = await response.text();
    expect(html).toContain("sheet &quot;Notes&quot; (lines 1-1) holds no table of this kind: not read");
    expect(html).toContain("1 date published as a month with no day");
    expect(html).toContain(sha256(ARCHIVE));
  });
});
