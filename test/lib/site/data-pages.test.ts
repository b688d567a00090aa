// The downloads, data-quality, questions, about, source-line, embed and statement pages' models, from
// the mini partnership (with its red flags) as a build reads it.
import { beforeAll, describe, expect, it } from "vitest";
import { useMiniDataset } from "./mini-dataset.ts";

const site = {
  data: () => import("../../../src/lib/site/data.ts"),
  quality: () => import("../../../src/lib/site/data-quality.ts"),
  questions: () => import("../../../src/lib/site/questions.ts"),
  about: () => import("../../../src/lib/site/about.ts"),
  sourceLine: () => import("../../../src/lib/site/source-line.ts"),
  embed: () => import("../../../src/lib/site/embed.ts"),
  search: () => import("../../../src/lib/site/search.ts"),
  accessibility: () => import("../../../src/lib/site/accessibility.ts"),
};

beforeAll(async () => {
  await useMiniDataset();
});

describe("the downloads page", () => {
  it("describes the dataset for search engines, with absolute addresses when the site's is known", async () => {
    const { dataPage } = await site.data();
    const known = JSON.parse(dataPage(new URL("https://ledger.example.org/")).jsonLd);
    expect(known.url).toBe("https://ledger.example.org/");
    expect(known.distribution[0]).toMatchObject({
      name: "payments.csv.gz",
      encodingFormat: "application/gzip",
      contentUrl: "https://ledger.example.org/data/payments.csv.gz",
    });
    expect(known.distribution.find((d: { name: string }) => d.name === "payments.parquet")).toMatchObject({
      encodingFormat: "application/vnd.apache.parquet",
      contentUrl: "https://ledger.example.org/data/payments.parquet",
    });
    expect(known.creator.map((c: { name: string }) => c.name)).toEqual([
      "Alpha District Council",
      "Beta Borough Council",
    ]);
    const unknown = JSON.parse(dataPage(undefined).jsonLd);
    expect(unknown.url).toBeUndefined();
    expect(unknown.distribution[0].contentUrl).toBe("/data/payments.csv.gz");
  });

  it("gives each council its downloads and feeds for what it has", async () => {
    const page = (await site.data()).dataPage(undefined);
    expect(page.councils.map((c) => [c.slug, c.hasRows, c.feeds.map((f) => f.kind)])).toEqual([
      ["alpha", { payments: true, contracts: true }, ["contracts", "payments"]],
      ["beta", { payments: true, contracts: false }, ["payments"]],
    ]);
    expect(page.councilsWithFeeds.map((c) => c.slug)).toEqual(["alpha", "beta"]);
    // The Parquet and gzip files' rows are the payments (they cannot be counted as CSV lines).
    expect(page.downloads.find((d) => d.path === "payments.csv.gz")?.rows).toBe(19);
    expect(page.downloads.find((d) => d.path === "payments.parquet")?.rows).toBe(19);
    expect(page.columns.map((c) => c.path)).toContain("payments.csv.gz");
    expect(page.councilNames).toBe("Alpha District Council, Beta Borough Council");
  });
});

describe("the data-quality page", () => {
  it("accounts for every council's records and the scorecard", async () => {
    const page = (await site.quality()).dataQualityPage();
    expect(page.totals).toMatchObject({ files: 7, rows: 31, accepted: 21, rejected: 10 });
    expect(
      page.byCouncil.map((c) => [c.slug, c.files, c.rows, c.accepted, c.rejected, c.missingMonths]),
    ).toEqual([
      ["alpha", 6, 25, 15, 10, []],
      ["beta", 1, 6, 6, 0, []],
    ]);
    expect(page.scores.map((s) => [s.slug, s.rank])).toEqual([
      ["alpha", 1],
      ["beta", 2],
    ]);
    expect(page.someNotScored).toBe(false);
    expect(page.codeFields.startsWith("body name, date, transaction number")).toBe(true);
    // Beta publishes no register, but the joint contract it let for both is in alpha's: no note.
    expect(page.councilNotes).toEqual([]);
  });

  it("notes each file: set aside whole, its possible duplicates, its records set aside by reason", async () => {
    const page = (await site.quality()).dataQualityPage();
    const alpha = page.filesByCouncil.find((c) => c.slug === "alpha");
    const row = (file: string) => alpha?.files.find((f) => f.file.file === file);
    // The fixture's total row is not what its records add up to: the note says both figures.
    expect(row("spend/2023-04.csv")?.note).toBe(
      "2 possible duplicate payments. Its total row states £4,567.89; its other records add up to £6,116.94. ",
    );
    expect(row("spend/2023-04.csv")?.reasons.map((g) => g.lines)).toEqual([[8], [15], [9], [16]]);
    const replaced = row("spend/2023-06.csv");
    expect(replaced?.note).toBe("replaced by spend/2023-06-corrected.csv (a corrected re-issue)");
    expect(replaced?.reasons).toEqual([]);
    expect(row("spend/2023-05.csv")?.note).toBe("");
  });

  it("links a file to /sources/ only when it was copied there (a refused file has no sha256)", async () => {
    const quality = await site.quality();
    const page = quality.dataQualityPage();
    const first = page.filesByCouncil[0]?.files[0];
    expect(first?.published).toBe(true);
    const refused = { ...(first?.file as NonNullable<typeof first>["file"]), sha256: "" };
    expect(quality.fileRow(refused).published).toBe(false);
    expect(page.unusedRegisterColumns).toEqual([]);
  });

  it("writes the same scorecard to scorecard.csv, one line per council", async () => {
    const quality = await site.quality();
    const lines = quality.scorecardCsvText().trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]?.startsWith("1,alpha,")).toBe(true);
  });
});

describe("the questions pages", () => {
  it("counts each indicator's questions under each council", async () => {
    const page = (await site.questions()).questionsPage();
    expect(page.flags?.totals.flags).toBe(1);
    const identical = page.indicators.find((d) => d.id === "identical-record");
    expect(identical?.byCouncil.map((c) => [c.slug, c.listed])).toEqual([
      ["alpha", 1],
      ["beta", 0],
    ]);
    expect(identical?.found.map((c) => c.slug)).toEqual(["alpha"]);
    expect(page.councilNames).toEqual(["Alpha District Council", "Beta Borough Council"]);
    expect(["the defaults", "the data folder's flags.json"]).toContain(page.thresholdsFrom);
  });

  it("gives one list's page its headings, facets and the strongest questions", async () => {
    const questions = await site.questions();
    expect(questions.questionListPaths()).toEqual([
      { params: { indicator: "identical-record", council: "alpha" } },
    ]);
    const page = questions.questionListPage("identical-record", "alpha");
    expect(page.heading).toBe("Identical records in one file: Alpha District Council");
    expect([page.questionCount, page.listed]).toEqual([1, 1]);
    expect(page.items.map((r) => [r.indicator, r.score > 0, r.evidence])).toEqual([
      ["identical-record", true, "records identical in every column of one file"],
    ]);
    expect(page.download).toBe("/data/flags.csv");
    expect(page.otherCouncils.map((c) => c.slug)).toEqual(["alpha"]);
  });
});

describe("the about page", () => {
  it("gives each council its uncategorised shares, and says why each text has its category", async () => {
    const about = await site.about();
    const page = about.aboutPage();
    expect(page.uncategorised.map((u) => [u.council, u.publishesTypes])).toEqual([
      ["Alpha District Council", true],
      ["Beta Borough Council", false],
    ]);
    expect(page.services[0]).toMatchObject({ council: "Alpha District Council", why: "keyword “housing”" });
    expect([page.flagsRan, page.demo]).toEqual([true, true]);
    expect(about.ruleText({ rule: "override", matched: "" })).toBe("set in council.json");
    expect(about.ruleText({ rule: "none", matched: "" })).toBe("no rule matched");
  });
});

describe("the source-line viewer, the embeds, search and the statements", () => {
  it("lists every file with lines for the viewer", async () => {
    const files = JSON.parse((await site.sourceLine()).sourceLinePage().filesJson);
    expect(files.map((f: { file: string }) => f.file)).toContain("spend/2023-04.csv");
    expect(files[0].council_name).toBe("Alpha District Council");
  });

  it("gives each chart its embed page and files", async () => {
    const embed = await site.embed();
    const paths = embed.embedPaths();
    expect(paths.map((p) => p.params.chart)).toContain("per-resident/all/2023-24");
    const page = embed.embedPage("per-resident/all/2023-24");
    // Built without SITE_URL: the page does not know its address (no canonical, no oEmbed document).
    expect(page.url).toBeUndefined();
    expect(embed.oembedPaths()).toEqual([]);
    // A chart with nothing to show is not offered for embedding, though its files stay for its page.
    const offered = new Set(paths.map((p) => p.params.chart));
    const files = embed.chartPaths().map((p) => p.params.chart);
    for (const id of files) expect(offered.has(id), id).toBe(embed.embeddable(id) !== undefined);
    expect(files.length).toBeGreaterThanOrEqual(offered.size);
    expect(page.sourceCouncils).toBe("Alpha District Council, Beta Borough Council");
    expect(page.width).toBeGreaterThan(0);
    expect(embed.chartCsvResponse("no/such/chart").status).toBe(404);
    const oembed = await embed.oembedResponse("per-resident/all/2023-24").json();
    expect(oembed.provider_name).toBe("Shared Ledger – Mini Partnership");
    expect(embed.chartJsonResponse("per-resident/all/2023-24").headers.get("content-type")).toContain("json");
  });

  it("counts the A–Z letters for search, and lists the councils' contacts", async () => {
    // Two register contracts and one published only as an OCDS notice.
    const search = (await site.search()).searchPage();
    expect([...search.contractCounts.values()].reduce((a, n) => a + n, 0)).toBe(3);
    const { accessibilityPage, privacyPage } = await site.accessibility();
    expect(accessibilityPage().partnershipName).toBe("Mini Partnership");
    expect(privacyPage().contacts.map((c) => c.name)).toEqual([
      "Alpha District Council",
      "Beta Borough Council",
    ]);
  });
});
