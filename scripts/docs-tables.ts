// npm run docs:tables [-- --check]: writes docs/dataset.md, the columns reference of every published
// table, from the declarations in src/lib/tables/; with --check, only says whether it is up to date
// (exit 1 when it is not).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commandArgs } from "../src/lib/cli/args.ts";
import { TABLE_GROUPS } from "../src/lib/tables/catalogue.ts";
import { datasetDoc } from "../src/lib/tables/docs.ts";

const PATH = join(import.meta.dirname, "..", "docs", "dataset.md");
const { values } = commandArgs(
  "docs:tables",
  "Writes docs/dataset.md from the table declarations (--check: fails when it differs).",
  { check: { type: "boolean", default: false } },
);
const text = datasetDoc(TABLE_GROUPS);
if (values.check) {
  const current = existsSync(PATH) ? readFileSync(PATH, "utf8") : "";
  if (current !== text) {
    console.error("docs/dataset.md is out of date: run npm run docs:tables");
    process.exit(1);
  }
  console.log("docs/dataset.md is up to date");
} else {
  writeFileSync(PATH, text);
  console.log(`Wrote docs/dataset.md (${TABLE_GROUPS.reduce((n, g) => n + g.tables.length, 0)} tables)`);
}
