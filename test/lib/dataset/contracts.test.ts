import { describe, expect, it } from "vitest";
import { groupContracts } from "../../../src/lib/dataset/contracts.ts";
import { registerEntry } from "../../helpers/register-entry.ts";

const entry = registerEntry;
const ORDER = ["alpha", "beta", "gamma"];

describe("groupContracts", () => {
  it("makes one contract of a contract let by a partner and listed in several registers", () => {
    const contracts = groupContracts(
      [
        entry({
          id: "gamma-w1",
          council: "gamma",
          reference: "W 1",
          purchasingCouncil: "alpha",
          description: "",
        }),
        entry({ id: "alpha-w1", council: "alpha", reference: "w1", totalValue: 9_000_000, description: "" }),
        entry({
          id: "beta-w1",
          council: "beta",
          reference: "W1",
          purchasingCouncil: "alpha",
          description: "Bins",
        }),
      ],
      ORDER,
    );
    expect(contracts).toHaveLength(1);
    const [c] = contracts;
    expect(c?.id).toBe("alpha-w1");
    expect(c?.lettingCouncil).toBe("alpha");
    expect(c?.councils).toEqual(["alpha", "beta", "gamma"]);
    expect(c?.entries.map((e) => e.id)).toEqual(["gamma-w1", "alpha-w1", "beta-w1"]);
    // A field missing from the letting council's entry is taken from another register.
    expect(c?.description).toBe("Bins");
    expect(c?.totalValue).toBe(9_000_000);
  });

  it("keeps apart same references of different letting councils or suppliers, and entries with no reference", () => {
    const contracts = groupContracts(
      [
        entry({ id: "a1", council: "alpha", reference: "C-1" }),
        entry({ id: "b1", council: "beta", reference: "C-1" }),
        entry({ id: "a2", council: "alpha", reference: "C-1", supplierId: "other" }),
        entry({ id: "n1", council: "alpha", reference: "" }),
        entry({ id: "n2", council: "alpha", reference: "" }),
      ],
      ORDER,
    );
    expect(contracts.map((c) => c.id)).toEqual(["a1", "b1", "a2", "n1", "n2"]);
    expect(contracts.every((c) => c.councils.length === 1)).toBe(true);
  });

  it("adds the partners an arrangement declares, noting those whose register does not list it", () => {
    const [c] = groupContracts([entry({ id: "a1", council: "alpha", reference: "HDC-1" })], ORDER, [
      { id: "joint", name: "Joint waste", partners: ["gamma", "alpha", "beta"], contracts: ["hdc-1"] },
    ]);
    expect(c?.councils).toEqual(["alpha", "beta", "gamma"]);
    expect(c?.unlisted).toEqual(["beta", "gamma"]);
    expect(c?.arrangement).toEqual({ id: "joint", name: "Joint waste" });
  });
});
