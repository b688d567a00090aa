// The overview, list, A–Z, shared-suppliers, arrangement and category pages' models, from the mini
// partnership as a build reads it.
import { beforeAll, describe, expect, it } from "vitest";
import { useMiniDataset } from "./mini-dataset.ts";

const site = {
  home: () => import("../../../src/lib/site/home.ts"),
  councils: () => import("../../../src/lib/site/councils.ts"),
  suppliers: () => import("../../../src/lib/site/suppliers.ts"),
  contracts: () => import("../../../src/lib/site/contracts.ts"),
  browse: () => import("../../../src/lib/site/browse.ts"),
  shared: () => import("../../../src/lib/site/shared-suppliers.ts"),
  arrangements: () => import("../../../src/lib/site/arrangements.ts"),
  categories: () => import("../../../src/lib/site/categories.ts"),
  compare: () => import("../../../src/lib/site/compare.ts"),
};

beforeAll(async () => {
  await useMiniDataset();
});

describe("the overview page", () => {
  it("counts the files and records read, and says how current each partner's payments are", async () => {
    const page = (await site.home()).homePage();
    expect([page.councilCount, page.files, page.kept, page.setAside]).toEqual([2, 7, 21, 10]);
    expect(page.partners.map((p) => p.latest)).toEqual([
      ", payments to June 2023",
      ", payments to April 2023",
    ]);
    expect(page.latestYear).toBe("2023-24");
    expect(page.perResident?.id).toBe("per-resident/all/2023-24");
    // Withheld and unpublished payees and partner councils are not suppliers here.
    expect(page.largestSuppliers.map((s) => s.key)).not.toContain("redacted");
    expect(page.largestSuppliers.map((s) => s.key)).not.toContain("council-alpha");
  });

  it("says when a council has no payments read yet", async () => {
    const { latestPaymentsText } = await site.home();
    expect(latestPaymentsText(undefined)).toBe(", no payments read yet");
    expect(latestPaymentsText("2025-03-31")).toBe(", payments to March 2025");
  });
});

describe("the councils page", () => {
  it("gives each partner its payments kept and their total", async () => {
    const { rows } = (await site.councils()).councilsPage();
    expect(rows.map((r) => [r.slug, r.kept, r.amountTotal])).toEqual([
      ["alpha", 15, expect.any(String)],
      ["beta", 6, expect.any(String)],
    ]);
  });
});

describe("the suppliers and contracts pages", () => {
  it("lists the named suppliers paid most, leaving out partner councils and payee groups", async () => {
    const page = (await site.suppliers()).suppliersPage();
    expect(page.count).toBe(10);
    expect(page.largest.map((s) => s.id)).toEqual([
      "01026167",
      "ip12345r",
      "cmd-c-calc-a0",
      "redactive-events",
      "zurich-insurance",
      "cafe-rouge-catering",
    ]);
    expect([...page.letterCounts.values()].reduce((a, n) => a + n, 0)).toBe(10);
  });

  it("lists the newest and the joint contracts", async () => {
    const page = (await site.contracts()).contractsPage();
    // Two register contracts and one published only as an OCDS notice.
    expect(page.count).toBe(3);
    expect(page.newest.map((c) => c.id).filter((id) => !id.startsWith("ocds_"))).toEqual([
      "alpha-c-002",
      "alpha-c-001",
    ]);
    expect(page.newest.map((c) => c.id)).toContain("ocds_alpha_ocds-b5fd17-mini-0002");
    expect(page.joint.map((c) => c.id)).toEqual(["alpha-c-001"]);
  });
});

describe("an A–Z page", () => {
  it("has one page per letter with entries, headed and captioned for its list", async () => {
    const browse = await site.browse();
    const pages = browse.supplierBrowsePaths().map((p) => browse.browsePageModel("suppliers", p.props));
    expect(pages.map((p) => p.heading)).toEqual([
      "Suppliers: A",
      "Suppliers: B",
      "Suppliers: C",
      "Suppliers: N",
      "Suppliers: R",
      "Suppliers: S",
      "Suppliers: Z",
    ]);
    expect(pages[0]).toMatchObject({
      shownText: "2 suppliers",
      filename: "suppliers-a.csv",
      letterName: "A",
    });
    expect(pages[1]?.shownText).toBe("1 supplier");
  });

  it("names a letter split over pages, and the numbers-and-symbols letter", async () => {
    const { browsePageModel } = await site.browse();
    const counts = new Map([["c", 401]]);
    const second = browsePageModel("contracts", { letter: "c", page: 2, pages: 2, list: ["x"], counts });
    expect(second).toMatchObject({
      heading: "Contracts: C (page 2 of 2)",
      shownText: "1 of 401 contracts",
      filename: "contracts-c-2.csv",
    });
    const digits = browsePageModel("contracts", { letter: "0-9", page: 1, pages: 1, list: ["1"], counts });
    expect(digits.heading).toBe("Contracts: numbers and symbols");
    expect(digits.letterName).toBe("0-9");
  });
});

describe("the shared-suppliers page", () => {
  it("sums what shared suppliers were paid, and what is not yet under a joint contract", async () => {
    const page = (await site.shared()).sharedSuppliersPage();
    expect([page.count, page.covered, page.combined, page.uncovered, page.charted]).toEqual([
      1,
      1,
      5_515_250_000n,
      0n,
      1,
    ]);
    expect(page.tableCaption).toBe("Shared suppliers, by combined spend, all years");
    expect(page.rows).toEqual([
      expect.objectContaining({
        id: "01026167",
        paidBy: "Alpha District Council, Beta Borough Council",
        largestShare: "63.7%",
      }),
    ]);
    expect(page.rows[0]?.jointContracts.map((c) => c.id)).toEqual(["alpha-c-001"]);
  });
});

describe("the arrangements pages", () => {
  it("lists each arrangement with its partners", async () => {
    const page = (await site.arrangements()).arrangementsPage();
    expect(page.arrangements.map((a) => [a.id, a.partnersText])).toEqual([
      ["joint-waste", "Alpha District Council, Beta Borough Council"],
    ]);
  });

  it("words the declared target, and finds the contracts declared for the arrangement", async () => {
    const arrangements = await site.arrangements();
    const [path] = arrangements.arrangementPaths();
    if (!path) throw new Error("no arrangement");
    const page = arrangements.arrangementPage(path.props.arrangement);
    expect(page.target).toBe("£10,000.00 a year, shared equally");
    expect(page.partners.map((p) => p.name)).toEqual(["Alpha District Council", "Beta Borough Council"]);
    expect(page.chart?.id).toBe("arrangement/joint-waste");
    expect(page.under.map((c) => c.id)).toEqual(["alpha-c-001"]);
    expect(arrangements.savingsTargetText({ amount: 2500.5, per: "total" })).toBe("£2,500.50 in total");
  });
});

describe("the category and compare pages", () => {
  it("gives each category its latest per-resident chart, its trend and its other charts", async () => {
    const categories = await site.categories();
    const path = categories.categoryPaths().find((p) => p.params.id === "housing");
    if (!path) throw new Error("no housing page");
    const page = categories.categoryPage("housing", path.props.name);
    expect([page.latest, page.perResident.id, page.trend.id]).toEqual([
      "2023-24",
      "per-resident/housing/2023-24",
      "trend/housing/quarterly",
    ]);
    expect(page.trendViews).toEqual([
      { path: "embed/trend/housing/monthly/", text: "Payments by month" },
      { path: "embed/trend/housing/yearly/", text: "Payments by financial year" },
    ]);
    expect(page.earlierYears).toEqual([]);
  });

  it("compares every council in the latest year by default, and lists the services", async () => {
    const page = (await site.compare()).comparePage();
    expect(page.defaultId).toBe("per-resident/all/2023-24");
    expect(page.services.map((s) => s.id)).not.toContain("all");
    expect(page.services.length).toBe(page.data.categories.length - 1);
  });
});
