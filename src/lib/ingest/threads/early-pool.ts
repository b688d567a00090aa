// Starts the ingest's worker threads before the configuration is read: loading zod and the schema
// takes this thread about a tenth of a second, which the workers spend loading their own modules.
// Councils come from partnership.json read as plain JSON; anything unexpected starts no pool, and
// the configuration check that follows reports it properly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listCouncilFiles } from "../../config/data-files.ts";
import { SpendPool } from "./spend-pool.ts";
import { type SpendFiles, workerCount } from "./worker-count.ts";

/** The councils' payment files as partnership.json lists them, or null when it cannot be read. */
export function councilSpendFiles(dataDir: string): SpendFiles[] | null {
  try {
    const text = readFileSync(join(dataDir, "partnership.json"), "utf8").replace(/^\uFEFF/, "");
    const { councils } = JSON.parse(text) as { councils?: unknown };
    if (!Array.isArray(councils) || !councils.every((slug) => typeof slug === "string")) return null;
    return councils.map((slug: string) => {
      const dir = join(dataDir, "councils", slug);
      return { dir, files: listCouncilFiles(dir, "spend") };
    });
  } catch {
    return null;
  }
}

/** A pool of as many workers as the ingest of dataDir will want, or null for none. */
export function startEarlyPool(dataDir: string): SpendPool | null {
  const councils = councilSpendFiles(dataDir);
  const workers = councils ? workerCount(councils, {}) : 0;
  return workers > 0 ? new SpendPool(workers) : null;
}
