import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generated } from "./helpers.ts";

describe("payment volume follows --payments", () => {
  it("writes about the requested number of payments, and four times as many for four times the request", async () => {
    const small = await generated({ payments: 2500, seed: 9 });
    const large = await generated({ payments: 10_000, seed: 9 });
    expect(small.summary.payments).toBeGreaterThan(2500 * 0.97);
    expect(small.summary.payments).toBeLessThan(2500 * 1.03);
    expect(large.summary.payments).toBeGreaterThan(10_000 * 0.98);
    expect(large.summary.payments).toBeLessThan(10_000 * 1.02);
    const ratio = large.summary.records / small.summary.records;
    expect(ratio).toBeGreaterThan(3.7);
    expect(ratio).toBeLessThan(4.3);
  });

  it("reports the bytes it wrote", async () => {
    const { dir, summary } = await generated({ payments: 1500, seed: 4 });
    for (const f of summary.files) {
      const path = f.council ? join(dir, "councils", f.council, f.file) : join(dir, f.file);
      expect(readFileSync(path).length, f.file).toBe(f.bytes);
    }
    expect(summary.bytes).toBe(summary.files.reduce((n, f) => n + f.bytes, 0));
  });
});
