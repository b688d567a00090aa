import { describe, expect, it } from "vitest";
import { fileForPath, normaliseBase, pageUrl, resolveUrl } from "../../../src/lib/check/urls.ts";

describe("resolveUrl", () => {
  it("maps links under the base path to site paths, without query, with the fragment decoded", () => {
    const base = "/transparency/";
    expect(resolveUrl("/transparency/suppliers/x/?sort=a#p%C3%A9", "/transparency/", base)).toEqual({
      kind: "internal",
      path: "suppliers/x/",
      fragment: "pé",
    });
    expect(resolveUrl("/transparency/", "/transparency/about/", base)).toEqual({
      kind: "internal",
      path: "",
      fragment: "",
    });
    expect(resolveUrl("/transparency/sources/a/spend/May%202023.csv", "/transparency/", base)).toMatchObject({
      path: "sources/a/spend/May 2023.csv",
    });
  });

  it("resolves relative links against the page's URL", () => {
    expect(resolveUrl("../b/", "/t/suppliers/a/", "/t/")).toMatchObject({ path: "suppliers/b/" });
    expect(resolveUrl("payments.csv", "/t/data/", "/t/")).toMatchObject({ path: "data/payments.csv" });
  });

  it("reports root-relative links outside the base path and relative links that climb out of it", () => {
    expect(resolveUrl("/suppliers/x/", "/t/", "/t/")).toMatchObject({
      kind: "error",
      problem: "link outside base path",
    });
    expect(resolveUrl("../../x/", "/t/a/", "/t/")).toMatchObject({
      kind: "error",
      problem: "link outside base path",
    });
    expect(resolveUrl("/suppliers/x/", "/", "/")).toMatchObject({ kind: "internal", path: "suppliers/x/" });
    expect(resolveUrl("/t", "/t/a/", "/t/")).toEqual({
      kind: "error",
      problem: "broken link",
      message: "missing trailing slash: /t",
    });
  });

  it("tells same-page fragments and external URLs apart", () => {
    expect(resolveUrl("#a%20b", "/", "/")).toEqual({ kind: "same-page", fragment: "a b" });
    expect(resolveUrl("", "/", "/")).toEqual({ kind: "same-page", fragment: "" });
    expect(resolveUrl(" https://x.org/ ", "/", "/")).toEqual({ kind: "external", scheme: "https" });
    expect(resolveUrl("MAILTO:a@b", "/", "/")).toEqual({ kind: "external", scheme: "mailto" });
    expect(resolveUrl("//cdn.example/x.js", "/", "/")).toEqual({ kind: "external", scheme: "//" });
  });

  it("reports malformed percent-encoding", () => {
    expect(resolveUrl("/a%E0%A4%A/", "/", "/")).toMatchObject({ kind: "error", problem: "malformed link" });
  });
});

describe("fileForPath, pageUrl and normaliseBase", () => {
  const files = new Set(["index.html", "a/index.html", "data/x.csv"]);
  const exists = (f: string) => files.has(f);

  it("serves folders from index.html and wants their trailing slash", () => {
    expect(fileForPath("", exists)).toEqual({ file: "index.html" });
    expect(fileForPath("a/", exists)).toEqual({ file: "a/index.html" });
    expect(fileForPath("data/x.csv", exists)).toEqual({ file: "data/x.csv" });
    expect(fileForPath("a", exists)).toEqual({ error: "missing trailing slash (a/ exists)" });
    expect(fileForPath("b/", exists)).toEqual({ error: "no page at b/index.html" });
    expect(fileForPath("data/y.csv", exists)).toEqual({ error: "no file data/y.csv" });
  });

  it("gives the URL a file is served at and normalises the base", () => {
    expect(pageUrl("index.html", "/t/")).toBe("/t/");
    expect(pageUrl("suppliers/x/index.html", "/t/")).toBe("/t/suppliers/x/");
    expect(pageUrl("404.html", "/")).toBe("/404.html");
    expect(["/", "", "transparency", "/transparency", "/transparency/"].map(normaliseBase)).toEqual([
      "/",
      "/",
      "/transparency/",
      "/transparency/",
      "/transparency/",
    ]);
  });
});
