import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeReleases } from "../../../../src/lib/ingest/ocds/merge.ts";
import { readOcdsFile } from "../../../../src/lib/ingest/ocds/ocds-file.ts";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/ocds");
const read = (name: string) => readOcdsFile(join(FIXTURES, name), "east-vale", `ocds/${name}`);
const merged = async (name: string) => mergeReleases("east-vale", (await read(name)).releases);

describe("contracts[] in input releases", () => {
  it("sets aside a release whose contracts[] has a field of the wrong type, naming its pointer", async () => {
    const { releases, set_aside } = await read("contracts-wrong-type.json");
    expect(releases.map((r) => r.id)).toEqual(["c4"]);
    expect(set_aside.map((s) => s.reason)).toEqual([
      'wrong type at ocds/contracts-wrong-type.json#/releases/0/contracts/0/value/amount: expected a number, found the text "4,500"',
      "wrong type at ocds/contracts-wrong-type.json#/releases/1/contracts: expected an array, found an object",
      'wrong type at ocds/contracts-wrong-type.json#/releases/2/contracts/0/implementation/transactions/0/payee: expected an object, found the text "Acme"',
    ]);
    expect(releases[0]?.contracts[0]?.date_signed).toEqual({
      value: "2025-02-01T00:00:00Z",
      at: "ocds/contracts-wrong-type.json#/releases/3/contracts/0/dateSigned",
    });
  });

  it("keeps a contract that names no award, and fills no award's fields from it", async () => {
    const [contract] = await merged("contract-no-award.json");
    expect(contract?.contracts).toHaveLength(1);
    expect(contract?.contracts[0]?.award_id).toBeNull();
    expect(contract?.contracts[0]?.value?.value.micros).toBe(88_000_500_000);
    expect(contract?.contracts[0]?.title?.at).toBe(
      "ocds/contract-no-award.json#/releases/0/contracts/0/title",
    );
    expect(contract?.awards[0]?.value).toBeNull();
    expect(contract?.awards[0]?.start_date).toBeNull();
  });

  it("takes an award's value and dates from the contract naming it, traced to the contract's pointer", async () => {
    const [contract] = await merged("contract-value-only.json");
    const award = contract?.awards[0];
    const file = "ocds/contract-value-only.json";
    expect(award?.value).toEqual({
      value: { micros: 120_000_000_000, currency: "GBP" },
      at: `${file}#/releases/1/contracts/0/value`,
      earlier: [
        { value: { micros: 125_000_250_000, currency: "GBP" }, at: `${file}#/releases/0/contracts/0/value` },
      ],
    });
    expect(award?.start_date?.at).toBe(`${file}#/releases/0/contracts/0/period/startDate`);
    expect(award?.end_date?.value).toBe("2027-01-31T00:00:00Z");
    const [entry] = contract?.contracts ?? [];
    expect(contract?.contracts).toHaveLength(1);
    expect(entry?.status?.value).toBe("active");
    expect(entry?.status?.earlier?.map((e) => e.value)).toEqual(["pending"]);
    expect(entry?.date_signed?.at).toBe(`${file}#/releases/1/contracts/0/dateSigned`);
    expect(entry?.transactions.map((t) => [t.id, t.value?.value.micros, t.payee, t.date?.value])).toEqual([
      ["p1", 10_000_100_000, "Acme Ltd", "2025-03-01T00:00:00Z"],
      ["p2", 10_000_200_000, "GB-COH-01234567", "2025-04-01T00:00:00Z"],
    ]);
    expect(entry?.transactions[1]?.at).toBe(`${file}#/releases/1/contracts/0/implementation/transactions/1`);
  });

  it("an earlier-dated release read later does not replace the contract's later value", async () => {
    const { releases } = await read("contract-value-only.json");
    const [contract] = mergeReleases("east-vale", [...releases].reverse());
    expect(contract?.contracts[0]?.value?.value.micros).toBe(120_000_000_000);
    expect(contract?.contracts[0]?.value?.earlier?.map((e) => e.value.micros)).toEqual([125_000_250_000]);
    expect(contract?.contracts[0]?.transactions).toHaveLength(2);
  });
});

describe("a contract published with contracts[] and no awards[]", () => {
  it("is given the award its contracts[] entry names, its value, dates and signing traced to the entry", async () => {
    const [named, unnamed] = await merged("contract-only.json");
    const file = "ocds/contract-only.json";
    expect(named?.awards).toHaveLength(1);
    const award = named?.awards[0];
    expect(award?.id).toBe("k1-award");
    expect(award?.value).toEqual({
      value: { micros: 45_000_250_000, currency: "GBP" },
      at: `${file}#/releases/0/contracts/0/value`,
    });
    expect(award?.start_date?.at).toBe(`${file}#/releases/0/contracts/0/period/startDate`);
    expect(award?.end_date?.value).toBe("2026-02-28T00:00:00Z");
    expect(award?.date?.value).toBe("2025-02-20T00:00:00Z");
    // "terminated" is a contract status, not an award status: left unknown rather than mislabelled.
    expect(award?.status).toBeNull();
    expect(award?.suppliers).toEqual([]);
    // An entry naming no award, in releases that publish none, implies one of its own.
    expect(unnamed?.awards.map((a) => [a.id, a.value?.value.micros, a.status?.value])).toEqual([
      ["k2-c-award", 7_200_000_000, "active"],
    ]);
  });
});
