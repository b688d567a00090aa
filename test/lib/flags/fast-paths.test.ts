// What the fast paths of the flag computation must not change: totals beyond what a float64 holds
// exactly (sums are kept in floats while exact), payments.csv rows out of date order (rows are read in
// file order and sorted by date only when they need it), and columns of strings kept as a few long
// strings (payment ids and references across the blocks they are stored in).
import { describe, expect, it } from "vitest";
import { FlagPaymentsBuilder } from "../../../src/lib/flags/engine/payments.ts";
import { PAYMENTS } from "../../../src/lib/tables/payments.ts";
import { fixtureFlags, raised } from "./helpers.ts";

describe("totals past 2^53 micros (£9bn)", () => {
  // Two suppliers, each paid £9,000,000,000.01 nineteen times in 2023-24: £171,000,000,000.19 each,
  // 171,000,000,000,190,000 micros, a number a float64 cannot hold (the nearest are …189,984 and
  // …190,016).
  const each = 171_000_000_000_190_000n;

  it("adds up a year's spend with no contract exactly", async () => {
    const [flag] = raised(await fixtureFlags("huge-amounts"), "spend-without-contract");
    expect(flag?.total).toBe(each);
    expect(flag?.question).toContain("paid Megaco PLC £171,000,000,000.19 (net, 19 payments) in 2023-24");
  });

  it("adds up the spend during a contract exactly", async () => {
    const [flag] = raised(await fixtureFlags("huge-amounts"), "spend-beyond-contract");
    expect(flag).toEqual(
      expect.objectContaining({ id: "spend-beyond-contract.alpha.alpha-c-9.value", total: each }),
    );
    expect(flag?.question).toContain("total £171,000,000,000.19, more than its published total value");
  });

  it("compares a supplier's share of a category exactly, at exactly the threshold", async () => {
    const flags = raised(await fixtureFlags("huge-amounts"), "supplier-concentration");
    // Each has exactly half of £342,000,000,000.38: at least 50%, so both are flagged.
    expect(flags.map((f) => [f.id, f.total])).toEqual([
      ["supplier-concentration.alpha.bigco.environmental-and-regulatory.2023-24", each],
      ["supplier-concentration.alpha.megaco.environmental-and-regulatory.2023-24", each],
    ]);
    expect(flags[0]?.question).toContain(
      "received 50.0% (£171,000,000,000.19) of Alpha Council's £342,000,000,000.38",
    );
  });
});

describe("rows out of date order in payments.csv", () => {
  // Alpha's payments come in two runs (as when a council's files are published in two series): the
  // second run goes back to May.
  it("finds a duplicate whose payments are in different runs", async () => {
    const flags = raised(await fixtureFlags("out-of-order"), "duplicate-payment");
    expect(flags.map((f) => [f.id, f.rows])).toEqual([["duplicate-payment.alpha.acme.a-2", ["a-2", "a-5"]]]);
  });

  it("lists a flag's payments by date", async () => {
    const [flag] = raised(await fixtureFlags("out-of-order"), "spend-without-contract");
    expect(flag?.rows).toEqual(["a-4", "a-1", "a-2", "a-5"]);
  });

  it("names the latest payment after a contract's end, wherever it is in the file", async () => {
    const [flag] = raised(await fixtureFlags("out-of-order"), "spend-beyond-contract");
    expect(flag?.rows).toEqual(["a-6", "a-3"]);
    expect(flag?.question).toContain("(net, 2 payments, the last on 15 Sep 2023)");
  });
});

describe("payment ids and references", () => {
  it("are read back as written across the blocks they are kept in", () => {
    const builder = new FlagPaymentsBuilder();
    const n = 140_000;
    const id = (i: number) => `p-${i}`;
    // Empty references, and some that are not ASCII.
    const ref = (i: number) => (i % 7 === 0 ? "" : i % 11 === 0 ? `Réf-€${i}` : `T${i}`);
    for (let i = 0; i < n; i++) {
      const row: Record<string, string> = {
        id: id(i),
        council: "alpha",
        date: "2023-05-02",
        financial_year: "2023-24",
        amount: "10.00",
        supplier_id: "acme",
        supplier: "Acme Ltd",
        redacted: "false",
        partner_payment: "false",
        expense_area: "Parks",
        transaction_ref: ref(i),
        possible_duplicate: "false",
        source_file: "spend/2023-05.csv",
        source_line: String(i + 2),
      };
      builder.add(
        PAYMENTS.names.map((c) => row[c] ?? ""),
        PAYMENTS.at,
        "test",
      );
    }
    const p = builder.done();
    expect(p.size).toBe(n);
    const wrong: number[] = [];
    for (let i = 0; i < n; i++) if (p.ids.get(i) !== id(i) || p.ref.get(i) !== ref(i)) wrong.push(i);
    expect(wrong).toEqual([]);
  });
});
