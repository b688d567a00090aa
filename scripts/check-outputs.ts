// npm run check-outputs: after `npm run build`, the built site as the real clients read it: the data
// package validated by Frictionless (descriptor, every resource and foreign key, every source's
// sha256), every page by the Nu HTML Checker (needs Java), and without SITE_URL no link to the local
// machine. SITE_DIR (default dist) as for the build; `-- --limit N` lists N problems. Exit code 1 on
// any problem.
import { existsSync } from "node:fs";
import { checkOutputs, outputsSummary } from "../src/lib/check/outputs.ts";
import { countByKind, formatProblems } from "../src/lib/check/problems.ts";
import { commandArgs } from "../src/lib/cli/args.ts";

const { values } = commandArgs(
  "check-outputs",
  "After a build: Frictionless validates the data package, the Nu HTML Checker every page.",
  { limit: { type: "string", default: "50" } },
);
const site = process.env.SITE_DIR ?? "dist";
if (!existsSync(site)) {
  console.error(`${site}/ does not exist: run "npm run build" first.`);
  process.exit(1);
}
const result = await checkOutputs({
  site,
  withoutSiteUrl: !process.env.SITE_URL?.trim(),
  log: (line) => console.error(`[check-outputs] ${line}`),
});
console.log(outputsSummary(result).join("\n"));
if (result.problems.length === 0) console.log("No problems.");
else {
  const kinds = [...countByKind(result.problems)].map(([kind, n]) => `${n} ${kind}`).join(", ");
  console.log(`Problems: ${kinds}\n${formatProblems(result.problems, Number(values.limit)).join("\n")}`);
}
process.exitCode = result.problems.length > 0 ? 1 : 0;
