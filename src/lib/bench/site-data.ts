// The generated data folder of bench:site, kept between runs: regenerated only when the options or
// the demo generator's source change (or with --fresh), since 1M payments take a while to write.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDemo } from "../demo/generate.ts";

export interface DataParams {
  payments: number;
  suppliers: number;
  seed: number;
}

const DEMO_DIR = fileURLToPath(new URL("../demo/", import.meta.url));

/** A fingerprint of the generator's source: new code, new data. */
function generatorHash(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(DEMO_DIR).sort()) {
    if (name.endsWith(".ts")) hash.update(name).update(readFileSync(join(DEMO_DIR, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Makes sure `dir` holds the data for `params`; returns whether it was (re)generated and how long it took. */
export async function ensureData(
  dir: string,
  params: DataParams,
  fresh: boolean,
): Promise<{ generated: boolean; seconds: number }> {
  const stampFile = join(dir, ".bench-site.json");
  const stamp = JSON.stringify({ ...params, generator: generatorHash() });
  if (!fresh && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
    return { generated: false, seconds: 0 };
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  await generateDemo({ out: dir, ...params });
  writeFileSync(stampFile, stamp);
  return { generated: true, seconds: (performance.now() - started) / 1000 };
}
