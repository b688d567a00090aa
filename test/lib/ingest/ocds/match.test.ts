import { describe, expect, it } from "vitest";
import { matchRegister } from "../../../../src/lib/ingest/ocds/match.ts";
import { emptyContract } from "../../../../src/lib/ingest/ocds/merge.ts";
import type { StagedContract } from "../../../../src/lib/ingest/rows/contracts-file.ts";
import type { OcdsContract } from "../../../../src/lib/ocds/model.ts";
import { contractEntry } from "../../../../src/lib/tables/contracts.ts";

const entry = (id: string, given: Partial<StagedContract>): StagedContract => ({
  ...contractEntry({ id, council: "east-vale", sourceFile: "contracts/r.csv", sourceLine: 2 }),
  nameId: null,
  ...given,
});

const contract = (
  ocid: string,
  reference: string | null,
  supplier: string,
  micros: number,
): OcdsContract => ({
  ...emptyContract(ocid, "east-vale"),
  reference: reference ? { value: reference, at: "ocds/a.json#/releases/0/tender/id" } : null,
  start_date: {
    value: "2025-04-01T00:00:00Z",
    at: "ocds/a.json#/releases/0/tender/contractPeriod/startDate",
  },
  awards: [
    {
      id: `${ocid}-1`,
      status: null,
      date: null,
      value: { value: { micros, currency: "GBP" }, at: "ocds/a.json#/releases/0/awards/0/value" },
      start_date: null,
      end_date: null,
      suppliers: [
        {
          name: supplier,
          party_id: null,
          supplier_id: null,
          company_number: null,
          charity_number: null,
          postcode: null,
          scale: null,
          vcse: null,
        },
      ],
      at: "ocds/a.json#/releases/0/awards/0",
    },
  ],
  releases: [],
  register_matches: [],
});

describe("matchRegister", () => {
  it("matches by the notice's reference even when the values conflict, and by the ocid", () => {
    const a = contract("ocds-x-1", "EV-001", "Green Acre Ltd", 100_000_000_000);
    const b = contract("ocds-x-2", null, "Other Ltd", 5_000_000);
    const entries = [
      entry("c1", { reference: "ev-001", supplier: "Green Acre", totalValue: 90_000_000_000 }),
      entry("c2", { reference: "OCDS-X-2" }),
    ];
    matchRegister([a, b], entries);
    expect(a.register_matches).toEqual([{ entry_id: "c1", by: "reference" }]);
    expect(b.register_matches).toEqual([{ entry_id: "c2", by: "ocid" }]);
  });

  it("matches on supplier, start date and a value within 1 %, and not on a value further off or another council", () => {
    const a = contract("ocds-x-3", null, "Green Acre Limited", 100_000_000_000);
    const near = entry("c3", {
      supplier: "GREEN ACRE LTD",
      startDate: "2025-04-01",
      totalValue: 99_500_000_000,
    });
    matchRegister([a], [near]);
    expect(a.register_matches).toEqual([{ entry_id: "c3", by: "supplier, value and dates" }]);
    const b = contract("ocds-x-4", null, "Green Acre Limited", 100_000_000_000);
    const far = entry("c4", {
      supplier: "Green Acre Ltd",
      startDate: "2025-04-01",
      totalValue: 98_000_000_000,
    });
    const elsewhere = entry("c5", { council: "west-vale", reference: "OCDS-X-4" });
    matchRegister(
      [b],
      [far, elsewhere].filter((e) => e.council === "east-vale"),
    );
    expect(b.register_matches).toEqual([]);
  });
});
