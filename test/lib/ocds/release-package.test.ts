import { describe, expect, it } from "vitest";
import {
  licenceUrl,
  type PackageContract,
  releasePackageJson,
} from "../../../src/lib/ocds/release-package.ts";
import { packageErrors } from "./validate.ts";

const about = {
  uri: "https://spend.example.gov.uk/data/ocds/release-package.json",
  publishedDate: "2025-03-31",
  publisher: { name: "East Vale Partnership" },
  license: licenceUrl("OGL-UK-3.0"),
};

const buyer = { id: "ocds-5vales-council-east-vale", name: "East Vale Council" };
const payee = { id: "GB-COH-01234567", name: "Green Acre Ltd" };

const contract = (over: Partial<PackageContract> = {}): PackageContract => ({
  ocid: "ocds-5vales-east-vale-ev-001",
  id: "ocds-5vales-east-vale-ev-001-ocds-5vales",
  date: "2024-04-01",
  tags: ["award", "contract", "implementation"],
  buyer,
  parties: [
    { ...buyer, roles: ["buyer", "payer"] },
    {
      ...payee,
      roles: ["supplier", "payee"],
      identifier: { scheme: "GB-COH", id: "01234567" },
      details: { scale: "sme" },
    },
  ],
  reference: "EV-001",
  title: "Grounds maintenance",
  description: "",
  award: {
    id: "a1",
    status: "active",
    micros: 118_500_250_000,
    suppliers: [payee],
    start: "2024-04-01",
    end: "",
  },
  transactions: [
    { id: "p1", date: "2024-05-01", micros: 1_000_123_400, payer: buyer, payee },
    { id: "p2", date: "2024-06-01", micros: -540_000_000, payer: buyer, payee },
  ],
  ...over,
});

describe("releasePackageJson", () => {
  it("writes a package valid against the OCDS 1.1.5 release-package and release schemas", () => {
    const text = releasePackageJson(about, [
      contract(),
      contract({ ocid: "ocds-b5fd17-x", id: "n1", award: null, transactions: [], tags: ["tender"] }),
    ]);
    expect(packageErrors(text)).toEqual([]);
  });

  it("writes payments as contracts[].implementation.transactions with exact decimal amounts", () => {
    const text = releasePackageJson(about, [contract()]);
    expect(text).toContain('"amount": 1000.1234,');
    expect(text).toContain('"amount": -540.00,');
    expect(text).toContain('"amount": 118500.25,');
    const release = JSON.parse(text).releases[0];
    expect(release.contracts[0].implementation.transactions.map((t: { id: string }) => t.id)).toEqual([
      "p1",
      "p2",
    ]);
    expect(release.contracts[0].awardID).toBe("a1");
  });

  it("names the publisher and licence, and the schema rejects a package that breaks it", () => {
    const pack = JSON.parse(releasePackageJson(about, [contract()]));
    expect(pack.publisher).toEqual({ name: "East Vale Partnership" });
    expect(pack.license).toBe("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
    delete pack.releases[0].ocid;
    expect(packageErrors(JSON.stringify(pack)).join()).toContain("ocid");
    expect(licenceUrl("some words")).toBeUndefined();
  });
});
