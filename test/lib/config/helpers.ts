// Temporary data folders for configuration tests, and the ConfigError a call throws.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "../../../src/lib/config/load.ts";

/** A data folder with partnership.json and one council.json per entry (each with an empty spend/). */
export function dataDir(partnership: unknown, councils: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "ledger-config-"));
  writeFileSync(join(dir, "partnership.json"), JSON.stringify(partnership));
  for (const [slug, council] of Object.entries(councils)) {
    mkdirSync(join(dir, "councils", slug, "spend"), { recursive: true });
    writeFileSync(join(dir, "councils", slug, "council.json"), JSON.stringify(council));
  }
  return dir;
}

export function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}
