// The worst-case input of the flags step, at any size: one supplier paid the same amount again and again
// under references that repeat, with credit notes, amounts just under a threshold, hundreds of consecutive contracts, and a long tail
// of one-payment suppliers. bench:flags times the step on it; a test checks every shape raises flags.
import { groupContracts, type RegisterEntry } from "../dataset/contracts.ts";
import type { FlagInput } from "../flags/engine/context.ts";
import { FlagPaymentsBuilder } from "../flags/engine/payments.ts";
import { contractEntry as blankEntry } from "../tables/contracts.ts";
import { PAYMENTS, type PaymentColumn } from "../tables/payments.ts";

const DAY = 86_400_000;
const START = Date.UTC(2020, 3, 1);
const iso = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);
const financialYear = (date: string) => {
  const year = Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);
  return `${year}-${String(year + 1).slice(2)}`;
};

function contractEntry(k: number): RegisterEntry {
  return blankEntry({
    id: `c-${k}`,
    council: "alpha",
    reference: `C-${k}`,
    title: "Works",
    supplierId: "acme",
    supplier: "ACME",
    startDate: iso(k * 10),
    endDate: iso(k * 10 + 9),
    totalValue: 1_000_000,
    sourceFile: "contracts/register.csv",
    sourceLine: k + 2,
  });
}

/** `payments` payments of one council in eight repeating shapes, and one contract per 40 payments. */
export function worstCaseFlagInput(payments: number): FlagInput {
  const builder = new FlagPaymentsBuilder();
  const add = (i: number, day: number, amount: string, supplier: string, ref = `T${i}`) => {
    const date = iso(day);
    const row: Partial<Record<PaymentColumn, string>> = {
      id: `p-${i}`,
      council: "alpha",
      date,
      financial_year: financialYear(date),
      amount,
      supplier_id: supplier,
      supplier: supplier.toUpperCase(),
      redacted: "false",
      partner_payment: "false",
      expense_area: i % 3 === 0 ? "Waste Services" : "Parks",
      transaction_ref: ref,
      possible_duplicate: "false",
      source_file: `spend/${date.slice(0, 7)}.csv`,
      source_line: String(i + 2),
    };
    builder.add(
      PAYMENTS.names.map((c) => row[c] ?? ""),
      PAYMENTS.at,
      "bench",
    );
  };
  for (let i = 0; i < payments; i++) {
    const block = Math.floor(i / 8) * 2;
    const shape = i % 8;
    // Each block's second payment repeats the next block's first reference: one long chain of
    // repeats, the longest work for the evidence that links them.
    if (shape === 0 || shape === 1) add(i, block + shape, "1200.00", "acme", `D${block / 2 + shape}`);
    else if (shape === 2) add(i, block + 1, "-1200.00", "acme");
    else if (shape === 3) add(i, block, "4800.00", "acme");
    else if (shape === 4) add(i, block, "10000.00", "acme");
    else add(i, block, "750.25", `tail-${i}`);
  }
  const entries = Array.from({ length: Math.ceil(payments / 40) }, (_, k) => contractEntry(k));
  return {
    payments: builder.done(),
    councils: [{ slug: "alpha", name: "Alpha Council" }],
    contracts: groupContracts(entries, ["alpha"]),
  };
}
