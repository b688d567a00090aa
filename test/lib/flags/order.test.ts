// The order of flags in flags.csv and how repeated ids are told apart: by indicator, council, id and
// first payment; a repeated id gets -2, -3… in that order, whether the repeats are next to each other
// (the usual case) or not (two councils whose slugs clean alike, an id naming another council).
import { describe, expect, it } from "vitest";
import { type Flag, orderFlags } from "../../../src/lib/flags/engine/flag.ts";
import { INDICATOR_IDS, type IndicatorId } from "../../../src/lib/flags/indicators/definitions.ts";

const flag = (indicator: IndicatorId, council: number, id: string, firstRow: number): Flag => ({
  id,
  indicator,
  council,
  supplierId: "",
  contractId: "",
  department: "",
  category: "",
  financialYear: "",
  total: 0n,
  threshold: "",
  question: "",
  rows: Int32Array.of(firstRow, firstRow + 1),
  evidence: "",
  score: 0,
});

const ids = (flags: Flag[]) => flags.map((f) => f.id);

describe("orderFlags", () => {
  it("orders by indicator, council, id and first payment, and numbers repeated ids in that order", () => {
    const councils = [{ slug: "alpha" }, { slug: "beta" }];
    const flags = [
      flag("year-end-spike", 1, "year-end-spike.beta.parks.2023-24", 7),
      flag("year-end-spike", 0, "year-end-spike.alpha.parks.2023-24", 40),
      flag("spend-without-contract", 0, "spend-without-contract.alpha.zeta.2023-24", 3),
      flag("year-end-spike", 0, "year-end-spike.alpha.parks.2023-24", 12),
      flag("duplicate-payment", 1, "duplicate-payment.beta.acme.b-1", 1),
      flag("spend-without-contract", 0, "spend-without-contract.alpha.acme.2023-24", 9),
      flag("year-end-spike", 0, "year-end-spike.alpha.parks.2023-24", 30),
    ];
    expect(ids(orderFlags(flags, INDICATOR_IDS, councils))).toEqual([
      "duplicate-payment.beta.acme.b-1",
      "spend-without-contract.alpha.acme.2023-24",
      "spend-without-contract.alpha.zeta.2023-24",
      "year-end-spike.alpha.parks.2023-24",
      "year-end-spike.alpha.parks.2023-24-2",
      "year-end-spike.alpha.parks.2023-24-3",
      "year-end-spike.beta.parks.2023-24",
    ]);
    // The repeats are in the order of their first payments.
    expect(flags.slice(3, 6).map((f) => f.rows[0])).toEqual([12, 30, 40]);
  });

  it("numbers repeats that are not next to each other: councils whose slugs clean alike", () => {
    const councils = [{ slug: "north-vale" }, { slug: "North_Vale" }];
    const flags = [
      flag("year-end-spike", 1, "year-end-spike.north-vale.parks.2023-24", 5),
      flag("year-end-spike", 0, "year-end-spike.north-vale.roads.2023-24", 2),
      flag("year-end-spike", 0, "year-end-spike.north-vale.parks.2023-24", 8),
    ];
    expect(ids(orderFlags(flags, INDICATOR_IDS, councils))).toEqual([
      "year-end-spike.north-vale.parks.2023-24",
      "year-end-spike.north-vale.roads.2023-24",
      "year-end-spike.north-vale.parks.2023-24-2",
    ]);
  });

  it("numbers repeats that are not next to each other: an id that names another council", () => {
    // A contract let by a body outside the partnership: its flag is for the council it covers, its id
    // names the body.
    const councils = [{ slug: "alpha" }, { slug: "beta" }];
    const flags = [
      flag("spend-beyond-contract", 1, "spend-beyond-contract.county.c-1.value", 4),
      flag("spend-beyond-contract", 0, "spend-beyond-contract.county.c-1.value", 6),
    ];
    expect(ids(orderFlags(flags, INDICATOR_IDS, councils))).toEqual([
      "spend-beyond-contract.county.c-1.value",
      "spend-beyond-contract.county.c-1.value-2",
    ]);
    expect(flags.map((f) => f.council)).toEqual([0, 1]);
  });
});
