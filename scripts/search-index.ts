// Build step (after astro build): writes the prefix-sharded name index to <site>/search/names/ from the
// dataset the ingest wrote. `-- --site DIR --dataset DIR` (defaults: SITE_DIR or dist, DATASET_DIR).
import { commandArgs } from "../src/lib/cli/args.ts";
import { DATASET_DIR } from "../src/lib/dataset-dir.ts";
import { nameIndexFromDataset, writeNameIndex } from "../src/lib/search/dataset-names.ts";

const { values } = commandArgs(
  "scripts/search-index.ts",
  "Build step: writes the prefix-sharded name index into the built site.",
  {
    site: { type: "string", default: process.env.SITE_DIR ?? "dist" },
    dataset: { type: "string", default: DATASET_DIR },
  },
);
const started = performance.now();
const index = await nameIndexFromDataset(values.dataset as string);
const dir = writeNameIndex(values.site as string, index);
let bytes = 0;
let largest = 0;
for (const [file, content] of index.files) {
  bytes += content.length;
  if (file !== "manifest.jsonz") largest = Math.max(largest, content.length);
}
const entries = new Set([...index.shards.values()].flatMap((s) => s.entries.map((e) => e[2]))).size;
console.log(
  `Name index: ${entries.toLocaleString("en-GB")} pages in ${index.shards.size.toLocaleString("en-GB")} shards ` +
    `(${(bytes / 1024).toFixed(0)} kB, largest ${(largest / 1024).toFixed(1)} kB, budget ${(index.manifest.budget / 1024).toFixed(0)} kB) ` +
    `written to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
