import { describe, expect, it } from "vitest";
import { CONTRACT_SPEND } from "../../../src/lib/tables/contract-spend.ts";
import type { ContractView } from "../../../src/lib/views/contract.ts";
import { contractSpendCsv } from "../../../src/lib/views/contract-spend-csv.ts";
import { contractRecord } from "../published-charts/fixture.ts";

describe("contract-spend.csv", () => {
  it("gives each contract's payments in its term beside its value, amounts plain, text guarded", () => {
    const paid = contractRecord({
      id: "C1",
      councils: ["alpha", "beta"],
      totalValue: 20_000_000_000,
      startDate: "2023-04-01",
    });
    const unpaid = contractRecord({
      id: "C2",
      councils: ["alpha"],
      totalValue: null,
      title: "=HYPERLINK(x)",
    });
    const views = new Map<string, Pick<ContractView, "termSpend" | "shareOfValue">>([
      ["C1", { termSpend: { total: 13_500_500_000n, count: 5, byCouncil: [] }, shareOfValue: "67.5" }],
      ["C2", { termSpend: { total: 0n, count: 0, byCouncil: [] }, shareOfValue: null }],
    ]);
    const csv = contractSpendCsv([paid, unpaid], (c) => views.get(c.id) as ContractView);
    const [header, first, second] = csv.trimEnd().split("\n");
    expect(header).toBe(CONTRACT_SPEND.header);
    expect(first).toBe("C1,C1,Contract C1,alpha beta,binco,Binco Ltd,2023-04-01,,20000.00,13500.50,5,67.5");
    expect(second).toBe("C2,C2,'=HYPERLINK(x),alpha,binco,Binco Ltd,2023-04-01,,,0.00,0,");
  });
});
