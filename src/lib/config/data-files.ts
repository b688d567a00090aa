// The data folder and a council's published files, found without reading or validating the
// configuration (so the ingest can size its worker threads while zod and the schema load).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The data folder: DATA_DIR from the environment, else data/ in the working directory. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR && env.DATA_DIR.trim() !== "" ? env.DATA_DIR : "data";
}

/** The council's published files of one kind, in a stable order (by name). */
export function listCouncilFiles(dir: string, kind: "spend" | "contracts"): string[] {
  const folder = join(dir, kind);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.(csv|txt)$/i.test(name) && statSync(join(folder, name)).isFile())
    .map((name) => `${kind}/${name}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
