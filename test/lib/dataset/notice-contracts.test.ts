import { describe, expect, it } from "vitest";
import { groupContracts } from "../../../src/lib/dataset/contracts.ts";
import {
  isNoticeContract,
  noticeContractId,
  noticeContractRecord,
  noticeOnlyContracts,
  noticesById,
} from "../../../src/lib/dataset/notice-contracts.ts";
import { emptyContract } from "../../../src/lib/ingest/ocds/merge.ts";
import type { OcdsContract, OcdsSupplier } from "../../../src/lib/ocds/model.ts";
import { contractEntry } from "../../../src/lib/tables/contracts.ts";

const supplier = (name: string, given: Partial<OcdsSupplier> = {}): OcdsSupplier => ({
  name,
  party_id: null,
  supplier_id: null,
  company_number: null,
  charity_number: null,
  postcode: null,
  scale: null,
  vcse: null,
  ...given,
});

const at = (pointer: string) => `ocds/a.json#/releases/0${pointer}`;

const notice = (
  ocid: string,
  suppliers: OcdsSupplier[],
  given: Partial<OcdsContract> = {},
): OcdsContract => ({
  ...emptyContract(ocid, "east-vale"),
  title: { value: `Title of ${ocid}`, at: at("/tender/title") },
  awards: [
    {
      id: `${ocid}-1`,
      status: null,
      date: { value: "2024-03-01T00:00:00Z", at: at("/awards/0/date") },
      value: { value: { micros: 120_000_000_000, currency: "GBP" }, at: at("/awards/0/value") },
      start_date: { value: "2024-04-01T00:00:00Z", at: at("/awards/0/contractPeriod/startDate") },
      end_date: { value: "2026-03-31T23:59:59Z", at: at("/awards/0/contractPeriod/endDate") },
      suppliers,
      at: at("/awards/0"),
    },
  ],
  releases: [{ id: "r1", date: "2024-03-01", tags: ["award"], at: at("") }],
  ...given,
});

describe("notice-only contract ids", () => {
  it("are the council and ocid, the same every time they are worked out", () => {
    expect(noticeContractId("east-vale", "ocds-b5fd17-0001")).toBe("ocds_east-vale_ocds-b5fd17-0001");
    expect(noticeContractId("east-vale", "ocds-b5fd17-0001")).toBe(
      noticeContractId("east-vale", "ocds-b5fd17-0001"),
    );
  });

  it("keep apart ocids that differ only in case or in characters a URL path cannot hold", () => {
    const ids = ["ocds-AB/1", "ocds-ab/1", "ocds-ab 1", "ocds-ab-1"].map((o) =>
      noticeContractId("east-vale", o),
    );
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^ocds_east-vale_[a-z0-9-]+$/);
  });

  it("keep apart the same ocid published by two councils", () => {
    expect(noticeContractId("east-vale", "ocds-1")).not.toBe(noticeContractId("west-vale", "ocds-1"));
  });

  it("cannot be a register contract's id (those hold no underscore)", () => {
    const entries = ["ocds_east-vale_ocds-1", "ocds-1", ""].map((reference, i) =>
      contractEntry({
        id: `east-vale-${reference.toLowerCase().replace(/[^a-z0-9]+/g, "-") || "untitled"}-${i}`,
        council: "east-vale",
        reference,
        sourceFile: "contracts/r.csv",
        sourceLine: i + 2,
      }),
    );
    const register = groupContracts(entries, ["east-vale"]).map((c) => c.id);
    expect(register.some((id) => id.includes("_"))).toBe(false);
    expect(isNoticeContract(noticeContractRecord(notice("ocds-1", [])))).toBe(true);
    expect(groupContracts(entries, ["east-vale"]).some(isNoticeContract)).toBe(false);
  });
});

describe("a notice as a contract", () => {
  it("takes the notice's title, supplier, value, dates, scale and postcode", () => {
    const record = noticeContractRecord(
      notice("ocds-1", [
        supplier("Vale Care Ltd", {
          supplier_id: "vale-care",
          company_number: "01234567",
          scale: { value: "sme", at: at("/parties/1/details/scale") },
          vcse: { value: false, at: at("/parties/1/details/vcse") },
          postcode: { value: "EV1 2AB", at: at("/parties/1/address/postalCode") },
        }),
      ]),
    );
    expect(record).toMatchObject({
      id: "ocds_east-vale_ocds-1",
      council: "east-vale",
      lettingCouncil: "east-vale",
      councils: ["east-vale"],
      entries: [],
      title: "Title of ocds-1",
      supplier: "Vale Care Ltd",
      supplierId: "vale-care",
      companyNumber: "01234567",
      totalValue: 120_000_000_000,
      startDate: "2024-04-01",
      endDate: "2026-03-31",
      awardDate: "2024-03-01",
      sme: true,
      vcse: false,
      supplierPostcode: "EV1 2AB",
      sourceFile: "ocds/a.json",
    });
  });

  it("links no supplier (so counts no spend) when the award names several", () => {
    const record = noticeContractRecord(
      notice("ocds-2", [supplier("A Ltd", { supplier_id: "a" }), supplier("B Ltd", { supplier_id: "b" })]),
    );
    expect(record.supplierId).toBe("");
    expect(record.supplier).toBe("A Ltd, B Ltd");
    expect(record.sme).toBeNull();
  });

  it("falls back to the tender's value when the award has none", () => {
    const n = notice("ocds-3", [supplier("A Ltd")], {
      tender_value: { value: { micros: 5_000_000, currency: "GBP" }, at: at("/tender/value") },
    });
    (n.awards[0] as { value: unknown }).value = null;
    expect(noticeContractRecord(n).totalValue).toBe(5_000_000);
  });
});

describe("the notice-only contracts of a dataset", () => {
  it("are the notices no register entry describes, each findable by its id", () => {
    const matched = notice("ocds-1", [supplier("A Ltd")], {
      register_matches: [{ entry_id: "east-vale-1", by: "ocid" }],
    });
    const alone = notice("ocds-2", [supplier("B Ltd")]);
    const dataset = { contracts: [matched, alone] };
    expect(noticeOnlyContracts(dataset).map((c) => c.id)).toEqual(["ocds_east-vale_ocds-2"]);
    expect(noticesById(dataset).get("ocds_east-vale_ocds-2")).toBe(alone);
    expect(noticesById(dataset).has("ocds_east-vale_ocds-1")).toBe(false);
  });
});
