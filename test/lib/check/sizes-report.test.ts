// Page sizes by type, the gzipped budget for entity pages, and the text summary.
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { formatProblems, type Problem } from "../../../src/lib/check/problems.ts";
import { formatBytes, formatReport } from "../../../src/lib/check/report.ts";
import { checkSite } from "../../../src/lib/check/run.ts";
import { pageType } from "../../../src/lib/check/site-files.ts";
import { createSizeTally } from "../../../src/lib/check/sizes.ts";
import { goodSite, writeSite } from "./helpers.ts";

describe("pageType", () => {
  it("tells the home page, entity pages, browse pages and the rest apart", () => {
    expect(
      [
        "index.html",
        "councils/alpha/index.html",
        "councils/alpha/payments/2/index.html",
        "councils/index.html",
        "suppliers/acme/index.html",
        "contracts/x/index.html",
        "browse/suppliers/a/index.html",
        "data/index.html",
        "404.html",
      ].map(pageType),
    ).toEqual(["home", "council", "council", "other", "supplier", "contract", "browse", "other", "other"]);
  });
});

describe("createSizeTally", () => {
  it("sums bytes per type, gzips the largest page and lists entity pages over the budget", () => {
    const tally = createSizeTally(1000);
    const noisy = new TextEncoder().encode(randomBytes(3000).toString("base64"));
    const repetitive = new TextEncoder().encode("<tr><td>1</td></tr>".repeat(500));
    tally.add("suppliers/noisy/index.html", noisy);
    tally.add("suppliers/plain/index.html", repetitive);
    tally.add("about/index.html", noisy); // not an entity page: no budget
    tally.add("index.html", new Uint8Array(10));
    const report = tally.finish();
    expect(report.byType.supplier.pages).toBe(2);
    expect(report.byType.supplier.bytes).toBe(noisy.length + repetitive.length);
    expect(report.byType.supplier.largest).toEqual({
      file: "suppliers/plain/index.html",
      bytes: repetitive.length,
      gzip: gzipSync(repetitive).length,
    });
    expect(report.overBudget).toEqual([{ file: "suppliers/noisy/index.html", gzip: gzipSync(noisy).length }]);
    expect(report.byType.contract).toEqual({ pages: 0, bytes: 0, largest: null });
  });
});

describe("formatProblems", () => {
  const problem = (kind: string, i: number): Problem => ({ kind, file: `f${i}`, message: `${kind} ${i}` });

  it("shares the listing between kinds so that a few problems are not hidden by many", () => {
    const problems = [
      ...Array.from({ length: 100 }, (_, i) => problem("missing page", i)),
      problem("broken link", 1),
      problem("broken link", 2),
    ];
    expect(formatProblems(problems, 6)).toEqual([
      "missing page (100):",
      "  f0: missing page 0",
      "  f1: missing page 1",
      "  f2: missing page 2",
      "  f3: missing page 3",
      "  … and 96 more",
      "broken link (2):",
      "  f1: broken link 1",
      "  f2: broken link 2",
    ]);
  });
});

describe("formatReport", () => {
  it("summarises pages, links, the dataset and the problems", async () => {
    const files = goodSite();
    files["index.html"] += '<a href="/nowhere/">x</a>';
    const text = formatReport(await checkSite({ site: writeSite(files), base: "/" }));
    expect(text).toMatch(/^Checked .* \(base \/\) in \d+\.\d\d s: 14 files, 8 HTML pages$/m);
    expect(text).toMatch(/^ {2}supplier +2 +\d+ B +suppliers\/acme\/index\.html +\d+ B +\d+ B$/m);
    expect(text).toContain("Links: 21 internal checked; 2 external (https 1, mailto 1), not fetched");
    expect(text).toContain(
      "Dataset: 2 council, 2 supplier and 2 contract pages expected; 1 original file checked",
    );
    expect(text).toContain("1 problem: 1 broken link");
    expect(text).toContain('  index.html: a href "/nowhere/": no page at nowhere/index.html');
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(30 * 1024)).toBe("30.0 kB");
  });
});
