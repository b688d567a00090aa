// The council, supplier and contract pages' models, from the mini partnership as a build reads it.
import { beforeAll, describe, expect, it } from "vitest";
import { useMiniDataset } from "./mini-dataset.ts";

let council: typeof import("../../../src/lib/site/council.ts");
let supplier: typeof import("../../../src/lib/site/supplier.ts");
let contract: typeof import("../../../src/lib/site/contract.ts");

beforeAll(async () => {
  await useMiniDataset();
  council = await import("../../../src/lib/site/council.ts");
  supplier = await import("../../../src/lib/site/supplier.ts");
  contract = await import("../../../src/lib/site/contract.ts");
});

const councilPageOf = (slug: string) => {
  const path = council.councilPaths().find((p) => p.params.slug === slug);
  if (!path) throw new Error(`no page for ${slug}`);
  return council.councilPage(path.props.council);
};

describe("a council page", () => {
  it("has one page per partner", () => {
    expect(council.councilPaths().map((p) => p.params.slug)).toEqual(["alpha", "beta"]);
  });

  it("sums its summary, and the records of its files kept and set aside", () => {
    const alpha = councilPageOf("alpha");
    expect(alpha.summary).toBe("Alpha District Council: £8k in 13 payments.");
    expect(alpha.searchSummary).toBe("£8k in 13 payments");
    expect([alpha.kept, alpha.rejected]).toEqual([15, 10]);
    expect(alpha.kept + alpha.rejected).toBe(alpha.view.files.reduce((a, f) => a + f.rows, 0));
  });

  it("lists its payment files before its contract register", () => {
    expect(councilPageOf("alpha").listedFiles.map((f) => f.file)).toEqual([
      "spend/2023-04.csv",
      "spend/2023-05.csv",
      "spend/2023-06-corrected.csv",
      "spend/2023-06.csv",
      "spend/notes.csv",
      "contracts/register.csv",
    ]);
  });

  it("links the feeds and downloads of what the council has, and no others", () => {
    const beta = councilPageOf("beta");
    expect(beta.hasRows).toEqual({ payments: true, contracts: false });
    expect(beta.feeds.map((f) => f.kind)).toEqual(["payments"]);
    expect(councilPageOf("alpha").feeds.map((f) => f.kind)).toEqual(["contracts", "payments"]);
  });

  it("shows its monthly chart when it has more than one month, and counts its questions", () => {
    const alpha = councilPageOf("alpha");
    expect(alpha.monthly?.id).toBe("council/alpha/all/monthly");
    expect(alpha.monthlyChart).toBe(alpha.monthly);
    const beta = councilPageOf("beta");
    expect(beta.view.monthly.months).toHaveLength(1);
    expect(beta.monthlyChart).toBeUndefined();
    expect([alpha.questions, beta.questions]).toEqual([1, 0]);
  });
});

const supplierPageOf = (id: string) => {
  const path = supplier.supplierPaths().find((p) => p.params.id === id);
  if (!path) throw new Error(`no page for ${id}`);
  return supplier.supplierPage(path.props.supplier);
};

describe("a supplier page", () => {
  it("says what it was paid, by whom", () => {
    const acme = supplierPageOf("01026167");
    expect(acme.summary).toBe(
      "Acme Supplies Ltd: £5.5k in 8 payments from Alpha District Council, Beta Borough Council.",
    );
    expect(acme.searchSummary).toBe("£5.5k · Alpha District Council, Beta Borough Council");
    expect(acme.councilNames).toEqual(["Alpha District Council", "Beta Borough Council"]);
    expect(acme.companiesHouse).toBe(
      "https://find-and-update.company-information.service.gov.uk/company/01026167",
    );
    expect(acme.shared?.id).toBe("supplier/01026167");
    expect(acme.flags).toHaveLength(1);
  });

  it("words its largest payments and download for one payment or several", () => {
    const acme = supplierPageOf("01026167");
    expect([acme.largestHeading, acme.largestCaption, acme.downloadText]).toEqual([
      "Largest payments",
      "The 8 largest payments, with the published file and line each comes from",
      "All 8 payments",
    ]);
    const cafe = supplierPageOf("cafe-rouge-catering");
    expect([cafe.largestHeading, cafe.largestCaption, cafe.downloadText]).toEqual([
      "The payment",
      "The payment, with the published file and line it comes from",
      "The one payment",
    ]);
    expect(cafe.summary).toBe("Café Rouge Catering: -£540 in 1 payment from Beta Borough Council.");
  });

  it("names the partner council a supplier is, and knows a group of payees from a supplier", () => {
    expect(supplierPageOf("council-alpha").partnerCouncilName).toBe("Alpha District Council");
    expect(supplierPageOf("01026167").partnerCouncilName).toBe("");
    expect(supplierPageOf("redacted").isGroup).toBe(true);
    expect(supplierPageOf("not-published").isGroup).toBe(true);
    expect(supplierPageOf("01026167").isGroup).toBe(false);
  });
});

const contractPageOf = (id: string) => {
  const path = contract.contractPaths().find((p) => p.params.id === id);
  if (!path) throw new Error(`no page for ${id}`);
  return contract.contractPage(path.props.contract);
};

describe("a contract page", () => {
  it("describes a joint contract with no end date against the payments published so far", () => {
    const joint = contractPageOf("alpha-c-001");
    expect(joint.joint).toBe(true);
    expect(joint.description).toBe(
      "Waste collection (joint): £1.2m, Acme Supplies Limited, Alpha District Council, Beta Borough Council.",
    );
    expect(joint.searchValue).toBe("1200000.00");
    expect(joint.period).toBe("payments from 1 Apr 2022 onwards (no end date published)");
    expect(joint.coverage).toBe(
      "The published payments run from 1 Apr 2023 to 4 Jun 2023, so this covers only that part.",
    );
    expect(joint.share).toBe(": 0.4% of the contract's total value");
    expect(joint.notes).toEqual(["The end date was published as “TBC”."]);
    expect([joint.sme, joint.vcse]).toEqual(["No", "not stated"]);
    expect([joint.shares?.id, joint.toDate?.id]).toEqual([
      "joint-contract/alpha-c-001",
      "contract/alpha-c-001",
    ]);
  });

  it("says so when a contract's value is not stated, and charts no shares for one council", () => {
    const grant = contractPageOf("alpha-c-002");
    expect(grant.description).toBe(
      "Leisure grant: value not stated, Northern Leisure Trust, Alpha District Council.",
    );
    expect([grant.searchValue, grant.share, grant.sme]).toEqual(["0", "", "Yes"]);
    expect(grant.shares).toBeUndefined();
  });

  it("words the term spend's period from its dates", () => {
    expect(contract.termPeriod(1, "", "")).toBe("payment");
    expect(contract.termPeriod(2, "2022-04-01", "2030-03-31")).toBe(
      "payments from 1 Apr 2022 to 31 Mar 2030",
    );
    expect(contract.termPeriod(2, "", "2030-03-31")).toBe("payments to 31 Mar 2030");
  });

  it("writes contract-spend.csv with every contract once", () => {
    const lines = contract.contractSpendCsvText().trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]?.startsWith("contract_id,")).toBe(true);
  });
});
