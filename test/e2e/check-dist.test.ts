// The post-build checker over the mini fixture site, built at the root and under /transparency/: every
// link and anchor resolves, nothing leaves the base path, every council, supplier and contract of the
// dataset has its page and every original file is published unchanged.
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatReport } from "../../src/lib/check/report.ts";
import { type CheckResult, checkSite } from "../../src/lib/check/run.ts";
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
