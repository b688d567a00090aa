// Payment files read on worker threads give the same output bytes as reading them on the main
// thread (councils are merged in order; supplier ids resolved over all of them either way).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../../src/lib/config/load.ts";
import { runIngest } from "../../../../src/lib/ingest/run.ts";
import { workerEnv } from "../../../../src/lib/ingest/threads/spend-pool.ts";

const ROOT = resolve(import.meta.dirname, "../../../..");

async function outputs(dataDir: string, workers: number): Promise<Map<string, Buffer>> {
  const out = mkdtempSync(join(tmpdir(), `ledger-workers-${workers}-`));
  const result = await runIngest(loadDataConfig(dataDir), out, undefined, { workers });
  expect(result.payments).toBeGreaterThan(0);
  return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
}

describe("ingest on worker threads", () => {
  for (const dataset of ["test/fixtures/mini", "test/fixtures/odd-files", "data"]) {
    it(`writes the same bytes as the single-threaded ingest (${dataset})`, async () => {
      const dir = join(ROOT, dataset);
      const inline = await outputs(dir, 0);
      for (const workers of [1, 2]) {
        const threaded = await outputs(dir, workers);
        expect([...threaded.keys()].sort()).toEqual([...inline.keys()].sort());
        for (const [name, bytes] of inline) {
          expect(threaded.get(name)?.equals(bytes), `${name} with ${workers} worker(s)`).toBe(true);
        }
      }
    }, 60_000);
  }
});

describe("worker environment", () => {
  it("turns Node's compile cache on where it can be written, and off where it cannot", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "ledger-cache-")), "cache");
    expect(workerEnv({ NODE_COMPILE_CACHE: dir }).NODE_COMPILE_CACHE).toBe(dir);
    expect(existsSync(dir)).toBe(true);
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    // A path under a file can never be a directory: the workers get no cache rather than hang.
    expect(workerEnv({ NODE_COMPILE_CACHE: join(file, "cache") })).not.toHaveProperty("NODE_COMPILE_CACHE");
  });
});
