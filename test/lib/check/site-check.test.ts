// checkSite over small synthetic built sites: a good one passes; each kind of fault is reported once.
import { describe, expect, it } from "vitest";
import { checkSite } from "../../../src/lib/check/run.ts";
import { contractsCsv, goodSite, page, writeSite } from "./helpers.ts";

async function problemsOf(files: Record<string, string>, base = "/") {
  const result = await checkSite({ site: writeSite(files), base });
  return result.problems.map((p) => `${p.kind} | ${p.file}: ${p.message}`);
}

describe("checkSite", () => {
  it("passes a good site and counts its pages, links and expected pages", async () => {
    const result = await checkSite({ site: writeSite(goodSite()), base: "/" });
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(8);
    expect(result.links.external).toEqual({ https: 1, mailto: 1 });
    expect(result.links.internal).toBe(20);
    // The joint contract listed by both registers is one page.
    expect(result.expected).toEqual({ councils: 2, suppliers: 2, contracts: 2, sources: 1 });
    expect(result.sizes.byType.supplier.pages).toBe(2);
    expect(result.sizes.byType.home.largest?.file).toBe("index.html");
  });

  it("passes the same site built under a sub-path", async () => {
    const result = await checkSite({ site: writeSite(goodSite("/transparency/")), base: "/transparency" });
    expect(result.base).toBe("/transparency/");
    expect(result.problems).toEqual([]);
  });

  it("reports a broken link, a link to a folder without its slash and a missing stylesheet", async () => {
    const files = goodSite();
    files["councils/alpha/index.html"] = page(
      `<a href="/suppliers/nobody/">x</a> <a href="/suppliers/acme">y</a>`,
    );
    delete files["site.css"];
    expect(await problemsOf(files)).toEqual([
      'broken link | 404.html: link href "/site.css": no file site.css',
      'broken link | contracts/alpha-c1/index.html: link href "/site.css": no file site.css',
      'broken link | contracts/alpha-c1/index.html: img src "/site.css": no file site.css',
      'broken link | contracts/beta-x/index.html: link href "/site.css": no file site.css',
      'broken link | councils/alpha/index.html: link href "/site.css": no file site.css',
      'broken link | councils/alpha/index.html: a href "/suppliers/nobody/": no page at suppliers/nobody/index.html',
      'broken link | councils/alpha/index.html: a href "/suppliers/acme": missing trailing slash (suppliers/acme/ exists)',
      'broken link | councils/beta/index.html: link href "/site.css": no file site.css',
      'broken link | index.html: link href "/site.css": no file site.css',
      'broken link | suppliers/acme/index.html: link href "/site.css": no file site.css',
      'broken link | suppliers/bravo-co/index.html: link href "/site.css": no file site.css',
    ]);
  });

  it("reports missing anchors on the same page and on another page, once per page", async () => {
    const files = goodSite();
    files["councils/alpha/index.html"] = page(
      `<a href="#nowhere">a</a><a href="#nowhere">again</a><a href="#main">ok</a><a href="#top">top</a>` +
        `<a href="/suppliers/acme/#gone">b</a><a href="/councils/alpha/#nowhere2">c</a>`,
    );
    expect(await problemsOf(files)).toEqual([
      'missing anchor | councils/alpha/index.html: a href "#nowhere": no id="nowhere" on this page',
      'missing anchor | councils/alpha/index.html: a href "/councils/alpha/#nowhere2": no id="nowhere2" on this page',
      'missing anchor | councils/alpha/index.html: a href "/suppliers/acme/#gone": no id="gone" in suppliers/acme/index.html',
    ]);
  });

  it("reports root-relative links outside the base path, relative links on the 404 page and duplicate ids", async () => {
    const files = goodSite("/transparency/");
    files["contracts/beta-x/index.html"] = page(
      `<a href="/suppliers/acme/">x</a><h2 id="a">A</h2><h2 id="a">A again</h2>`,
      "/transparency/",
    );
    files["404.html"] = page(`<a href="./">home</a>`, "/transparency/");
    expect(await problemsOf(files, "/transparency/")).toEqual([
      'relative link on 404 page | 404.html: a href "./": relative link on the 404 page, which is served at any URL',
      'duplicate id | contracts/beta-x/index.html: duplicate id="a"',
      "link outside base path | contracts/beta-x/index.html: a href: root-relative link outside the base path /transparency/: /suppliers/acme/",
    ]);
  });

  it("reports a missing page for a supplier, a council and a contract of the dataset", async () => {
    const files = goodSite();
    files["data/suppliers.csv"] += "charlie,Charlie Ltd\n";
    files["data/quality.json"] = files["data/quality.json"]?.replace(
      '{"council":"beta"}',
      '{"council":"beta"},{"council":"gamma"}',
    ) as string;
    files["data/contracts.csv"] = contractsCsv([
      { id: "alpha-c1", council: "alpha", reference: "C1", supplier_id: "acme" },
      { id: "beta-x", council: "beta", reference: "", supplier_id: "" },
      { id: "beta-c2", council: "beta", reference: "C1", supplier_id: "acme" },
    ]);
    expect(await problemsOf(files)).toEqual([
      'missing council page | councils/gamma/index.html: missing page for council "gamma" (listed in quality.json)',
      'missing supplier page | suppliers/charlie/index.html: missing page for supplier "charlie" (listed in suppliers.csv)',
      'missing contract page | contracts/beta-c2/index.html: missing page for contract "beta-c2" (listed in contracts.csv)',
    ]);
  });

  it("reports a missing page for a contract published only as an OCDS notice, not for a matched one", async () => {
    const files = goodSite();
    const notice = (ocid: string, matched: boolean) => ({
      council: "alpha",
      ocid,
      awards: [],
      contracts: [],
      releases: [{ at: "ocds/a.json#/releases/0" }],
      register_matches: matched ? [{ entry_id: "alpha-c1" }] : [],
    });
    files["data/ocds.json"] = JSON.stringify({
      contracts: [notice("ocds-b5fd17-1", true), notice("ocds-b5fd17-2", false)],
      set_aside: [],
      files: [],
    });
    expect(await problemsOf(files)).toEqual([
      'missing contract page | contracts/ocds_alpha_ocds-b5fd17-2/index.html: missing page for contract "ocds_alpha_ocds-b5fd17-2" (listed in ocds.json)',
    ]);
    files["contracts/ocds_alpha_ocds-b5fd17-2/index.html"] = page("<p>Notice</p>");
    expect(await problemsOf(files)).toEqual([]);
  });

  it("reports an original file whose sha256 differs from quality.json, and a missing one", async () => {
    const files = goodSite();
    files["sources/alpha/spend/2023-04.csv"] += "02/04/2023,Acme Ltd,5.00\n";
    const quality = JSON.parse(files["data/quality.json"] as string);
    quality.files.push({ council: "beta", file: "spend/2023-04.csv", sha256: "0".repeat(64) });
    files["data/quality.json"] = JSON.stringify(quality);
    const problems = await problemsOf(files);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^source file \| sources\/alpha\/spend\/2023-04\.csv: sha256 [0-9a-f]{64} differs from quality\.json \([0-9a-f]{64}\)$/,
    );
    expect(problems[1]).toBe(
      "source file | sources/beta/spend/2023-04.csv: missing original file listed in quality.json",
    );
  });

  it("reports a site without its dataset", async () => {
    const files = goodSite();
    delete files["data/quality.json"];
    expect(await problemsOf(files)).toEqual([
      "dataset | data/quality.json: missing: cannot check council pages and sources",
    ]);
  });
});
