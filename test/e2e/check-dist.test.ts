// The post-build checker over the mini fixture site, built at the root and under /transparency/: every
// link and anchor resolves, nothing leaves the base path, every council, supplier and contract of the
// dataset has its page and every original file is published unchanged. Then the real clients: the
// data package through Frictionless, every page through the Nu HTML Checker, and no link to the
// machine it was built on (built without SITE_URL); and each of them finds a fault put in a copy.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { checkOutputs, outputsSummary } from "../../src/lib/check/outputs.ts";
import { formatReport } from "../../src/lib/check/report.ts";
import { type CheckResult, checkSite } from "../../src/lib/check/run.ts";
import { PUBLISHED_TABLES } from "../../src/lib/tables/catalogue.ts";
import { buildSite } from "./site.ts";

const MINI = resolve(import.meta.dirname, "../fixtures/mini");
const results = new Map<string, CheckResult>();

beforeAll(async () => {
  const bases = ["/", "/transparency/"];
  const sites = await Promise.all(
    bases.map((basePath, i) => buildSite({ dataDir: MINI, name: `e2e-check-${i}`, basePath })),
  );
  for (const [i, site] of sites.entries()) {
    const base = bases[i] as string;
    results.set(base, await checkSite({ site, base }));
  }
}, 180_000);

describe.each(["/", "/transparency/"])("the mini site built under %s", (base) => {
  it("has no problems", () => {
    const result = results.get(base) as CheckResult;
    expect(
      result.problems.map((p) => `${p.file}: ${p.message}`),
      formatReport(result),
    ).toEqual([]);
  });

  it("has a page for every council, supplier and contract, each within the size target", () => {
    const result = results.get(base) as CheckResult;
    expect(result.expected.councils).toBeGreaterThan(0);
    expect(result.expected.suppliers).toBeGreaterThan(0);
    expect(result.expected.contracts).toBeGreaterThan(0);
    expect(result.sizes.byType.council.pages).toBeGreaterThanOrEqual(result.expected.councils);
    expect(result.sizes.byType.supplier.pages).toBe(result.expected.suppliers);
    expect(result.sizes.byType.contract.pages).toBe(result.expected.contracts);
    expect(result.sizes.overBudget).toEqual([]);
    expect(result.links.internal).toBeGreaterThan(0);
  });
});

describe("the mini site as the real clients read it (Frictionless, the Nu HTML Checker)", () => {
  const site = resolve(import.meta.dirname, "../../.cache/e2e-check-0");

  it("has a valid data package with every table, source and foreign key, valid HTML and no local links", async () => {
    const result = await checkOutputs({ site, withoutSiteUrl: true });
    expect(
      result.problems.map((p) => `${p.file}: ${p.message}`),
      outputsSummary(result).join("\n"),
    ).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(site, "data/datapackage.json"), "utf8"));
    const names = pkg.resources.map((r: { name: string }) => r.name);
    for (const table of PUBLISHED_TABLES) expect(names).toContain(table.name);
    expect(names).toEqual(expect.arrayContaining(["payments-parquet", "contracts-alpha", "contracts-beta"]));
    for (const r of pkg.resources.filter((r: { format?: string }) => r.format !== "parquet"))
      expect(r.dialect, r.name).toMatchObject({ delimiter: ",", header: true });
    expect(result.dataPackage.sources).toBe(pkg.sources.length);
    expect(result.dataPackage.sources).toBeGreaterThan(0);
    expect(result.dataPackage.foreignKeys).toBeGreaterThanOrEqual(8);
    // Keys from or into payments.csv.gz are checked by reading it (the library reads plain CSV only).
    expect(result.dataPackage.keysByLibrary).toBeLessThan(result.dataPackage.foreignKeys);
    expect(result.pages).toBeGreaterThan(20);
  }, 120_000);

  it("reports a row whose supplier is unknown, a missing source, invalid HTML and a local link", async () => {
    const copy = mkdtempSync(join(tmpdir(), "outputs-"));
    cpSync(site, copy, { recursive: true });
    const data = join(copy, "data");
    // A payment to a supplier suppliers.csv does not have, with the descriptor's size and hash updated.
    const payments = join(data, "payments.csv.gz");
    const lines = gunzipSync(readFileSync(payments)).toString("utf8").split("\n");
    const header = (lines[0] ?? "").split(",");
    const row = (lines[1] ?? "").split(",");
    row[header.indexOf("id")] = "p-extra";
    row[header.indexOf("supplier_id")] = "no-such-supplier";
    writeFileSync(payments, gzipSync(`${lines.filter(Boolean).join("\n")}\n${row.join(",")}\n`));
    const pkg = JSON.parse(readFileSync(join(data, "datapackage.json"), "utf8"));
    const entry = pkg.resources.find((r: { name: string }) => r.name === "payments");
    const bytes = readFileSync(payments);
    entry.bytes = bytes.length;
    entry.hash = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    pkg.sources[0].path = "../sources/nowhere.csv";
    writeFileSync(join(data, "datapackage.json"), JSON.stringify(pkg));
    const page = join(copy, "about/index.html");
    writeFileSync(
      page,
      readFileSync(page, "utf8").replace(
        "</main>",
        "<figure><p>a</p><figcaption>x</figcaption><details><summary>s</summary></details></figure></main>",
      ),
    );
    writeFileSync(
      join(copy, "embed/local.json"),
      '{"html":"<iframe src=\\"http://localhost:4321/embed/x/\\">"}',
    );

    const result = await checkOutputs({ site: copy, withoutSiteUrl: true });
    const found = result.problems.map((p) => `${p.kind} ${p.file}: ${p.message}`);
    expect(
      found.some((p) => p.startsWith("data package data/payments.csv.gz") && p.includes("foreign key")),
    ).toBe(true);
    expect(found).toContain("data package data/../sources/nowhere.csv: the file it names does not exist");
    expect(found.some((p) => p.startsWith("invalid HTML about/index.html: line "))).toBe(true);
    expect(found).toContain(
      "link to the local machine embed/local.json: links to http://localhost:4321/embed/x/",
    );
  }, 120_000);
});
