// The contract page's model: the contract once, with every partner that lists it, and what those
// councils paid its supplier during its term set against its value.
import type { ContractRecord } from "../dataset/contracts.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { type RowGroups, rowsOf } from "../dataset/row-groups.ts";
import { formatDate } from "../format.ts";
import { type Total, totalOf, totalsBy } from "./aggregate.ts";
import type { Span } from "./spans.ts";

export interface ContractView {
  contract: ContractRecord;
  /** Payments to the supplier by the contract's councils between its start and end dates. */
  termSpend: { total: bigint; count: number; byCouncil: Total[] };
  /** The term used, as shown: "1 Apr 2022 – 31 Mar 2030" or open-ended. */
  termFrom: string;
  termTo: string;
  /** Spend as a share of the total value (percent, one decimal), when the value is known. */
  shareOfValue: string | null;
}

export interface ContractContext {
  payments: PaymentTable;
  rowsBySupplier: RowGroups;
}

/** What a term's spend counts: the contract's supplier, councils and dates. */
export type ContractTerm = Pick<ContractRecord, "supplierId" | "councils" | "startDate" | "endDate">;

/** The supplier's payments rows, and whether a row was paid by the contract's councils in its term. */
function termOf(contract: ContractTerm, ctx: ContractContext) {
  const { payments } = ctx;
  const key = payments.text.idOf(contract.supplierId);
  const rows = key === undefined ? new Int32Array(0) : rowsOf(ctx.rowsBySupplier, key);
  const councils = new Set(contract.councils);
  const from = contract.startDate;
  const to = contract.endDate;
  const inTerm = (row: number): boolean => {
    if (!councils.has(payments.text.get(payments.council[row] as number))) return false;
    const date = payments.text.get(payments.date[row] as number);
    return (from === "" || date >= from) && (to === "" || date <= to);
  };
  return { rows, inTerm };
}

/** The payment rows a contract's term spend counts (as on its page), in payments order. */
export function termRows(contract: ContractTerm, ctx: ContractContext): number[] {
  const { rows, inTerm } = termOf(contract, ctx);
  return Array.from(rows).filter(inTerm);
}

export function contractView(contract: ContractRecord, ctx: ContractContext): ContractView {
  const { payments } = ctx;
  const { rows, inTerm } = termOf(contract, ctx);
  const from = contract.startDate;
  const to = contract.endDate;
  const { total, count } = totalOf(payments, rows, inTerm);
  const byCouncil = totalsBy(payments, rows, payments.council, inTerm);
  let shareOfValue: string | null = null;
  if (contract.totalValue !== null && contract.totalValue > 0) {
    const tenths = (total * 1000n) / BigInt(contract.totalValue);
    shareOfValue = `${tenths / 10n}.${(tenths < 0n ? -tenths : tenths) % 10n}`;
  }
  return { contract, termSpend: { total, count, byCouncil }, termFrom: from, termTo: to, shareOfValue };
}

/**
 * What to add when a contract's term runs outside the payments its councils have published (a term to
 * 2030 against payments to March 2025): the spend "during the term" is only what is published so far.
 * "" when the published payments cover the whole term, or none were published.
 */
export function termCoverage(
  termFrom: string,
  termTo: string,
  councils: readonly string[],
  spans: Map<string, Span>,
): string {
  let first = "";
  let last = "";
  for (const council of councils) {
    const span = spans.get(council);
    if (!span) continue;
    if (first === "" || span.first < first) first = span.first;
    if (span.last > last) last = span.last;
  }
  if (first === "") return "";
  const before = termFrom === "" || termFrom < first;
  const after = termTo === "" || termTo > last;
  if (!before && !after) return "";
  return `The published payments run from ${formatDate(first)} to ${formatDate(last)}, so this covers ${before && after ? "only that part" : after ? "the term up to then" : "the term from then"}.`;
}

const FIELD_LABELS: Record<string, string> = {
  start_date: "start date",
  end_date: "end date",
  review_date: "review date",
  total_value: "total value",
  annual_value: "annual value",
  sme: "SME status",
  vcse: "VCSE status",
  company_number: "company number",
  procurement_route: "procurement route",
  original_end_date: "end first agreed",
  award_date: "award date",
  contract_type: "type",
  supplier_size: "supplier size",
};

/** The register's placeholders in words: "end_date: TBC; sme: N/A" → ['The end date was published as "TBC".', …]. */
export function registerNotes(notes: string): string[] {
  if (notes.trim() === "") return [];
  return notes.split("; ").map((note) => {
    const at = note.indexOf(": ");
    if (at === -1) return note;
    const field = note.slice(0, at);
    const label = FIELD_LABELS[field] ?? field.replace(/_/g, " ");
    const text = note.slice(at + 2);
    const unreadable = /^(not an? (?:date|amount)) "(.*)"$/.exec(text);
    if (unreadable) return `The ${label} was published as “${unreadable[2]}”, which is ${unreadable[1]}.`;
    return `The ${label} was published as “${text}”.`;
  });
}
