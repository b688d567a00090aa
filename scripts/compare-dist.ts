// npm run compare-dist -- DIR_A DIR_B: the files only one build has and the files whose bytes differ
// (sha256), exit code 1 when there are any; else "identical: N files" and exit code 0.
import { existsSync, statSync } from "node:fs";
import { compareDirs, comparisonReport, sameDirs } from "../src/lib/check/compare-dirs.ts";

const [a, b, ...rest] = process.argv.slice(2);
if (!a || !b || rest.length > 0) {
  console.error("usage: npm run compare-dist -- DIR_A DIR_B");
  process.exit(2);
}
for (const dir of [a, b]) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`${dir} is not a folder`);
    process.exit(2);
  }
}
const comparison = compareDirs(a, b);
console.log(comparisonReport(comparison, a, b));
process.exitCode = sameDirs(comparison) ? 0 : 1;
