import { describe, expect, it } from "vitest";
import type { ContractRecord } from "../../../src/lib/dataset/contracts.ts";
import { renderAtom } from "../../../src/lib/publish/atom.ts";
import { contractFeed, newestContracts } from "../../../src/lib/publish/contract-feed.ts";
import { feedLinks, LARGE_PAYMENT_MICROS } from "../../../src/lib/publish/feed-catalogue.ts";
import type { FeedContext } from "../../../src/lib/publish/feed-frame.ts";
import { feedUrls } from "../../../src/lib/publish/feed-urls.ts";
import { type LargePayment, LargePaymentPicker, paymentFeed } from "../../../src/lib/publish/payment-feed.ts";
import { childElements, childText, parseXml } from "./xml-check.ts";

const context = (siteUrl?: string): FeedContext => ({
  urls: feedUrls({ base: "/transparency", siteUrl, website: "https://www.vales.example/" }),
  author: "Vales & Partners <Shared>",
  councilNames: new Map([
    ["alpha", "Alpha Council"],
    ["beta", "Beta Council"],
  ]),
  datasetUpdated: "2024-12-31",
});

const payment = (id: string, date: string, pounds: number, council = "alpha"): LargePayment => ({
  id,
  council,
  date,
  amount: pounds * 1_000_000,
  supplierId: "acme",
  supplier: "Acme",
  partnerPayment: false,
  expenseArea: "",
  expenseType: "",
  description: "",
  sourceFile: "spend/2024.csv",
  sourceLine: 7,
});

describe("LargePaymentPicker", () => {
  it("keeps payments of the threshold or more only, newest first, at most `limit` per feed", () => {
    const picker = new LargePaymentPicker(3);
    picker.offer(payment("under", "2024-09-01", LARGE_PAYMENT_MICROS / 1_000_000 - 0.01));
    picker.offer(payment("credit", "2024-09-01", -500_000));
    picker.offer(payment("undated", "", 500_000));
    for (let day = 10; day < 30; day++) picker.offer(payment(`d${day}`, `2024-08-${day}`, 100_000, "alpha"));
    picker.offer(payment("at", "2024-08-29", 100_000, "beta"));
    picker.offer(payment("bigger-same-day", "2024-08-29", 200_000, "beta"));
    expect(picker.newest().map((p) => p.id)).toEqual(["bigger-same-day", "at", "d29"]);
    expect(picker.newest("alpha").map((p) => p.id)).toEqual(["d29", "d28", "d27"]);
    expect(picker.newest("gamma")).toEqual([]);
  });

  it("writes a feed whose entries link to the supplier page and name the source file and line", () => {
    const picker = new LargePaymentPicker();
    picker.offer(payment("p1", "2024-08-01", 150_000));
    const root = parseXml(renderAtom(paymentFeed(picker, context())));
    expect(childText(root, "title")).toBe("Payments of £100,000 or more: all councils");
    expect(childText(root, "updated")).toBe("2024-08-01T00:00:00Z");
    const [entry] = childElements(root, "entry");
    expect(entry && childText(entry, "id")).toBe("tag:www.vales.example,2025:payments/p1");
    expect(entry && childElements(entry, "link")[0]?.attributes.href).toBe("/transparency/suppliers/acme/");
    expect(entry && childText(entry, "summary")).toContain("Source: alpha/spend/2024.csv:7");
    expect(entry && childText(entry, "title")).toBe("£150,000.00 to Acme (Alpha Council)");
  });

  it("dates an empty feed by the dataset, never by the clock", () => {
    const root = parseXml(
      renderAtom(paymentFeed(new LargePaymentPicker(), context(), { slug: "beta", name: "B" })),
    );
    expect(childText(root, "updated")).toBe("2024-12-31T00:00:00Z");
    expect(childElements(root, "entry")).toEqual([]);
  });
});

const contract = (id: string, startDate: string, councils: string[], title = id): ContractRecord =>
  ({
    id,
    council: councils[0],
    reference: id.toUpperCase(),
    title,
    description: "",
    supplierId: "acme",
    supplier: "Acme",
    startDate,
    endDate: "",
    totalValue: null,
    lettingCouncil: councils[0],
    councils,
    sourceFile: "contracts/r.csv",
    sourceLine: 2,
  }) as unknown as ContractRecord;

describe("contract feeds", () => {
  const contracts = [
    contract("old", "2020-01-01", ["alpha"]),
    contract("joint", "2024-04-01", ["alpha", "beta"]),
    contract("undated", "", ["beta"]),
    contract("new", "2024-09-01", ["beta"], 'Bins & "bags" <b>'),
  ];

  it("lists dated contracts latest first, a council's feed holding the contracts it is party to", () => {
    expect(newestContracts(contracts).map((c) => c.id)).toEqual(["new", "joint", "old"]);
    expect(newestContracts(contracts, "alpha").map((c) => c.id)).toEqual(["joint", "old"]);
    expect(newestContracts(contracts, "beta", 1).map((c) => c.id)).toEqual(["new"]);
  });

  it("uses absolute links and ids with SITE_URL, and escapes titles", () => {
    const xml = renderAtom(contractFeed(contracts, context("https://spend.example.gov.uk")));
    const root = parseXml(xml);
    expect(root.attributes["xml:base"]).toBe("https://spend.example.gov.uk/transparency/");
    expect(childText(root, "id")).toBe("https://spend.example.gov.uk/transparency/feeds/contracts.xml");
    const [author] = childElements(root, "author");
    expect(author && childText(author, "name")).toBe("Vales & Partners <Shared>");
    const entries = childElements(root, "entry");
    expect(entries.map((e) => childText(e, "id"))).toEqual([
      "https://spend.example.gov.uk/transparency/contracts/new/",
      "https://spend.example.gov.uk/transparency/contracts/joint/",
      "https://spend.example.gov.uk/transparency/contracts/old/",
    ]);
    expect(entries[0] && childText(entries[0], "title")).toBe('Bins & "bags" <b>');
    expect(xml).not.toContain("<b>");
  });

  it("refuses a SITE_URL with a path (BASE_PATH gives the path)", () => {
    expect(() => feedUrls({ base: "/", siteUrl: "https://x.example/transparency" })).toThrow(/origin only/);
  });
});

describe("feedLinks", () => {
  it("gives the partnership's or a council's feeds under the base path", () => {
    expect(feedLinks("/")).toEqual([
      {
        kind: "contracts",
        href: "/feeds/contracts.xml",
        title: "Newest contracts: all councils",
        type: "application/atom+xml",
      },
      {
        kind: "payments",
        href: "/feeds/payments.xml",
        title: "Payments of £100,000 or more: all councils",
        type: "application/atom+xml",
      },
    ]);
    expect(feedLinks("/transparency", { slug: "alpha", name: "Alpha Council" }).map((l) => l.href)).toEqual([
      "/transparency/feeds/alpha/contracts.xml",
      "/transparency/feeds/alpha/payments.xml",
    ]);
  });
});
