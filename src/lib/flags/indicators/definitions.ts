// The indicators: stable ids (used in flags.csv, flags.json and flag ids), and for each a title, what it
// looks for in plain words, why a flag might be fine, and the test with the values used.
import type { FlagThresholds } from "../engine/config.ts";
import {
  DUPLICATE_STRENGTH,
  SCHEDULE_MIN_GAP,
  SCHEDULE_MIN_PAYMENTS,
  UNUSUAL_SERIES_SHARE,
} from "./duplicate-evidence.ts";

export const INDICATOR_IDS = [
  "duplicate-payment",
  "identical-record",
  "threshold-bunching",
  "spend-without-contract",
  "spend-beyond-contract",
  "supplier-concentration",
  "large-first-payment",
  "year-end-spike",
  "round-numbers",
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export interface IndicatorDefinition {
  id: IndicatorId;
  title: string;
  explanation: string;
  why_fine: string;
  /** The test as applied, with the threshold values used. */
  test: string;
  /** The evidence a question needs before it is raised, and where the data cannot give it. */
  evidence: string;
  /** How a question's score is worked out (pounds at stake × the strength of the evidence). */
  score: string;
}

/**
 * The strength of each indicator's evidence (0 to 1): how directly it points at money to recover or
 * explain. A flag's score is the pounds at stake times this (duplicates: by the kind of evidence).
 */
export const INDICATOR_STRENGTH: Record<IndicatorId, number> = {
  "duplicate-payment": 0.5,
  "identical-record": 0.6,
  "threshold-bunching": 0.3,
  "spend-without-contract": 0.2,
  "spend-beyond-contract": 0.5,
  "supplier-concentration": 0.1,
  "large-first-payment": 0.2,
  "year-end-spike": 0.2,
  "round-numbers": 0.1,
};

/** A flag's evidence, in words, when its indicator says nothing more particular. */
export const INDICATOR_EVIDENCE: Record<IndicatorId, string> = {
  "duplicate-payment": "the same amount under related references",
  "identical-record": "records identical in every column of one file",
  "threshold-bunching": "payments bunched in the band under the threshold, against the bands around it",
  "spend-without-contract": "the year's net spend, and a published register with no entry for the supplier",
  "spend-beyond-contract": "the contract's published value or end date, and the payments beyond it",
  "supplier-concentration": "the supplier's share of the category's net spend in the year",
  "large-first-payment": "the first day the council paid the supplier, after a year of published payments",
  "year-end-spike": "the department's March spend against its average month",
  "round-numbers": "payments that are exact multiples of the round amount",
};

const strength = (id: IndicatorId): string => `${INDICATOR_STRENGTH[id]}`;

const pounds = (value: number): string =>
  `£${value.toLocaleString("en-GB", {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  })}`;
const percent = (share: number): string => `${Number((share * 100).toFixed(4))}%`;
const list = (values: number[]): string => values.map(pounds).join(", ");

/** What a question about spend with no contract looks for, with its thresholds (lowest first). */
function noContractExplanation(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const lowest = sorted[0] === undefined ? "a threshold" : pounds(sorted[0]);
  const which =
    sorted.length > 1
      ? ` Each question gives the highest threshold passed (${sorted.map(pounds).join(" or ")}).`
      : "";
  return `A council paid a supplier more than ${lowest} in a financial year, and its contracts register lists no contract with that supplier.${which}`;
}

const DEFINITIONS: Record<IndicatorId, (t: FlagThresholds) => Omit<IndicatorDefinition, "id">> = {
  "duplicate-payment": (t) => ({
    title: "Possible duplicate payments",
    explanation:
      "The same council paid the same supplier the same amount more than once within a few days, and the references show it may be one invoice paid twice: the same reference, a reference differing only by padding or by two swapped characters, or the same amount the same day through another payment run.",
    why_fine:
      "Suppliers often send several invoices for the same amount (a weekly fee, identical orders, instalments), and payment systems number their payments in sequence. A credit note may have reversed one of the payments; flags where credit notes cancel the repeats are left out, and any credit notes found are listed with the flag.",
    test: `Payments of ${pounds(t["duplicate-payment"].min_amount)} or more by one council to one supplier (not redacted) of exactly the same amount, each within ${t["duplicate-payment"].window_days} days of the previous one, linked by their references: the same reference (not two lines of one invoice on one day in one file); references equal but for padding (spaces, punctuation, case, leading zeros); references differing by two neighbouring characters swapped, on different days within ${t["duplicate-payment"].window_days} days; or payments on the same day under references of different series (another payment run), one series under ${UNUSUAL_SERIES_SHARE * 100}% of the council's payments to the supplier, of an amount not paid to it on other days. In a recurring schedule (${SCHEDULE_MIN_PAYMENTS} or more payments, typically ${SCHEDULE_MIN_GAP} days or more apart) payments on schedule are linked only by the same or a padded reference. The same amount alone, or no references published, raises nothing. Credit notes for exactly the negative amount, dated from the first payment to ${t["duplicate-payment"].credit_window_days} days after the last, each cancel one repeat; a group left with one payment is not flagged.`,
    evidence:
      "Transaction references: the council must publish them. Same supplier and amount alone is never enough; recurring schedules (the same amount every week or month) are recognised and raise nothing unless a reference repeats.",
    score: `The repeated pounds (the amount times the payments after the first, less any credit notes) × ${DUPLICATE_STRENGTH["same-reference"]} for the same reference, ${DUPLICATE_STRENGTH["padded-reference"]} for padding, ${DUPLICATE_STRENGTH["transposed-reference"]} for swapped characters, ${DUPLICATE_STRENGTH["different-runs"]} for different payment runs.`,
  }),
  "identical-record": () => ({
    evidence: "The ingest's mark of records identical in every column of one published file.",
    score: `The repeated pounds (the amount times the records after the first, less any credit notes) × ${strength("identical-record")}.`,
    title: "Identical records in one file",
    explanation:
      "A published file lists the same payment more than once, identical in every column (same date, supplier, amount and transaction reference).",
    why_fine:
      "The repeat is often a fault in how the file was exported (a line written twice), not a second payment; the council can say which.",
    test: "Records Shared Ledger found identical to another record of the same file (possible_duplicate = true in payments.csv), grouped by file, date, supplier, amount and reference; credit notes cancel repeats as for duplicate payments.",
  }),
  "threshold-bunching": (t) => {
    const b = t["threshold-bunching"];
    return {
      evidence: "Enough payments to one supplier in the band and in the bands around it to compare.",
      score: `The pounds in the band × ${strength("threshold-bunching")}.`,
      title: "Payments bunched just under a threshold",
      explanation: `Many of a supplier's payments from one council fall just under a threshold that triggers more scrutiny: ${list(b.thresholds)} (publication, the contracts register and Contracts Finder).`,
      why_fine:
        "A supplier's prices may simply sit there (a standard fee, a framework price band), or a council may have set its own order limits below the threshold.",
      test: `For each threshold T: at least ${b.min_payments} payments in the band from T less ${percent(b.band)} up to just under T, and at least ${b.min_ratio} times the average number in the bands of the same width just below that band and just above T (an empty neighbour counts as 1). Across all years; redacted suppliers and payments between partner councils are left out.`,
    };
  },
  "spend-without-contract": (t) => ({
    evidence:
      "A contracts register published by the council (or contracts let for it by a partner). A council with no register entries raises none: a data-quality note says its spend cannot be checked against contracts.",
    score: `The year's net spend × ${strength("spend-without-contract")}.`,
    title: "Spend with no contract in the register",
    explanation: noContractExplanation(t["spend-without-contract"].thresholds),
    why_fine:
      "The purchase may be covered by a framework, a purchase order under the council's own limits, a grant, or a contract let by another body; registers are often incomplete or name the supplier differently.",
    test: `Net spend (payments less credits) by one council with one supplier in one financial year above each threshold (the highest exceeded is given), with no entry for that supplier in that council's register. A contract let by a partner for that council counts as an entry. Only for councils with a contracts register (at least one entry); redacted suppliers and payments between partner councils are left out.`,
  }),
  "spend-beyond-contract": (t) => ({
    evidence:
      "A register entry with a total value or an end date, and the supplier's payments in and after its term.",
    score: `The pounds paid beyond the contract's value, or after its end date × ${strength("spend-beyond-contract")}.`,
    title: "Spend beyond a contract",
    explanation:
      "Payments to a contract's supplier during its term add up to more than the contract's published total value, or payments carry on after its end date.",
    why_fine:
      "Contracts are varied and extended, values are published net or for the first term only, and a supplier may be paid for other work; payments in arrears arrive after the end date.",
    test: `Value: the net payments by the contract's councils to its supplier between its start and end dates pass its total value (not tested when the supplier holds another contract with one of those councils over the same period); the payments from the one that crossed the value onwards are listed. End: payments by a council to the supplier more than ${t["spend-beyond-contract"].grace_days} days after the latest end date of every contract that council has with the supplier (none open-ended).`,
  }),
  "supplier-concentration": (t) => ({
    evidence:
      "Departments that map to a comparable service category (SeRCOP), and a year of the council's payments in it.",
    score: `The supplier's net spend in the category × ${strength("supplier-concentration")}.`,
    title: "One supplier with most of a category's spend",
    explanation:
      "One supplier received most of what a council spent in a service category in a financial year (categories: the comparable SeRCOP service headings of the published departments).",
    why_fine:
      "Some services are delivered under one large contract let after competition (waste collection, leisure management); a small category can be dominated by one purchase.",
    test: `A supplier's net spend is at least ${percent(t["supplier-concentration"].min_share)} of the council's net spend in the category in the year, and that spend is at least ${pounds(t["supplier-concentration"].min_category_total)}. Uncategorised departments and payments between partner councils are left out; redacted payments count in the category total but are never one supplier.`,
  }),
  "large-first-payment": (t) => ({
    evidence:
      "At least a year of the council's published payments before the first one, so that a new supplier is really new.",
    score: `The first day's payments × ${strength("large-first-payment")}.`,
    title: "New supplier with a large first payment",
    explanation:
      "A council's first payment to a supplier it had not paid before is large, after at least a year of published payments.",
    why_fine:
      "A new contract after a tender often starts with a large invoice (mobilisation, equipment, a deposit).",
    test: `The first day a council paid a supplier is at least ${t["large-first-payment"].history_days} days after the council's first published payment, and a payment that day is at least ${pounds(t["large-first-payment"].min_amount)}. Redacted suppliers and payments between partner councils are left out.`,
  }),
  "year-end-spike": (t) => ({
    evidence: "Enough months of the year published for the department to have an average month.",
    score: `March's net spend × ${strength("year-end-spike")}.`,
    title: "Year-end spending spike",
    explanation:
      "A department spent far more in March, the last month of the financial year, than in its average month.",
    why_fine:
      "Annual invoices, capital projects and grants often fall due at the year end; some councils pay quarterly in arrears.",
    test: `A department's net March spend is at least ${t["year-end-spike"].min_ratio} times its average month from April to February (over the months the council published), and at least ${pounds(t["year-end-spike"].min_march_total)}; the council must have published at least ${t["year-end-spike"].min_months} of those months. Payments between partner councils are left out.`,
  }),
  "round-numbers": (t) => ({
    evidence: "Amounts published to the penny, several of them to one supplier.",
    score: `The round payments' total × ${strength("round-numbers")}.`,
    title: "Repeated round-number payments",
    explanation: `A council paid one supplier several amounts that are exact multiples of ${pounds(t["round-numbers"].multiple)}.`,
    why_fine:
      "Fixed fees, grants, retainers and stage payments are often round; invoices for goods and services rarely are.",
    test: `At least ${t["round-numbers"].min_payments} payments by one council to one supplier, each an exact multiple of ${pounds(t["round-numbers"].multiple)} and at least ${pounds(t["round-numbers"].min_amount)}. Across all years; redacted suppliers and payments between partner councils are left out.`,
  }),
};

/** Every indicator's definition, in INDICATOR_IDS order, with the thresholds used. */
export function indicatorDefinitions(thresholds: FlagThresholds): IndicatorDefinition[] {
  return INDICATOR_IDS.map((id) => ({ id, ...DEFINITIONS[id](thresholds) }));
}
