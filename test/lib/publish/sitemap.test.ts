import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { sitemapFiles, sitemapPages, writeSitemap } from "../../../src/lib/publish/sitemap.ts";

/** A built site with these files (each with a line of text). */
function site(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "ledger-sitemap-"));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), "x");
  }
  return dir;
}

const FILES = [
  "index.html",
  "404.html",
  "site.css",
  "suppliers/index.html",
  "suppliers/01026167/index.html",
  "suppliers/acme-&-sons/index.html",
  "councils/alpha/index.html",
  "embed/per-resident/all/2024-25/index.html",
  "source-line/index.html",
  "data/payments.csv",
  "questions/spend-without-contract/alpha/2/index.html",
];

describe("the sitemap", () => {
  it("lists every page but embeds, the line viewer and the 404 page, in order", () => {
    expect(sitemapPages(FILES)).toEqual([
      "",
      "councils/alpha/",
      "questions/spend-without-contract/alpha/2/",
      "suppliers/",
      "suppliers/01026167/",
      "suppliers/acme-&-sons/",
    ]);
  });

  it("gives absolute URLs, percent-encoded and escaped for XML", () => {
    const files = sitemapFiles("https://spend.example.gov.uk/transparency/", ["", "suppliers/acme-&-sons/"]);
    expect([...files.keys()]).toEqual(["sitemap.xml"]);
    const xml = files.get("sitemap.xml") as string;
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<loc>https://spend.example.gov.uk/transparency/</loc>");
    expect(xml).toContain("<loc>https://spend.example.gov.uk/transparency/suppliers/acme-%26-sons/</loc>");
  });

  it("splits into an index of files past the limit", () => {
    const pages = ["a/", "b/", "c/", "d/", "e/"];
    const files = sitemapFiles("https://x.example/", pages, 2);
    expect([...files.keys()]).toEqual(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]);
    expect(files.get("sitemap.xml")).toContain("<sitemapindex");
    expect(files.get("sitemap.xml")).toContain("<loc>https://x.example/sitemap-3.xml</loc>");
    expect(files.get("sitemap-3.xml")).toContain("<loc>https://x.example/e/</loc>");
    const listed = [...files.values()].join("").match(/<url><loc>/g) ?? [];
    expect(listed.length).toBe(pages.length);
  });

  it("is written with robots.txt at the root of a host, without it under a base path, not at all without SITE_URL", () => {
    const root = site(FILES);
    expect(writeSitemap(root, "https://spend.example.gov.uk", "/")).toBe(
      "sitemap.xml: 6 pages in one file, with robots.txt",
    );
    expect(readFileSync(join(root, "robots.txt"), "utf8")).toContain(
      "Sitemap: https://spend.example.gov.uk/sitemap.xml",
    );
    const under = site(FILES);
    writeSitemap(under, "https://council.example.gov.uk", "/transparency/");
    expect(readFileSync(join(under, "sitemap.xml"), "utf8")).toContain(
      "<loc>https://council.example.gov.uk/transparency/councils/alpha/</loc>",
    );
    expect(existsSync(join(under, "robots.txt"))).toBe(false);
    const none = site(FILES);
    expect(writeSitemap(none, undefined, "/")).toMatch(/^No sitemap\.xml: set SITE_URL/);
    expect(existsSync(join(none, "sitemap.xml"))).toBe(false);
  });

  it("refuses a SITE_URL that is not an origin, naming it", () => {
    expect(() => writeSitemap(site(FILES), "spend.example.gov.uk", "/")).toThrow(
      /SITE_URL "spend\.example\.gov\.uk"/,
    );
    expect(() => writeSitemap(site(FILES), "https://x.example/transparency", "/")).toThrow(/BASE_PATH/);
  });
});
