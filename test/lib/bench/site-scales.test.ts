// bench:site at several sizes: dist/ counted as a host counts it, and each figure's growth per
// payment against the smallest size, called linear or worse in the printed table.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distTotals } from "../../../src/lib/bench/dist-totals.ts";
import type { TreeMeasurement } from "../../../src/lib/bench/site-measure.ts";
import { type BuildFigures, formatScales, growthPerPayment } from "../../../src/lib/bench/site-scales.ts";

describe("distTotals", () => {
  it("counts files, bytes and pages, by top-level folder, largest first", () => {
    const site = mkdtempSync(join(tmpdir(), "dist-totals-"));
    mkdirSync(join(site, "suppliers", "acme"), { recursive: true });
    mkdirSync(join(site, "data"));
    writeFileSync(join(site, "index.html"), "x".repeat(10));
    writeFileSync(join(site, "suppliers", "acme", "index.html"), "x".repeat(100));
    writeFileSync(join(site, "data", "payments.csv"), "x".repeat(1000));
    const totals = distTotals(site);
    expect(totals).toMatchObject({ files: 3, bytes: 1110, pages: 2 });
    expect(totals.folders).toEqual([
      { folder: "data", files: 1, bytes: 1000 },
      { folder: "suppliers", files: 1, bytes: 100 },
      { folder: "", files: 1, bytes: 10 },
    ]);
    expect(totals.diskBytes).toBeGreaterThanOrEqual(1110);
  });
});

describe("growth per payment", () => {
  it("is 1 for a figure that grows with the payments, above 1 when it grows faster", () => {
    expect(growthPerPayment({ value: 60, payments: 1e6 }, { value: 180, payments: 3e6 })).toBe(1);
    expect(growthPerPayment({ value: 60, payments: 1e6 }, { value: 360, payments: 3e6 })).toBe(2);
  });

  const build = (seconds: number, rss: number): TreeMeasurement => ({
    seconds,
    cpuSeconds: seconds * 1.5,
    peakTreeRssBytes: rss,
    peakProcessRssBytes: rss,
    processRssSource: "sampled",
    stages: [{ label: "Ingest", seconds: seconds / 4, cpuSeconds: seconds / 2, peakTreeRssBytes: rss }],
    kept: [],
  });
  const figures = (
    label: string,
    payments: number,
    seconds: number,
    rss: number,
    files: number,
  ): BuildFigures => ({
    label,
    payments,
    suppliers: payments / 100,
    build: build(seconds, rss),
    dist: { files, bytes: files * 1000, pages: files / 2, diskBytes: files * 4096, folders: [] },
  });

  it("prints each size, its growth, and the 10M memory target", () => {
    const text = formatScales([
      figures("1M", 1e6, 60, 1 * 1024 ** 3, 30_000),
      figures("10M", 1e7, 900, 9 * 1024 ** 3, 300_000),
    ]);
    expect(text).toMatch(/wall s\s+10M 1\.50: WORSE THAN LINEAR/);
    expect(text).toMatch(/peak RSS \(tree\)\s+10M 0\.90: linear or better/);
    expect(text).toMatch(/dist\/ files\s+10M 1\.00: linear or better/);
    expect(text).toContain("10M: peak RSS 9.00 GB (target ≤ 8.00 GB: NOT MET)");
  });
});
