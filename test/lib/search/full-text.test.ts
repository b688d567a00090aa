// The pages Pagefind's full text covers: the suppliers paid most, by absolute value, in a stable
// order; and the staging folder of hard links that Pagefind reads instead of the whole site.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fullTextSupplierIds, stageFullTextPages } from "../../../src/lib/search/full-text.ts";

describe("fullTextSupplierIds", () => {
  const suppliers = [
    { id: "small", total: 5_000_000n },
    { id: "credit", total: -90_000_000n },
    { id: "large", total: 120_000_000n },
    { id: "b-tie", total: 5_000_000n },
    { id: "a-tie", total: 5_000_000n },
  ];

  it("takes the largest by absolute value, ties by id", () => {
    expect(fullTextSupplierIds(suppliers, 3)).toEqual(["large", "credit", "a-tie"]);
    expect(fullTextSupplierIds(suppliers, 10)).toEqual(["large", "credit", "a-tie", "b-tie", "small"]);
  });

  it("takes none for a limit of zero", () => {
    expect(fullTextSupplierIds(suppliers, 0)).toEqual([]);
  });
});

describe("stageFullTextPages", () => {
  function site(): string {
    const dir = mkdtempSync(join(tmpdir(), "full-text-"));
    const page = (path: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, "index.html"), `<h1>${path}</h1>`);
    };
    for (const path of ["councils/alpha", "contracts/c-1", "suppliers/acme", "suppliers/tiny", "about"])
      page(path);
    return dir;
  }

  it("links councils, contracts and the chosen suppliers at their own paths, and nothing else", () => {
    const dir = site();
    const staging = join(dir, "..", `${dir.split("/").pop()}-staging`);
    mkdirSync(join(staging, "suppliers", "stale"), { recursive: true });
    const staged = stageFullTextPages(dir, staging, ["acme"]);
    expect(staged).toEqual({ pages: 3, missing: [] });
    for (const path of ["councils/alpha", "contracts/c-1", "suppliers/acme"]) {
      const linked = join(staging, path, "index.html");
      expect(readFileSync(linked, "utf8")).toBe(`<h1>${path}</h1>`);
      expect(statSync(linked).ino).toBe(statSync(join(dir, path, "index.html")).ino);
    }
    expect(existsSync(join(staging, "suppliers", "tiny"))).toBe(false);
    expect(existsSync(join(staging, "suppliers", "stale"))).toBe(false);
    expect(existsSync(join(staging, "about"))).toBe(false);
  });

  it("names a chosen supplier that has no page", () => {
    const dir = site();
    expect(stageFullTextPages(dir, `${dir}-staging`, ["acme", "ghost"]).missing).toEqual(["ghost"]);
  });
});
