// npm run check-dist: checks the built site after `npm run build` — every internal link and anchor,
// links outside the base path, a page for every council, supplier and contract in the dataset, the
// original files' sha256, and page sizes. Exit code 1 when there is any problem.
// SITE_DIR (default dist) and BASE_PATH (default /) as for the build; `-- --limit N` lists N problems.
import { existsSync } from "node:fs";
import { formatReport } from "../src/lib/check/report.ts";
import { checkSite } from "../src/lib/check/run.ts";
import { commandArgs } from "../src/lib/cli/args.ts";

const { values } = commandArgs(
  "check-dist",
  "After a build: every internal link and anchor resolves, every entity has its page, originals match.",
  { limit: { type: "string", default: "50" } },
);
const site = process.env.SITE_DIR ?? "dist";
if (!existsSync(site)) {
  console.error(`${site}/ does not exist: run "npm run build" first.`);
  process.exit(1);
}
const result = await checkSite({ site, base: process.env.BASE_PATH ?? "/" });
console.log(formatReport(result, Number(values.limit)));
process.exitCode = result.problems.length > 0 ? 1 : 0;
