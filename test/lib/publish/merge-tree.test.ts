import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeTree } from "../../../src/lib/publish/merge-tree.ts";

function tree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function fresh(): { from: string; into: string } {
  const dir = mkdtempSync(join(tmpdir(), "merge-"));
  return { from: join(dir, "extra"), into: join(dir, "site") };
}

describe("mergeTree", () => {
  it("moves new folders whole and merges folders present in both", () => {
    const { from, into } = fresh();
    tree(into, {
      "index.html": "home",
      "suppliers/acme/index.html": "acme page",
      "data/index.html": "data page",
    });
    tree(from, {
      "suppliers/acme/payments.csv": "acme rows",
      "suppliers/bolt/payments.csv": "bolt rows",
      "data/payments.csv": "all rows",
      "sources/alpha/spend/2024-04.csv": "published",
    });
    mergeTree(from, into);
    expect(readFileSync(join(into, "suppliers/acme/index.html"), "utf8")).toBe("acme page");
    expect(readFileSync(join(into, "suppliers/acme/payments.csv"), "utf8")).toBe("acme rows");
    expect(readFileSync(join(into, "suppliers/bolt/payments.csv"), "utf8")).toBe("bolt rows");
    expect(readFileSync(join(into, "data/payments.csv"), "utf8")).toBe("all rows");
    expect(readFileSync(join(into, "data/index.html"), "utf8")).toBe("data page");
    expect(readFileSync(join(into, "sources/alpha/spend/2024-04.csv"), "utf8")).toBe("published");
    expect(existsSync(from)).toBe(false);
  });

  it("stops before moving anything when both sides hold the same file, naming it", () => {
    const { from, into } = fresh();
    tree(into, { "data/index.html": "data page" });
    tree(from, { "a.csv": "a", "data/index.html": "not a page" });
    expect(() => mergeTree(from, into)).toThrow(
      /both hold data\/index\.html: two build steps wrote the same path/,
    );
    expect(existsSync(join(into, "a.csv"))).toBe(false);
    expect(readFileSync(join(into, "data/index.html"), "utf8")).toBe("data page");
  });

  it("counts a folder on one side and a file on the other as a clash", () => {
    const { from, into } = fresh();
    tree(into, { feeds: "a file" });
    tree(from, { "feeds/all.xml": "<feed/>" });
    expect(() => mergeTree(from, into)).toThrow(/both hold feeds:/);
  });
});
