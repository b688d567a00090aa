// Child process of bench:ocds: reads one OCDS file either as the ingest does (streamed, each release
// merged into its contract as it is read) or whole (readFileSync + JSON.parse, the baseline); prints
// the releases read and, streamed, the contracts merged.
import { readFileSync } from "node:fs";
import { ContractMerger } from "../ingest/ocds/merge.ts";
import { readOcdsFile } from "../ingest/ocds/ocds-file.ts";

const [mode, path] = process.argv.slice(2);
if (mode === "stream") {
  const merger = new ContractMerger("bench");
  const result = await readOcdsFile(path as string, "bench", "ocds/bench.json", undefined, (release) =>
    merger.add(release),
  );
  console.log(`${result.summary.kept} ${merger.finish().length}`);
} else {
  const parsed = JSON.parse(readFileSync(path as string, "utf8")) as { releases: { ocid: string }[] };
  console.log(`${parsed.releases.length} ${new Set(parsed.releases.map((r) => r.ocid)).size}`);
}
