// The closing summary printed after an ingest: files and rows per council, top reject reasons.
import type { FileQuality } from "../../model.ts";
import { topReasons } from "./quality-report.ts";

const pad = (text: string, width: number, right = false) =>
  right ? text.padStart(width) : text.padEnd(width);
const n = (value: number) => value.toLocaleString("en-GB");

export function summaryTable(files: FileQuality[], councils: string[]): string {
  const rows = councils.map((council) => {
    const own = files.filter((f) => f.council === council);
    return [
      council,
      n(own.length),
      n(own.filter((f) => f.file_reason).length),
      n(own.reduce((s, f) => s + f.rows, 0)),
      n(own.reduce((s, f) => s + f.accepted, 0)),
      n(own.reduce((s, f) => s + f.rejected, 0)),
    ];
  });
  rows.push([
    "all",
    n(files.length),
    n(files.filter((f) => f.file_reason).length),
    n(files.reduce((s, f) => s + f.rows, 0)),
    n(files.reduce((s, f) => s + f.accepted, 0)),
    n(files.reduce((s, f) => s + f.rejected, 0)),
  ]);
  const head = ["council", "files", "not used", "rows", "kept", "rejected"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const format = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] as number, i > 0)).join("  ");
  const lines = [format(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(format)];
  const reasons = topReasons(files, 8);
  if (reasons.length > 0) {
    lines.push("", "Top reject reasons:");
    for (const r of reasons) lines.push(`  ${pad(n(r.count), 8, true)}  ${r.reason}`);
  }
  return lines.join("\n");
}
