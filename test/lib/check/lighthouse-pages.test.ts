import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { pagesToMeasure } from "../../../src/lib/check/lighthouse-pages.ts";

function site(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "lh-pages-"));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), "<!doctype html>");
  }
  return dir;
}

describe("the pages Lighthouse measures", () => {
  it("takes one page of each kind, each top-level page, one embed per kind of chart, and the 404 page", () => {
    const dir = site([
      "index.html",
      "404.html",
      "about/index.html",
      "councils/index.html",
      "councils/alpha/index.html",
      "councils/beta/index.html",
      "suppliers/a1/index.html",
      "suppliers/a2/index.html",
      "browse/suppliers/a/index.html",
      "browse/contracts/b/index.html",
      "questions/duplicate-payment/alpha/index.html",
      "embed/trend/all/monthly/index.html",
      "embed/trend/all/yearly/index.html",
      "embed/supplier/a1/index.html",
      "embed/resize.js",
    ]);
    expect(pagesToMeasure(dir)).toEqual([
      { kind: "not found", path: "404.html" },
      { kind: "/about/", path: "about/" },
      { kind: "browse letter", path: "browse/contracts/b/" },
      { kind: "council", path: "councils/alpha/" },
      { kind: "/councils/", path: "councils/" },
      { kind: "embed: supplier", path: "embed/supplier/a1/" },
      { kind: "embed: trend", path: "embed/trend/all/monthly/" },
      { kind: "home", path: "" },
      { kind: "question list", path: "questions/duplicate-payment/alpha/" },
      { kind: "supplier", path: "suppliers/a1/" },
    ]);
  });
});
