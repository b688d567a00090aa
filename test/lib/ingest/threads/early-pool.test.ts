// The ingest's worker threads start before the configuration is read (scripts/ingest.ts): sized from
// partnership.json read as plain JSON, and used by the ingest only when it wants as many threads.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listCouncilFiles, loadDataConfig } from "../../../../src/lib/config/load.ts";
import { runIngest } from "../../../../src/lib/ingest/run.ts";
import { councilSpendFiles, startEarlyPool } from "../../../../src/lib/ingest/threads/early-pool.ts";
import { SpendPool } from "../../../../src/lib/ingest/threads/spend-pool.ts";

const MINI = resolve(import.meta.dirname, "../../../fixtures/mini");

function dataDirWith(partnership: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ledger-early-"));
  mkdirSync(join(dir, "councils"));
  writeFileSync(join(dir, "partnership.json"), partnership);
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("councilSpendFiles", () => {
  it("lists each council's payment files as the configuration will", () => {
    const config = loadDataConfig(MINI);
    expect(councilSpendFiles(MINI)).toEqual(
      config.councils.map((c) => ({ dir: c.dir, files: listCouncilFiles(c.dir, "spend") })),
    );
  });

  it("gives up, quietly, on a partnership.json the configuration check will report", () => {
    expect(councilSpendFiles(join(MINI, "no-such-folder"))).toBeNull();
    expect(councilSpendFiles(dataDirWith("{ not json"))).toBeNull();
    expect(councilSpendFiles(dataDirWith('{ "councils": "alpha" }'))).toBeNull();
    expect(councilSpendFiles(dataDirWith('{ "councils": ["alpha", 2] }'))).toBeNull();
  });
});

describe("startEarlyPool", () => {
  it("starts no threads for a small data folder or one it cannot read", () => {
    expect(startEarlyPool(MINI)).toBeNull();
    expect(startEarlyPool(dataDirWith("{ not json"))).toBeNull();
  });

  it("starts as many threads as the ingest will want", async () => {
    vi.stubEnv("INGEST_WORKERS", "2");
    const pool = startEarlyPool(MINI);
    expect(pool?.size).toBe(2);
    await pool?.close();
  });
});

describe("runIngest with a pool started early", () => {
  async function ingest(options: { workers: number; pool: SpendPool }): Promise<Map<string, string>> {
    const out = mkdtempSync(join(tmpdir(), "ledger-early-out-"));
    await runIngest(loadDataConfig(MINI), out, undefined, options);
    return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name), "utf8")]));
  }

  it("uses it when it has as many threads as wanted, and closes it", async () => {
    const pool = new SpendPool(2);
    const start = vi.spyOn(pool, "start");
    const close = vi.spyOn(pool, "close");
    const outputs = await ingest({ workers: 2, pool });
    expect(start).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
    expect(outputs.get("payments.csv")).toContain("alpha");
  });

  it("closes it unused when the ingest wants another number, with the same outputs", async () => {
    const used = await ingest({ workers: 2, pool: new SpendPool(2) });
    const pool = new SpendPool(1);
    const start = vi.spyOn(pool, "start");
    const close = vi.spyOn(pool, "close");
    expect(await ingest({ workers: 2, pool })).toEqual(used);
    expect(start).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
