// compare-dist: two folders compared file by file, as a function and as the command.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compareDirs, comparisonReport } from "../../../src/lib/check/compare-dirs.ts";

const ROOT = resolve(import.meta.dirname, "../../..");

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ledger-compare-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const compareDist = (a: string, b: string) =>
  spawnSync(process.execPath, [join(ROOT, "scripts/compare-dist.ts"), a, b], { encoding: "utf8" });

const SITE = { "index.html": "<p>home</p>", "suppliers/acme/index.html": "<p>acme</p>", "data/a.csv": "a\n" };

describe("compareDirs", () => {
  it("finds nothing between copies, and counts their files", () => {
    const c = compareDirs(folder(SITE), folder(SITE));
    expect(c).toEqual({ onlyInA: [], onlyInB: [], differing: [], identical: 3 });
    expect(comparisonReport(c, "a", "b")).toBe("identical: 3 files");
  });

  it("lists the files only one side has and the files whose bytes differ, in nested folders", () => {
    const a = folder({ ...SITE, "suppliers/old/index.html": "old" });
    const b = folder({ ...SITE, "suppliers/acme/index.html": "<p>acme </p>", "data/b.csv": "b\n" });
    const c = compareDirs(a, b);
    expect(c).toEqual({
      onlyInA: ["suppliers/old/index.html"],
      onlyInB: ["data/b.csv"],
      differing: ["suppliers/acme/index.html"],
      identical: 2,
    });
    expect(comparisonReport(c, "A", "B").split("\n")).toEqual([
      "only in A (1):",
      "  suppliers/old/index.html",
      "only in B (1):",
      "  data/b.csv",
      "bytes differ (1):",
      "  suppliers/acme/index.html",
      "2 files identical",
    ]);
  });
});

describe("npm run compare-dist", () => {
  it("exits 0 with one line for identical builds", () => {
    const result = compareDist(folder(SITE), folder(SITE));
    expect(result.stdout).toBe("identical: 3 files\n");
    expect(result.status).toBe(0);
  });

  it("exits 1 and lists the differences", () => {
    const result = compareDist(folder(SITE), folder({ ...SITE, "data/a.csv": "A\n" }));
    expect(result.stdout).toContain("bytes differ (1):\n  data/a.csv\n");
    expect(result.status).toBe(1);
  });

  it("exits 2 without two folders", () => {
    const result = compareDist(folder(SITE), join(ROOT, ".cache", "no-such-build"));
    expect(result.stderr).toContain("is not a folder");
    expect(result.status).toBe(2);
  });
});
