// Shared helpers for the demo-generator tests: generate into a temp folder, list and read files.
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import iconv from "iconv-lite";
import { type DemoOptions, type DemoSummary, generateDemo } from "../../../src/lib/demo/generate.ts";

export async function generated(
  options: Omit<DemoOptions, "out">,
): Promise<{ dir: string; summary: DemoSummary }> {
  const dir = mkdtempSync(join(tmpdir(), "ledger-demo-"));
  return { dir, summary: await generateDemo({ ...options, out: dir }) };
}

/** Every file under dir, relative and sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** A council file's text lines, decoded the way the council encoded it. */
export function fileLines(dir: string, council: string, file: string): string[] {
  const bytes = readFileSync(join(dir, "councils", council, file));
  const encoding = council === "kestwick" ? "win1252" : council === "fenmouth" ? "cp850" : "utf8";
  return iconv
    .decode(bytes, encoding)
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/);
}
