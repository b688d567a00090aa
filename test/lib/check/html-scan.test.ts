import { describe, expect, it } from "vitest";
import { decodeEntities, scanHtml, srcsetUrls } from "../../../src/lib/check/html-scan.ts";

describe("scanHtml", () => {
  it("reads URLs in double, single and no quotes, and ids", () => {
    const { refs, ids } = scanHtml(
      `<a href="/a/" id=one>x</a><IMG SRC='/b.png' alt="a > b"><link rel=stylesheet href=/c.css>` +
        `<form action="/search/"><input id="q" name=q></form><area href = "/d/">`,
    );
    expect(refs).toEqual([
      { from: "a href", url: "/a/" },
      { from: "img src", url: "/b.png" },
      { from: "link href", url: "/c.css" },
      { from: "form action", url: "/search/" },
      { from: "area href", url: "/d/" },
    ]);
    expect(ids).toEqual(["one", "q"]);
  });

  it("decodes character references in attribute values", () => {
    const { refs, ids } = scanHtml(`<a href="/x/?a=1&amp;b=2&#38;c=&#x33;" id="r&amp;d">x</a>`);
    expect(refs[0]?.url).toBe("/x/?a=1&b=2&c=3");
    expect(ids).toEqual(["r&d"]);
  });

  it("ignores comments, the doctype, end tags and the text of scripts and styles", () => {
    const { refs } = scanHtml(
      `<!DOCTYPE html><!-- <a href="/commented/"> --><script>const s = '<a href="/in-script/">';</script>` +
        `<style>a[href="/in-style/"]{}</style><p>1 < 2 and <b>bold</b></p></P><script src="/s.js"></script>` +
        `<a href="/after/">ok</a>`,
    );
    expect(refs.map((r) => r.url)).toEqual(["/s.js", "/after/"]);
  });

  it("reads every URL of a srcset and Astro island scripts", () => {
    const { refs } = scanHtml(
      `<img srcset="/a.png 1x, /b.png 2x" src="/a.png"><astro-island component-url="/_astro/C.js" renderer-url="/_astro/r.js">`,
    );
    expect(refs.map((r) => `${r.from} ${r.url}`)).toEqual([
      "img srcset /a.png",
      "img srcset /b.png",
      "img src /a.png",
      "astro-island component-url /_astro/C.js",
      "astro-island renderer-url /_astro/r.js",
    ]);
  });

  it("keeps attributes without a value apart from the next one", () => {
    const { refs } = scanHtml(`<a download href="/f.csv">f</a><input disabled/><a hidden/ href="/g/">`);
    expect(refs.map((r) => r.url)).toEqual(["/f.csv", "/g/"]);
  });

  it("reads UTF-8 bytes as well as text, and finds the end of an upper-case script", () => {
    const html = `<SCRIPT>"<a href='/no/'>"</SCRIPT><a href="/sources/café/mai.csv" id="ré">x</a>`;
    const scanned = scanHtml(new TextEncoder().encode(html));
    expect(scanned).toEqual(scanHtml(html));
    expect(scanned).toEqual({ refs: [{ from: "a href", url: "/sources/café/mai.csv" }], ids: ["ré"] });
  });

  it("survives a page cut off inside a tag", () => {
    expect(scanHtml(`<a href="/x/`).refs).toEqual([{ from: "a href", url: "/x/" }]);
    expect(scanHtml(`<p>text <`).refs).toEqual([]);
  });
});

describe("decodeEntities and srcsetUrls", () => {
  it("leaves unknown references and plain text alone", () => {
    expect(decodeEntities("a &copy; b &lt; c &#0; d")).toBe("a &copy; b < c &#0; d");
    expect(srcsetUrls(" /a.png 480w ,/b.png 800w")).toEqual(["/a.png", "/b.png"]);
  });
});
