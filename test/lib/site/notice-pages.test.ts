// Contracts the mini partnership published only as OCDS notices: their pages' model, and every list
// of contracts holding them; and the OCDS files on the data-quality pages.
import { beforeAll, describe, expect, it } from "vitest";
import { useMiniDataset } from "./mini-dataset.ts";

const site = {
  contract: () => import("../../../src/lib/site/contract.ts"),
  browse: () => import("../../../src/lib/site/browse.ts"),
  contracts: () => import("../../../src/lib/site/contracts.ts"),
  council: () => import("../../../src/lib/site/council.ts"),
  quality: () => import("../../../src/lib/site/data-quality.ts"),
  dataset: () => import("../../../src/lib/dataset/index.ts"),
};

let noticeId = "";

beforeAll(async () => {
  await useMiniDataset({ flags: false });
  const { ocds } = await site.dataset();
  const alone = ocds.contracts.filter((c) => c.register_matches.length === 0);
  expect(alone.map((c) => c.ocid)).toEqual(["ocds-b5fd17-mini-0002"]);
  noticeId = "ocds_alpha_ocds-b5fd17-mini-0002";
});

describe("a contract published only as a notice", () => {
  it("has a page, after the register's contracts, whose model says what the notice publishes and where", async () => {
    const { contractPaths, contractPage } = await site.contract();
    const paths = contractPaths();
    const ids = paths.map((p) => p.params.id);
    expect(ids.at(-1)).toBe(noticeId);
    expect(new Set(ids).size).toBe(ids.length);
    const path = paths.find((p) => p.params.id === noticeId);
    const page = contractPage(path?.props.contract as never);
    expect(page.noticeOnly).toBe(true);
    expect(page.title).toBe("Befriending service");
    expect(page.notice?.ocid).toBe("ocds-b5fd17-mini-0002");
    expect(page.noticeSuppliers.map((s) => s.name)).toEqual(["Alphaton Befriending Trust"]);
    const title = page.sourceRows.find((r) => r.field === "Title");
    expect(title).toMatchObject({
      register: null,
      notice: { text: "Befriending service", file: "ocds/notices.json" },
    });
    expect(title?.notice?.pointer).toMatch(/^#\/releases\/\d+\/tender\/title$/);
    expect(page.sourceRows.every((r) => r.notice !== null && r.register === null)).toBe(true);
  });

  it("a register contract's page is unchanged: not notice-only, its notice beside its register entry", async () => {
    const { contractPaths, contractPage } = await site.contract();
    const matched = contractPaths()
      .map((p) => contractPage(p.props.contract))
      .find((p) => p.notice?.ocid === "ocds-b5fd17-mini-0001");
    expect(matched?.noticeOnly).toBe(false);
    expect(matched?.sourceRows.some((r) => r.register !== null)).toBe(true);
  });

  it("is in the A–Z list, the contracts count and its council's contracts", async () => {
    const { contractBrowsePaths, contractLetterCounts } = await site.browse();
    const b = contractBrowsePaths().find((p) => p.params.letter === "b");
    expect(b?.props.list.map((c) => c.id)).toContain(noticeId);
    const { contractsPage } = await site.contracts();
    const { contracts, listedContracts } = await site.dataset();
    expect(contractsPage().count).toBe(contracts.length + 1);
    expect([...contractLetterCounts().values()].reduce((a, n) => a + n, 0)).toBe(listedContracts.length);
    const { councilPage } = await site.council();
    const { councils } = await site.dataset();
    const alpha = councilPage(councils.find((c) => c.slug === "alpha") as never);
    expect(alpha.view.contracts.map((c) => c.id)).toContain(noticeId);
    const beta = councilPage(councils.find((c) => c.slug === "beta") as never);
    expect(beta.view.contracts.map((c) => c.id)).not.toContain(noticeId);
  });
});

describe("the OCDS files on the data-quality pages", () => {
  it("count each file's releases read, kept and set aside, and the contracts known only from notices", async () => {
    const { dataQualityPage } = await site.quality();
    const { ocds } = await site.dataset();
    const alpha = dataQualityPage().filesByCouncil.find((c) => c.slug === "alpha")?.ocds;
    const file = ocds.files.find((f) => f.council === "alpha");
    expect(alpha?.files.map((f) => f.file.file)).toEqual(["ocds/notices.json"]);
    expect(alpha?.releases).toBe(file?.releases);
    expect((alpha?.kept ?? 0) + (alpha?.setAside ?? 0)).toBe(alpha?.releases);
    expect(alpha?.noticeOnly).toBe(1);
    expect(alpha?.matched).toBe(ocds.contracts.filter((c) => c.council === "alpha").length - 1);
    expect(dataQualityPage().filesByCouncil.find((c) => c.slug === "beta")?.ocds).toBeUndefined();
  });
});
