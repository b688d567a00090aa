// The payments browser reads payments.parquet by HTTP range requests only: over a generated file of
// 600,000 payments (well over 10 MB) served by `astro preview`, every request for it asks for a
// range and is answered 206, no answer is over 10 MB, and a narrow filter (a council's month, one
// supplier) fetches a small part of the file. The site is the mini fixture's, its payments.parquet
// replaced by the generated one (written by the build's own writer).
import { spawnSync } from "node:child_process";
import { rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writePaymentsParquet } from "../../src/lib/columnar/parquet-tables.ts";
import { Random } from "../../src/lib/demo/random.ts";
import { PAYMENTS } from "../../src/lib/tables/payments.ts";
import { launchChromium } from "./browser.ts";
import { astroPreview, type RunningServer } from "./preview-server.ts";
import { buildSite } from "./site.ts";

const MINI = resolve(import.meta.dirname, "../fixtures/mini");
const PAYMENTS_COUNT = 600_000;
const TEN_MB = 10_000_000;

let browser: Browser;
let preview: RunningServer;
let parquetBytes = 0;

/** Generated payments for the mini fixture's councils, six financial years, 3,000 suppliers. */
function generatedCsv(path: string): void {
  const random = new Random(20);
  const lines = [PAYMENTS.header];
  const start = Date.UTC(2019, 3, 1);
  for (let i = 0; i < PAYMENTS_COUNT; i++) {
    const council = i % 3 === 0 ? "beta" : "alpha";
    const date = new Date(start + random.int(0, 6 * 365 - 1) * 86_400_000).toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);
    const supplier = `gen-${random.skewedIndex(3000)}`;
    const amount = `${random.int(-500, 250_000)}.${String(random.int(0, 99)).padStart(2, "0")}`;
    const reference = `INV-${random.int(0, 1e9).toString(36)}-${i}`;
    lines.push(
      [
        `g-${i}`,
        council,
        date,
        `${year}-${String((year + 1) % 100).padStart(2, "0")}`,
        amount,
        supplier,
        `Supplier ${supplier} Ltd`,
        "false",
        "false",
        `Department ${random.int(1, 40)}`,
        `Expense type ${random.int(1, 300)}`,
        `Order ${random.int(0, 1e12).toString(36)}`,
        reference,
        "false",
        `spend/${date.slice(0, 7)}.csv`,
        String(2 + (i % 5000)),
      ].join(","),
    );
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

beforeAll(async () => {
  const built = await buildSite({ dataDir: MINI, name: "e2e-payments-range-build" });
  // A copy of the built site (hard links: fast, and the build is left as it was) with the large file.
  const site = `${built}-large`;
  rmSync(site, { recursive: true, force: true });
  expect(spawnSync("cp", ["-al", built, site]).status).toBe(0);
  const csv = join(site, "generated-payments.csv");
  generatedCsv(csv);
  const parquet = join(site, "data/payments.parquet");
  rmSync(parquet);
  expect(await writePaymentsParquet(csv, parquet)).toBe(PAYMENTS_COUNT);
  rmSync(csv);
  parquetBytes = statSync(parquet).size;
  preview = await astroPreview(site);
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  preview?.stop();
});

interface Fetched {
  range: string | undefined;
  status: number;
  bytes: number;
}

/** Opens /payments/ with a query, recording every request for payments.parquet until the count shows. */
async function fetchedFor(query: string): Promise<{ fetched: Fetched[]; status: string }> {
  const page: Page = await browser.newPage();
  const fetched: Promise<Fetched>[] = [];
  page.on("response", (response) => {
    if (!response.url().includes("payments.parquet")) return;
    // The size the host sent (Content-Length; a 206 also states the range it holds, checked to agree).
    fetched.push(
      response.allHeaders().then((headers) => {
        const bytes = Number(headers["content-length"]);
        const range = /^bytes (\d+)-(\d+)\//.exec(headers["content-range"] ?? "");
        if (range) expect(Number(range[2]) - Number(range[1]) + 1).toBe(bytes);
        return { range: response.request().headers().range, status: response.status(), bytes };
      }),
    );
  });
  await page.goto(`${preview.url}payments/${query}`);
  await page.waitForFunction(
    () => /match|could not|whole files/.test(document.getElementById("payments-status")?.textContent ?? ""),
    undefined,
    { timeout: 120_000 },
  );
  const status = (await page.locator("#payments-status").textContent()) ?? "";
  const all = await Promise.all(fetched);
  await page.close();
  return { fetched: all, status };
}

const total = (fetched: Fetched[]) => fetched.reduce((n, f) => n + f.bytes, 0);

describe("the payments browser over a payments.parquet of 600,000 payments", () => {
  it("is over 10 MB", () => {
    expect(parquetBytes).toBeGreaterThan(TEN_MB);
  });

  for (const [label, query, most] of [
    ["one council's month", "?council=beta&from=2022-06-01&to=2022-06-30", 0.2],
    ["one supplier", "?supplier_id=gen-2999", 0.35],
    ["everything, newest first", "", 1],
    ["everything, largest first", "?sort=amount-desc", 1],
  ] as const) {
    it(`reads ${label} by range requests only, none over 10 MB`, async () => {
      const { fetched, status } = await fetchedFor(query);
      expect(status).toMatch(/payments? match/);
      expect(fetched.length).toBeGreaterThan(0);
      for (const f of fetched) {
        expect(f.range).toMatch(/^bytes=\d+-\d+$/);
        expect(f.status).toBe(206);
        expect(f.bytes).toBeLessThan(TEN_MB);
      }
      console.log(
        `${label}: ${fetched.length} range requests, ${(total(fetched) / 1e6).toFixed(1)} MB of ${(parquetBytes / 1e6).toFixed(1)} MB; ${status}`,
      );
      expect(total(fetched)).toBeLessThan(parquetBytes * most);
    }, 180_000);
  }
});
