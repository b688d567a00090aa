// npm run corpus [-- --mirrors DIR] [-- --only devon,warwickshire] [-- --keep DIR]: lays out the mirrored
// real councils' histories that are present (MIRRORS_DIR, default /work/.mirror) as a data folder in a
// temporary folder, ingests it and prints what was set aside per council and reason. Skips, saying
// so, when no mirror is present.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commandArgs } from "../src/lib/cli/args.ts";
import { loadDataConfig } from "../src/lib/config/load.ts";
import { CORPORA } from "../src/lib/corpus/corpora.ts";
import { layOutCorpora, layoutNotes } from "../src/lib/corpus/layout.ts";
import { setAsideReport } from "../src/lib/ingest/output/set-aside-report.ts";
import { runIngest } from "../src/lib/ingest/run.ts";

const { values } = commandArgs(
  "corpus",
  "Lays out mirrored real histories as data folders, ingests them, and reports what was set aside.",
  {
    mirrors: { type: "string", default: process.env.MIRRORS_DIR ?? "/work/.mirror" },
    only: { type: "string" },
    keep: { type: "string" },
  },
);
const only = values.only?.split(",").map((s) => s.trim());
const corpora = only ? CORPORA.filter((c) => only.includes(c.slug)) : CORPORA;
const work = values.keep ?? mkdtempSync(join(tmpdir(), "ledger-corpus-"));
const dataDir = join(work, "data");
try {
  const layout = layOutCorpora(values.mirrors as string, dataDir, corpora);
  for (const line of layoutNotes(layout)) console.log(line);
  if (layout.corpora.length === 0) {
    console.log(
      `corpus check skipped: no mirror of ${corpora.map((c) => c.repository).join(", ")} under ${values.mirrors}`,
    );
  } else {
    const config = loadDataConfig(dataDir);
    const started = performance.now();
    const result = await runIngest(config, join(work, "dataset"));
    console.log(`\ningested in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    console.log(
      setAsideReport(
        result.files,
        config.councils.map((c) => c.slug),
      ),
    );
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
