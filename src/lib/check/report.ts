// The checker's summary as text: pages and sizes per type, links checked, the dataset's expected pages,
// entity pages over the size budget, and every problem as "file: message" (the first `limit`).
import { countByKind, formatProblems } from "./problems.ts";
import type { CheckResult } from "./run.ts";
import { PAGE_TYPES } from "./site-files.ts";

const count = (n: number) => n.toLocaleString("en-GB");
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? "" : "s"}`;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function table(rows: string[][], rightAligned: Set<number>): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

export function formatReport(result: CheckResult, limit = 50): string {
  const lines: string[] = [];
  lines.push(
    `Checked ${result.site} (base ${result.base}) in ${result.seconds.toFixed(2)} s: ` +
      `${count(result.files)} files, ${count(result.pages)} HTML pages`,
  );
  lines.push("");
  const rows = [["pages", "count", "total", "largest page", "bytes", "gzip"]];
  let totalBytes = 0;
  for (const type of PAGE_TYPES) {
    const s = result.sizes.byType[type];
    totalBytes += s.bytes;
    rows.push([
      type,
      count(s.pages),
      formatBytes(s.bytes),
      s.largest?.file ?? "-",
      s.largest ? formatBytes(s.largest.bytes) : "-",
      s.largest ? formatBytes(s.largest.gzip) : "-",
    ]);
  }
  rows.push(["all", count(result.pages), formatBytes(totalBytes), "", "", ""]);
  lines.push(...table(rows, new Set([1, 2, 4, 5])).map((l) => `  ${l}`));
  lines.push("");

  const external = Object.entries(result.links.external).sort((a, b) => b[1] - a[1]);
  const externalTotal = external.reduce((sum, [, n]) => sum + n, 0);
  lines.push(
    `Links: ${count(result.links.internal)} internal checked; ${count(externalTotal)} external` +
      (external.length > 0 ? ` (${external.map(([s, n]) => `${s} ${count(n)}`).join(", ")})` : "") +
      ", not fetched",
  );
  const e = result.expected;
  lines.push(
    `Dataset: ${count(e.councils)} council, ${count(e.suppliers)} supplier and ${count(e.contracts)} contract ` +
      `pages expected; ${plural(e.sources, "original file")} checked by sha256`,
  );
  const { overBudget, budget } = result.sizes;
  lines.push(
    `Size: ${plural(overBudget.length, "entity page")} over the ${formatBytes(budget)} gzipped target (a warning)`,
  );
  for (const page of overBudget.slice(0, 10)) lines.push(`  ${page.file}: ${formatBytes(page.gzip)} gzipped`);
  if (overBudget.length > 10) lines.push(`  … and ${overBudget.length - 10} more`);
  lines.push("");
  if (result.problems.length === 0) lines.push("No problems.");
  else {
    const kinds = [...countByKind(result.problems)].map(([kind, n]) => `${count(n)} ${kind}`);
    lines.push(`${plural(result.problems.length, "problem")}: ${kinds.join(", ")}`);
    lines.push(...formatProblems(result.problems, limit));
  }
  return lines.join("\n");
}
