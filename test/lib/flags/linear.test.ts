// The flags are computed in near-linear time: rows are grouped (council × supplier) and only small
// groups are sorted, never compared pair by pair. Four times the payments must take well under
// sixteen times as long (what a pairwise loop would take); the input is built to be the worst case
// for each indicator: one supplier paid the same amount again and again with credit notes, amounts
// just under a threshold, hundreds of consecutive contracts, and a long tail of one-payment suppliers.
import { describe, expect, it } from "vitest";
import { groupContracts, type RegisterEntry } from "../../../src/lib/dataset/contracts.ts";
import { computeFlags } from "../../../src/lib/flags/engine/compute.ts";
import { effectiveThresholds } from "../../../src/lib/flags/engine/config.ts";
import type { FlagInput } from "../../../src/lib/flags/engine/context.ts";
import { FLAG_INPUT_COLUMNS, FlagPaymentsBuilder } from "../../../src/lib/flags/engine/payments.ts";

const DAY = 86_400_000;
const START = Date.UTC(2020, 3, 1);
const iso = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);
const financialYear = (date: string) => {
  const year = Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);
  return `${year}-${String(year + 1).slice(2)}`;
};

function worstCase(n: number): FlagInput {
  const builder = new FlagPaymentsBuilder();
  const at = Object.fromEntries(FLAG_INPUT_COLUMNS.map((c, i) => [c, i])) as Record<
    (typeof FLAG_INPUT_COLUMNS)[number],
    number
  >;
  const add = (i: number, day: number, amount: string, supplier: string) => {
    const date = iso(day);
    const row: Record<string, string> = {
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
      transaction_ref: `T${i}`,
      possible_duplicate: "false",
      source_file: `spend/${date.slice(0, 7)}.csv`,
      source_line: String(i + 2),
    };
    builder.add(
      FLAG_INPUT_COLUMNS.map((c) => row[c] ?? ""),
      at,
      "test",
    );
  };
  for (let i = 0; i < n; i++) {
    const block = Math.floor(i / 8) * 2;
    const shape = i % 8;
    if (shape === 0 || shape === 1) add(i, block + shape, "1200.00", "acme");
    else if (shape === 2) add(i, block + 1, "-1200.00", "acme");
    else if (shape === 3) add(i, block, "4800.00", "acme");
    else if (shape === 4) add(i, block, "10000.00", "acme");
    else add(i, block, "750.25", `tail-${i}`);
  }
  const entries: RegisterEntry[] = [];
  for (let k = 0; k < n / 40; k++) {
    entries.push({
      id: `c-${k}`,
      council: "alpha",
      reference: `C-${k}`,
      title: "Works",
      description: "",
      supplierId: "acme",
      supplier: "ACME",
      companyNumber: "",
      startDate: iso(k * 10),
      endDate: iso(k * 10 + 9),
      reviewDate: "",
      totalValue: 1_000_000,
      annualValue: null,
      department: "",
      procurementRoute: "",
      sme: null,
      vcse: null,
      purchasingBody: "",
      purchasingCouncil: "",
      notes: "",
      sourceFile: "contracts/register.csv",
      sourceLine: k + 2,
    });
  }
  return {
    payments: builder.done(),
    councils: [{ slug: "alpha", name: "Alpha Council" }],
    contracts: groupContracts(entries, ["alpha"]),
  };
}

function fastest(input: FlagInput): { ms: number; flags: number } {
  let ms = Number.POSITIVE_INFINITY;
  let flags = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    flags = computeFlags(input, effectiveThresholds()).flags.length;
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, flags };
}

describe("flag computation time", () => {
  it("grows near-linearly with the number of payments", () => {
    const small = worstCase(20_000);
    const large = worstCase(80_000);
    fastest(small); // warm up
    const a = fastest(small);
    const b = fastest(large);
    // Every shape raises flags (the work is really done), four times as many for four times the rows.
    expect(a.flags).toBeGreaterThan(400);
    expect(b.flags).toBeGreaterThan(3.5 * a.flags);
    expect(b.ms / a.ms).toBeLessThan(8);
  });
});
