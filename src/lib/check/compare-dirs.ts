// Two builds compared file by file: the files only one side has, and the files on both whose bytes
// differ (by sha256). `npm run compare-dist -- DIR_A DIR_B` prints it.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listSiteFiles } from "./site-files.ts";

export interface DirComparison {
  /** Paths relative to each folder, "/"-separated and sorted. */
  onlyInA: string[];
  onlyInB: string[];
  /** On both sides with different bytes. */
  differing: string[];
  /** Files on both sides with the same bytes. */
  identical: number;
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

export function compareDirs(a: string, b: string): DirComparison {
  const filesA = listSiteFiles(a);
  const filesB = new Set(listSiteFiles(b));
  const inA = new Set(filesA);
  const comparison: DirComparison = {
    onlyInA: filesA.filter((f) => !filesB.has(f)),
    onlyInB: [...filesB].filter((f) => !inA.has(f)),
    differing: [],
    identical: 0,
  };
  for (const file of filesA) {
    if (!filesB.has(file)) continue;
    if (sha256(join(a, file)) === sha256(join(b, file))) comparison.identical++;
    else comparison.differing.push(file);
  }
  return comparison;
}

export const sameDirs = (c: DirComparison): boolean =>
  c.onlyInA.length === 0 && c.onlyInB.length === 0 && c.differing.length === 0;

/** "identical: N files", or a section per kind of difference, one path a line. */
export function comparisonReport(c: DirComparison, a: string, b: string): string {
  if (sameDirs(c)) return `identical: ${c.identical.toLocaleString("en-GB")} files`;
  const sections: [string, string[]][] = [
    [`only in ${a}`, c.onlyInA],
    [`only in ${b}`, c.onlyInB],
    ["bytes differ", c.differing],
  ];
  return sections
    .filter(([, files]) => files.length > 0)
    .flatMap(([title, files]) => [
      `${title} (${files.length.toLocaleString("en-GB")}):`,
      ...files.map((f) => `  ${f}`),
    ])
    .concat(`${c.identical.toLocaleString("en-GB")} files identical`)
    .join("\n");
}
