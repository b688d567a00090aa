// Spend against the contracts register: with no contract (a joint contract let by a partner counts;
// recharges between partners and redactions are left out), and beyond a contract's value or end.
import { describe, expect, it } from "vitest";
import { NO_REGISTER } from "../../../src/lib/flags/indicators/no-contract.ts";
import { fixtureFlags, raised } from "./helpers.ts";

describe("spend-without-contract", () => {
  it("flags a year's spend over £5,000, and over £25,000, with no register entry", async () => {
    const flags = raised(await fixtureFlags("no-contract"), "spend-without-contract");
    expect(flags.map((f) => [f.id, f.threshold, f.total, f.rows])).toEqual([
      ["spend-without-contract.alpha.acme.2023-24", "£5,000.00", 6_500_000_000n, ["a2305-2", "a2309-2"]],
      ["spend-without-contract.alpha.bigco.2023-24", "£25,000.00", 30_000_000_000n, ["a2306-2"]],
    ]);
    expect(flags[1]?.question).toBe(
      "Alpha Council paid Bigco PLC £30,000.00 (net, 1 payment) in 2023-24, more than the £25,000 Contracts Finder threshold, " +
        "and its contracts register lists no contract with Bigco PLC. Under what contract, framework or other arrangement was this bought?",
    );
  });

  it("counts a joint contract let by a partner for the council, and only for the councils it covers", async () => {
    const arrangements = [
      { id: "joint-waste", name: "Joint waste", partners: ["alpha", "beta"], contracts: ["J-1"] },
    ];
    const flags = raised(await fixtureFlags("joint-contract", { arrangements }), "spend-without-contract");
    expect(flags.map((f) => f.id)).toEqual(["spend-without-contract.gamma.acme.2023-24"]);
    // Without the arrangement, only beta's register lists it: alpha's spend has no contract.
    const alone = raised(await fixtureFlags("joint-contract"), "spend-without-contract");
    expect(alone.map((f) => f.id)).toEqual([
      "spend-without-contract.alpha.acme.2023-24",
      "spend-without-contract.gamma.acme.2023-24",
    ]);
  });

  it("raises nothing for a council with no contracts register, and says why", async () => {
    const result = await fixtureFlags("no-register");
    expect(raised(result, "spend-without-contract")).toEqual([]);
    // Three councils, none with a register.
    expect(result.setAside).toContainEqual({
      indicator: "spend-without-contract",
      reason: NO_REGISTER,
      count: 3,
    });
    // The same payments with a register for alpha: alpha's are looked at.
    expect(raised(await fixtureFlags("no-contract"), "spend-without-contract")).toHaveLength(2);
  });

  it("leaves out recharges between partner councils", async () => {
    expect((await fixtureFlags("partner-recharge")).flags).toEqual([]);
  });
});

describe("spend-beyond-contract", () => {
  it("flags the payment that took spend past the value, and payments long after the end date", async () => {
    const result = await fixtureFlags("beyond-contract");
    expect(raised(result, "spend-beyond-contract").map((f) => [f.id, f.rows, f.threshold, f.total])).toEqual([
      [
        "spend-beyond-contract.alpha.alpha-c-1.ended",
        ["a2309-2"],
        "ended 31 Mar 2023 + 90 days",
        2_000_000_000n,
      ],
      ["spend-beyond-contract.alpha.alpha-c-1.value", ["a2212-2"], "value £10,000.00", 12_000_000_000n],
    ]);
    // The supplier has a contract: its spend is not "without a contract".
    expect(raised(result, "spend-without-contract")).toEqual([]);
    const flag = result.flags.find((f) => f.id.endsWith(".value"));
    expect(flag?.contractId).toBe("alpha-c-1");
  });

  it("allows the grace period after the end date for payments in arrears", async () => {
    const result = await fixtureFlags("beyond-contract", {
      config: { "spend-beyond-contract": { grace_days: 200 } },
    });
    expect(raised(result, "spend-beyond-contract").map((f) => f.id)).toEqual([
      "spend-beyond-contract.alpha.alpha-c-1.value",
    ]);
  });
});
