// quality.json: per-file accounting, per-council totals and the commonest reject reasons.
import type { DataConfig } from "../../config/load.ts";
import type { FileQuality } from "../../model.ts";
import { formatDecimal } from "../../money.ts";

export interface CouncilQuality {
  council: string;
  name: string;
  files: number;
  files_not_used: number;
  rows: number;
  accepted: number;
  rejected: number;
  amount_total: string;
}

export interface QualityReport {
  partnership: string;
  councils: CouncilQuality[];
  totals: { files: number; rows: number; accepted: number; rejected: number; amount_total: string };
  reject_reasons: { reason: string; count: number }[];
  files: FileQuality[];
}

/** A reason without its particulars, so like rejects group together ("date not valid: …"). */
export function reasonCategory(reason: string): string {
  if (reason.startsWith("duplicate of ")) return "duplicate of a record in another file";
  if (reason.startsWith("replaced by ")) return "replaced by a corrected re-issue";
  return reason
    .replace(/: ".*$/, "")
    .replace(/ \(starts ".*"\)$/, "")
    .replace(/ in column ".*"$/, "")
    .replace(/: [^:]*$/, "");
}

/**
 * The exact micros of a file's total ("-1253050059.98"). Not parseAmount: a published amount stops
 * below £1bn, and a file's total (a year of payments in one file, an archive's member) may not.
 */
function totalMicrosOf(decimal: string): bigint {
  const parts = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(decimal);
  if (!parts) return 0n;
  const micros = BigInt(parts[2] as string) * 1_000_000n + BigInt((parts[3] ?? "").padEnd(6, "0"));
  return parts[1] === "-" ? -micros : micros;
}

const totalMicros = (files: FileQuality[]) =>
  files.reduce((sum, f) => sum + totalMicrosOf(f.amount_total), 0n);

export function topReasons(files: FileQuality[], limit = 10): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of files) {
    if (f.file_reason) {
      const key = `whole file: ${reasonCategory(f.file_reason)}`;
      counts.set(key, (counts.get(key) ?? 0) + f.rejected);
    }
    for (const r of f.rejects) {
      const key = reasonCategory(r.reason);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1))
    .slice(0, limit);
}

export function qualityReport(config: DataConfig, files: FileQuality[]): QualityReport {
  const spend = files.filter((f) => f.kind === "spend");
  const councils = config.councils.map((council) => {
    const own = files.filter((f) => f.council === council.slug);
    const ownSpend = spend.filter((f) => f.council === council.slug);
    return {
      council: council.slug,
      name: council.config.name,
      files: own.length,
      files_not_used: own.filter((f) => f.file_reason !== null).length,
      rows: own.reduce((n, f) => n + f.rows, 0),
      accepted: own.reduce((n, f) => n + f.accepted, 0),
      rejected: own.reduce((n, f) => n + f.rejected, 0),
      amount_total: formatDecimal(totalMicros(ownSpend)),
    };
  });
  return {
    partnership: config.partnership.name,
    councils,
    totals: {
      files: files.length,
      rows: files.reduce((n, f) => n + f.rows, 0),
      accepted: files.reduce((n, f) => n + f.accepted, 0),
      rejected: files.reduce((n, f) => n + f.rejected, 0),
      amount_total: formatDecimal(totalMicros(spend)),
    },
    reject_reasons: topReasons(files, 20),
    files,
  };
}
