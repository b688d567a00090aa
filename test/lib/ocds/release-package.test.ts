import { describe, expect, it } from "vitest";
import {
  councilRelease,
  licenceUrl,
  type PackageContract,
  releasePackageJson,
  releasePackageParts,
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
      contract({
        ocid: "ocds-b5fd17-k1",
        id: "k1",
        award: {
          id: "k1-award",
          status: "active",
          micros: 45_000_250_000,
          suppliers: [],
          start: "",
          end: "",
        },
        transactions: [],
        tags: ["award"],
      }),
    ]);
    expect(packageErrors(text)).toEqual([]);
    // An award known only from contracts[] names no supplier: the empty list is left out, as OCDS asks.
    const k1 = JSON.parse(text).releases[2];
    expect(k1.awards[0]).toEqual({
      id: "k1-award",
      status: "active",
      value: { amount: 45000.25, currency: "GBP" },
    });
    expect(k1.contracts[0]).toMatchObject({
      awardID: "k1-award",
      value: { amount: 45000.25, currency: "GBP" },
    });
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

describe("releasePackageParts", () => {
  it("makes each release's text only when it is reached, and the parts join to the package", () => {
    const made: string[] = [];
    function* lazily() {
      for (const id of ["r1", "r2", "r3"]) {
        made.push(id);
        yield contract({ id });
      }
    }
    const parts = releasePackageParts(about, lazily());
    const first = parts.next();
    expect(made).toEqual(["r1"]);
    const text = [first.value, ...parts].join("");
    expect(made).toEqual(["r1", "r2", "r3"]);
    expect(JSON.parse(text).releases.map((r: { id: string }) => r.id)).toEqual(["r1", "r2", "r3"]);
    expect(packageErrors(text)).toEqual([]);
  });

  it("indents the package by one space, as a whole-package JSON.stringify does, with or without releases", () => {
    for (const list of [
      [],
      [contract({ award: null, transactions: [] })],
      [contract(), contract({ id: "x" })],
    ]) {
      const text = releasePackageJson(about, list);
      const marked = text.replace(/"amount": (-?[\d.]+)/g, '"amount": "$1"');
      expect(marked).toBe(`${JSON.stringify(JSON.parse(marked), null, 1)}\n`);
    }
  });
});

describe("councilRelease", () => {
  const west = { id: "ocds-5vales-council-west-vale", name: "West Vale Council" };
  const joint = contract({
    parties: [
      { ...buyer, roles: ["buyer", "payer"] },
      { ...west, roles: ["payer"] },
      { ...payee, roles: ["supplier", "payee"] },
    ],
    transactions: [
      { id: "p1", date: "2024-05-01", micros: 1_000_000, payer: buyer, payee },
      { id: "w1", date: "2024-05-02", micros: 2_000_000, payer: west, payee },
    ],
  });

  it("keeps only the payments the council made, and of the payers only those", () => {
    const east = councilRelease(joint, buyer.id);
    expect(east.transactions.map((t) => t.id)).toEqual(["p1"]);
    expect(east.parties.map((p) => p.id)).toEqual([buyer.id, payee.id]);
    expect(east.tags).toEqual(["award", "contract", "implementation"]);
    const westOnly = councilRelease(joint, west.id);
    expect(westOnly.transactions.map((t) => t.id)).toEqual(["w1"]);
    expect(westOnly.parties.map((p) => p.id)).toEqual([buyer.id, west.id, payee.id]);
    expect(joint.transactions).toHaveLength(2);
    for (const release of [east, westOnly, joint])
      expect(packageErrors(releasePackageJson(about, [release]))).toEqual([]);
  });

  it("drops the implementation tag when the council paid nothing under the contract", () => {
    const none = councilRelease(joint, "ocds-5vales-council-north-vale");
    expect(none.transactions).toEqual([]);
    expect(none.tags).toEqual(["award", "contract"]);
    const release = JSON.parse(releasePackageJson(about, [none])).releases[0];
    expect(release.contracts[0].implementation).toBeUndefined();
    expect(packageErrors(releasePackageJson(about, [none]))).toEqual([]);
  });
});
