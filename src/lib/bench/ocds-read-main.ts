// Child process of bench:ocds: reads one OCDS file either as the ingest does (streamed, one release
// at a time) or whole (readFileSync + JSON.parse, the baseline); prints the releases read.
import { readFileSync } from "node:fs";
import { readOcdsFile } from "../ingest/ocds/ocds-file.ts";

const [mode, path] = process.argv.slice(2);
if (mode === "stream") {
  const result = await readOcdsFile(path as string, "bench", "ocds/bench.json");
  console.log(result.summary.kept);
} else {
  const parsed = JSON.parse(readFileSync(path as string, "utf8")) as { releases: unknown[] };
  console.log(parsed.releases.length);
}
