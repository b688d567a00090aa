// End to end: a small dataset through publishDownloads, every written file checked.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { closeDuckDb, openDuckDb } from "../../../src/lib/columnar/duckdb.ts";
import { writeParquetTable } from "../../../src/lib/columnar/parquet-tables.ts";
import { type PublishSummary, publishDownloads } from "../../../src/lib/publish/publish-downloads.ts";
import { PAYMENTS } from "../../../src/lib/tables/payments.ts";
import {
  COUNCILS,
  expectedCsv,
  type FixtureDataset,
  HOSTILE_SUPPLIER_XML,
  MULTI_LINE,
  writeFixtureDataset,
} from "./fixture-dataset.ts";
import { childElements, childText, parseXml, type XmlElement } from "./xml-check.ts";

const root = mkdtempSync(join(tmpdir(), "ledger-publish-"));
let data: FixtureDataset;
let summary: PublishSummary;
const site = join(root, "site");

const publish = (siteDir: string, windowBytes?: number) =>
  publishDownloads({
    datasetDir: data.dir,
    siteDir,
    base: "/transparency/",
    partnership: { name: "Vales Partnership", website: "https://vales.example/" },
    councils: COUNCILS,
    windowBytes,
  });

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}
const read = (path: string) => readFileSync(join(site, path), "utf8");
const feed = (path: string): XmlElement => parseXml(read(path));
const entryIds = (xml: XmlElement) => childElements(xml, "entry").map((e) => childText(e, "id"));

beforeAll(async () => {
  data = writeFixtureDataset(join(root, "dataset"));
  const db = await openDuckDb();
  await writeParquetTable(db, data.dir, PAYMENTS, ["council", "date", "supplier_id", "id"]);
  closeDuckDb(db);
  mkdirSync(join(site, "data", "suppliers"), { recursive: true });
  writeFileSync(join(site, "data", "suppliers", "stale.csv"), "left from an earlier build");
  mkdirSync(join(site, "feeds"), { recursive: true });
  writeFileSync(join(site, "feeds", "index.html"), "a page, not ours");
  summary = await publish(site, 200);
});

describe("payments", () => {
  it("are not copied per supplier or per council (payments.parquet holds them all); stale copies are removed", () => {
    expect(existsSync(join(site, "data", "suppliers", "stale.csv"))).toBe(false);
    expect(listFiles(join(site, "data")).filter((f) => f.endsWith("payments.csv"))).toEqual([]);
    expect(readFileSync(join(site, "feeds", "index.html"), "utf8")).toBe("a page, not ours");
    expect(summary.payments).toBe(data.payments.length);
  });
});

describe("per-council contract CSVs", () => {
  it("split contracts.csv completely: every row once, in its council's file", () => {
    let contracts = 0;
    for (const { slug } of COUNCILS) {
      const entries = data.contracts.filter((c) => c.council === slug);
      expect(read(`data/councils/${slug}/contracts.csv`)).toBe(expectedCsv(data.contractHeader, entries));
      contracts += entries.length;
    }
    expect(contracts).toBe(data.contracts.length);
    expect(summary).toMatchObject({ registerEntries: contracts, councilFiles: 4 });
  });

  it("keep quoted multi-line cells intact", () => {
    const all = COUNCILS.flatMap(
      ({ slug }) =>
        Papa.parse<Record<string, string>>(read(`data/councils/${slug}/contracts.csv`), {
          header: true,
          skipEmptyLines: true,
        }).data,
    );
    expect(all).toHaveLength(data.contracts.length);
  });

  it("give a council with no rows a file with the header alone", () => {
    const empty = COUNCILS.find(({ slug }) => !data.contracts.some((c) => c.council === slug));
    expect(empty).toBeDefined();
    expect(read(`data/councils/${empty?.slug}/contracts.csv`)).toBe(`${data.contractHeader}\n`);
  });
});

describe("Atom feeds", () => {
  const feeds = ["feeds/contracts.xml", "feeds/payments.xml"].concat(
    COUNCILS.flatMap((c) => [`feeds/${c.slug}/contracts.xml`, `feeds/${c.slug}/payments.xml`]),
  );

  it("are well-formed Atom documents", () => {
    const written = listFiles(join(site, "feeds")).filter((f) => f.endsWith(".xml"));
    expect(written.map((f) => `feeds/${f}`)).toEqual([...feeds].sort());
    for (const path of feeds) {
      const xml = feed(path);
      expect(xml.name).toBe("feed");
      expect(xml.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
      for (const name of ["id", "title", "updated"]) expect(childElements(xml, name)).toHaveLength(1);
      for (const entry of childElements(xml, "entry")) {
        expect(childText(entry, "updated")).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
        expect(childElements(entry, "link").length).toBeGreaterThan(0);
      }
    }
    expect(summary.feeds).toBe(feeds.length);
  });

  it("list payments of £100,000 or more only, newest first", () => {
    const xml = feed("feeds/payments.xml");
    expect(childText(xml, "title")).toBe("Payments of £100,000 or more: all councils");
    expect(entryIds(xml)).toEqual(["p2", "p1", "p5"].map((id) => `tag:vales.example,2025:payments/${id}`));
    expect(childText(xml, "updated")).toBe("2024-04-03T00:00:00Z");
    expect(entryIds(feed("feeds/beta/payments.xml"))).toEqual([]);
    expect(entryIds(feed("feeds/gamma/payments.xml"))).toEqual(["tag:vales.example,2025:payments/p5"]);
  });

  it("carry a payment's multi-line description from payments.parquet", () => {
    const [entry] = childElements(feed("feeds/gamma/payments.xml"), "entry");
    const text = JSON.stringify(entry);
    for (const line of MULTI_LINE.split(/\r?\n/)) expect(text).toContain(line.replaceAll('"', '\\"'));
  });

  it("escape hostile supplier names and titles so they read back as text", () => {
    const raw = read("feeds/payments.xml");
    for (const bad of ["<script", "\u0001", "\u0007"]) expect(raw).not.toContain(bad);
    const [hostile] = childElements(feed("feeds/payments.xml"), "entry");
    expect(hostile && childText(hostile, "title")).toBe(
      `£100,000.00 to ${HOSTILE_SUPPLIER_XML} (Alpha District Council)`,
    );
    expect(hostile && childElements(hostile, "link")[0]?.attributes.href).toBe(
      "/transparency/suppliers/script-and-sons/",
    );
    const contracts = childElements(feed("feeds/beta/contracts.xml"), "entry");
    expect(contracts.map((e) => childText(e, "title"))).toContain('Waste & <b>"recycling"</b> bins');
  });

  it("list a joint contract once, and in each of its councils' feeds", () => {
    const joint = "tag:vales.example,2025:contracts/alpha-joint-1/";
    const all = entryIds(feed("feeds/contracts.xml"));
    expect(all).toEqual([
      "tag:vales.example,2025:contracts/beta-b-7/",
      joint,
      "tag:vales.example,2025:contracts/gamma-g-2/",
    ]);
    for (const slug of ["alpha", "beta", "gamma"])
      expect(entryIds(feed(`feeds/${slug}/contracts.xml`))).toContain(joint);
    expect(entryIds(feed("feeds/delta/contracts.xml"))).toEqual([]);
  });
});

it("gives byte-identical output on a second run, whatever the window size", async () => {
  const again = join(root, "again");
  await publish(again, 1 << 20);
  const files = listFiles(site).filter((f) => f !== join("feeds", "index.html"));
  expect(files).toContain(join("feeds", "payments.xml"));
  expect(listFiles(again)).toEqual(files);
  for (const file of files) expect(readFileSync(join(again, file))).toEqual(readFileSync(join(site, file)));
});
