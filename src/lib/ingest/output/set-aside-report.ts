// What an ingest set aside, per council and per reason, in rows and pounds (`npm run ingest -- --report`,
// and the corpus check over real councils' histories). A reason that sets aside more than 0.5 % of a
// council's rows or pounds is marked "needs a look": it is either explained in docs/ or fixed. Total
// rows are checked against the file they close: when each file's total rows add up to exactly what its
// other records publish, the reason is shown to be right (a total counted would count them twice).

import { decimalToMicros } from "../../format.ts";
import type { FileQuality } from "../../model.ts";
import { formatPounds } from "../../money.ts";
import { TOTAL_ROW } from "../rows/spend-row.ts";
import { reasonCategory } from "./quality-report.ts";

/** What a reason for setting a whole file aside starts with. */
const WHOLE_FILE = "whole file: ";

/** A file's total rows against what its other records publish. */
export interface TotalRowCheck {
  file: string;
  /** Micros: the total rows' amounts summed. */
  stated: bigint;
  /** Micros: the file's other records, kept or set aside, summed. */
  records: bigint;
}

/** Share of a council's rows or pounds above which a reason needs a look. */
export const NEEDS_A_LOOK_SHARE = 0.005;

export interface ReasonSetAside {
  reason: string;
  rows: number;
  /** Micros of the published amounts of those rows; null when none could be read (a whole file). */
  amount: bigint | null;
  rowShare: number;
  amountShare: number | null;
  needsALook: boolean;
}

export interface CouncilSetAside {
  council: string;
  files: number;
  filesSetAside: number;
  rows: number;
  kept: number;
  keptAmount: bigint;
  setAside: number;
  reasons: ReasonSetAside[];
  /** Files whose rows are not kept + set aside (there should be none). */
  unbalanced: string[];
  /** Whole files set aside: name and reason. */
  wholeFiles: { file: string; rows: number; reason: string }[];
  /** Each read file with total rows that carry an amount: what they state against its records. */
  totalRows: TotalRowCheck[];
}

/** A file's total rows against the sum of its other records (kept and set aside); null when it has none. */
export function totalRowCheck(file: FileQuality): TotalRowCheck | null {
  const amounts = file.set_aside_amounts ?? {};
  const stated = amounts[TOTAL_ROW];
  if (file.file_reason || stated === undefined) return null;
  let records = decimalToMicros(file.amount_total);
  for (const [reason, amount] of Object.entries(amounts))
    if (reason !== TOTAL_ROW) records += decimalToMicros(amount);
  return { file: file.file, stated: decimalToMicros(stated), records };
}

const abs = (value: bigint) => (value < 0n ? -value : value);

export function councilSetAside(files: FileQuality[], council: string): CouncilSetAside {
  const own = files.filter((f) => f.council === council && f.kind === "spend");
  const rows = new Map<string, number>();
  const amounts = new Map<string, bigint>();
  const add = (key: string, count: number) => rows.set(key, (rows.get(key) ?? 0) + count);
  let keptAmount = 0n;
  for (const f of own) {
    keptAmount += decimalToMicros(f.amount_total);
    if (f.file_reason) add(`${WHOLE_FILE}${reasonCategory(f.file_reason)}`, f.rejected);
    for (const r of f.rejects) add(reasonCategory(r.reason), 1);
    for (const [reason, amount] of Object.entries(f.set_aside_amounts ?? {})) {
      const key = f.file_reason ? `${WHOLE_FILE}${reason}` : reason;
      amounts.set(key, (amounts.get(key) ?? 0n) + decimalToMicros(amount));
    }
  }
  const totalRows = own.reduce((n, f) => n + f.rows, 0);
  const totalChecks = own.flatMap((f) => totalRowCheck(f) ?? []);
  // Shown right when every total row with an amount sits in a file whose records add up to it.
  const totalsAgree = totalChecks.length > 0 && totalChecks.every((t) => t.stated === t.records);
  const setAsideAmount = [...amounts.values()].reduce((s, a) => s + abs(a), 0n);
  const poundsBase = abs(keptAmount) + setAsideAmount;
  const reasons = [...rows]
    .filter(([, count]) => count > 0)
    .map(([reason, count]): ReasonSetAside => {
      const amount = amounts.get(reason) ?? null;
      const rowShare = totalRows === 0 ? 0 : count / totalRows;
      const amountShare =
        amount === null || poundsBase === 0n ? null : Number((abs(amount) * 1_000_000n) / poundsBase) / 1e6;
      return {
        reason,
        rows: count,
        amount,
        rowShare,
        amountShare,
        needsALook:
          (rowShare > NEEDS_A_LOOK_SHARE || (amountShare ?? 0) > NEEDS_A_LOOK_SHARE) &&
          !(reason === TOTAL_ROW && totalsAgree),
      };
    })
    .sort((a, b) => b.rows - a.rows || (a.reason < b.reason ? -1 : 1));
  return {
    council,
    files: own.length,
    filesSetAside: own.filter((f) => f.file_reason).length,
    rows: totalRows,
    kept: own.reduce((n, f) => n + f.accepted, 0),
    keptAmount,
    setAside: own.reduce((n, f) => n + f.rejected, 0),
    reasons,
    unbalanced: own.filter((f) => f.rows !== f.accepted + f.rejected).map((f) => f.file),
    wholeFiles: own
      .filter((f) => f.file_reason)
      .map((f) => ({ file: f.file, rows: f.rows, reason: f.file_reason as string })),
    totalRows: totalChecks,
  };
}

/** The report's lines on total rows: how many files' totals agree with their records, and each that does not. */
function totalRowLines(checks: TotalRowCheck[]): string[] {
  if (checks.length === 0) return [];
  const differ = checks.filter((t) => t.stated !== t.records);
  const agree = checks.length - differ.length;
  return [
    `  total rows: in ${n(agree)} of ${n(checks.length)} files they add up to the file's other records, to the penny`,
    ...differ.map(
      (t) =>
        `  total rows of ${t.file} state ${formatPounds(t.stated)}; its other records add up to ${formatPounds(t.records)}`,
    ),
  ];
}

const n = (value: number) => value.toLocaleString("en-GB");
const percent = (share: number | null) => (share === null ? "" : `${(share * 100).toFixed(2)} %`);

/** The report as text: a block per council, a line per reason. */
export function setAsideReport(files: FileQuality[], councils: string[]): string {
  const lines: string[] = ["Set aside, per council and reason (payment files):"];
  for (const council of councils) {
    const c = councilSetAside(files, council);
    lines.push(
      "",
      `${c.council}: ${n(c.files)} files (${n(c.filesSetAside)} set aside whole), ${n(c.rows)} rows, ` +
        `${n(c.kept)} kept (${formatPounds(c.keptAmount)}), ${n(c.setAside)} set aside`,
    );
    lines.push(
      c.unbalanced.length === 0
        ? "  every file: rows = kept + set aside"
        : `  rows != kept + set aside in: ${c.unbalanced.join(", ")}`,
    );
    const table = c.reasons.map((r) => [
      r.reason.slice(0, 70),
      n(r.rows),
      percent(r.rowShare),
      // A whole file set aside unread has pounds no one read; set-aside rows with no amount cell have none.
      r.amount === null
        ? r.reason.startsWith(WHOLE_FILE)
          ? "£ unknown"
          : "no amount"
        : formatPounds(r.amount),
      percent(r.amountShare),
      r.needsALook ? "needs a look" : "",
    ]);
    const head = ["reason", "rows", "% rows", "pounds", "% pounds", ""];
    const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] as string).length)));
    const format = (cells: string[]) =>
      `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join("  ")}`.trimEnd();
    if (table.length > 0) lines.push(format(head), ...table.map(format));
    lines.push(...totalRowLines(c.totalRows));
    for (const whole of c.wholeFiles) {
      lines.push(`  whole file ${whole.file} (${n(whole.rows)} rows): ${whole.reason.slice(0, 240)}`);
    }
  }
  return lines.join("\n");
}
