// npm run lighthouse [-- --only KIND]: after `npm run build`, Lighthouse (mobile) over one page of each
// kind in the built site (SITE_DIR, default dist; BASE_PATH as for the build), with Debian's Chromium
// (CHROME_PATH, default /usr/bin/chromium). Prints a Markdown table of the four category scores and
// the layout shift (docs/lighthouse.md holds the figures); exit code 1 when any score is under 95.
import { existsSync } from "node:fs";
import { CATEGORIES, lighthouseTable, runLighthouse, TARGET } from "../src/lib/check/lighthouse.ts";
import { commandArgs } from "../src/lib/cli/args.ts";

const { values } = commandArgs("lighthouse", "After a build: Lighthouse (mobile) on one page of each kind.", {
  only: { type: "string" },
});
const site = process.env.SITE_DIR ?? "dist";
if (!existsSync(site)) {
  console.error(`${site}/ does not exist: run "npm run build" first.`);
  process.exit(1);
}
const results = await runLighthouse(site, {
  base: process.env.BASE_PATH ?? "/",
  ...(values.only ? { only: values.only } : {}),
  log: (line) => console.error(`[lighthouse] ${line}`),
});
const { lines, ok } = lighthouseTable(results);
console.log(lines.join("\n"));
for (const r of results)
  if (CATEGORIES.some((c) => r.scores[c] < TARGET)) console.log(`\n/${r.path}: ${r.failing.join("; ")}`);
console.log(ok ? `\nEvery score is at least ${TARGET}.` : `\nSome scores are under ${TARGET}.`);
process.exitCode = ok ? 0 : 1;
