// The data-quality scorecard of /data-quality/: per council, how well its published payment files
// meet the Local Government Transparency Code 2015, ranked. Six checks, each scored 0–100 from a
// share (100 = nothing wrong), and an overall score that is their plain average; the page publishes
// each check's definition beside its figures.
import type { PaymentTable } from "../dataset/payments.ts";
import { count, counted } from "../format.ts";
import type { FileQuality } from "../model.ts";
import { fileMonths } from "./months.ts";

/** Transparency Code 2015 fields for payments over £500, as canonical columns (any one of a group). */
export const CODE_FIELDS: readonly { label: string; fields: readonly string[] }[] = [
  { label: "body name", fields: ["body_name", "body"] },
  { label: "date", fields: ["date"] },
  { label: "transaction number", fields: ["transaction_ref", "invoice_ref"] },
  { label: "amount", fields: ["amount"] },
  { label: "supplier", fields: ["supplier"] },
  { label: "department", fields: ["expense_area"] },
  { label: "purpose (expense type)", fields: ["expense_type", "description"] },
];

export interface Check {
  /** 0–100, higher is better. */
  score: number;
  /** The figure behind it, as shown. */
  text: string;
}

export interface CouncilScore {
  slug: string;
  name: string;
  /** Null for a council not scored (listed last): see notScored. */
  rank: number | null;
  overall: number | null;
  /** Why the council is not scored (no payment could be read, so there is nothing to judge), or null. */
  notScored: string | null;
  months: Check & { missing: string[] };
  fields: Check & { missing: string[] };
  redacted: Check;
  setAside: Check & { reasons: { reason: string; count: number }[] };
  variants: Check & { suppliers: number; withVariants: number };
  repeats: Check;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);
const shareScore = (part: number, whole: number) => Math.round(100 - pct(part, whole));
const pctText = (part: number, whole: number) => `${pct(part, whole).toFixed(1)}%`;

/** Rows grouped per council: count, redacted count, gross value and redacted gross value (|amount|, micros). */
function paymentFigures(payments: PaymentTable, slug: string) {
  const council = payments.text.idOf(slug);
  let rows = 0;
  let redacted = 0;
  let gross = 0n;
  let redactedGross = 0n;
  const names = new Map<number, Set<number>>();
  if (council === undefined) return { rows, redacted, gross, redactedGross, names };
  for (let row = 0; row < payments.size; row++) {
    if (payments.council[row] !== council) continue;
    rows++;
    const amount = BigInt(Math.abs(payments.amount[row] as number));
    gross += amount;
    if (payments.isRedacted(row)) {
      redacted++;
      redactedGross += amount;
      continue;
    }
    if (payments.isPartnerPayment(row)) continue;
    const supplier = payments.supplierId[row] as number;
    let set = names.get(supplier);
    if (!set) {
      set = new Set();
      names.set(supplier, set);
    }
    set.add(payments.supplierName[row] as number);
  }
  return { rows, redacted, gross, redactedGross, names };
}

const isRepeat = (reason: string) => reason.startsWith("duplicate of ");

export function scorecard(
  councils: readonly { slug: string; name: string }[],
  files: readonly FileQuality[],
  payments: PaymentTable,
): CouncilScore[] {
  const scores = councils.map((c) => {
    const own = files.filter((f) => f.council === c.slug && f.kind === "spend" && f.replaced_by === null);
    const read = own.filter((f) => f.file_reason === null);
    const months = fileMonths(read);
    const missingFields = CODE_FIELDS.filter((group) =>
      read.some((f) => !group.fields.some((name) => name in f.columns)),
    );
    const filesMissing = read.filter((f) =>
      CODE_FIELDS.some((g) => !g.fields.some((name) => name in f.columns)),
    ).length;
    const p = paymentFigures(payments, c.slug);
    const records = own.reduce((a, f) => a + f.rows, 0);
    const repeats = own.reduce((a, f) => a + f.rejects.filter((r) => isRepeat(r.reason)).length, 0);
    // Records set aside: every rejected record (a file rejected whole counts all of its records), repeats apart.
    const setAside = own.reduce((a, f) => a + f.rejected, 0) - repeats;
    const reasons = new Map<string, number>();
    const note = (reason: string, records: number) => {
      const key = reason.replace(/"[^"]*"/g, "…").replace(/: .*/, "");
      reasons.set(key, (reasons.get(key) ?? 0) + records);
    };
    for (const f of own) {
      if (f.file_reason !== null && f.rejected > 0) note(`whole file: ${f.file_reason}`, f.rejected);
      for (const r of f.rejects) if (!isRepeat(r.reason)) note(r.reason, 1);
    }
    const suppliers = p.names.size;
    const withVariants = [...p.names.values()].filter((s) => s.size > 1).length;
    const valueShare = p.gross === 0n ? 0 : Number((p.redactedGross * 10_000n) / p.gross) / 100;
    const check = {
      months: {
        score: shareScore(months.missing.length, months.covered),
        text:
          months.missing.length === 0
            ? "none missing"
            : `${count(months.missing.length)} of ${count(months.covered)} missing`,
        missing: months.missing,
      },
      fields: {
        score: shareScore(filesMissing, read.length),
        text:
          missingFields.length === 0
            ? "all present"
            : `${filesMissing === read.length ? "every file lacks" : `${count(filesMissing)} of ${counted(read.length, "file")} lack`} ${missingFields.map((g) => g.label).join(", ")}`,
        missing: missingFields.map((g) => g.label),
      },
      redacted: {
        score: Math.round(100 - Math.max(pct(p.redacted, p.rows), valueShare)),
        text: `${pctText(p.redacted, p.rows)} of rows, ${valueShare.toFixed(1)}% of value`,
      },
      setAside: {
        score: shareScore(setAside, records),
        text: `${count(setAside)} of ${count(records)}`,
        reasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
      },
      variants: {
        score: shareScore(withVariants, suppliers),
        text: `${count(withVariants)} of ${counted(suppliers, "supplier")}`,
        suppliers,
        withVariants,
      },
      repeats: { score: shareScore(repeats, records), text: `${count(repeats)} of ${count(records)}` },
    };
    const parts = [check.months, check.fields, check.redacted, check.setAside, check.variants, check.repeats];
    const notScored =
      p.rows > 0
        ? null
        : own.length === 0
          ? "Not scored: no payment files yet."
          : "Not scored: no payment could be read from its files.";
    const overall = notScored ? null : Math.round(parts.reduce((a, x) => a + x.score, 0) / parts.length);
    const score: CouncilScore = { slug: c.slug, name: c.name, rank: null, overall, notScored, ...check };
    return score;
  });
  // Scored councils best first; those not scored last, by name.
  const key = (s: CouncilScore) => s.overall ?? -1;
  scores.sort((a, b) => key(b) - key(a) || a.name.localeCompare(b.name));
  let rank = 0;
  for (const [i, s] of scores.entries()) {
    if (s.overall === null) continue;
    rank = i > 0 && s.overall === scores[i - 1]?.overall ? rank : i + 1;
    s.rank = rank;
  }
  return scores;
}
