// The corpus check's layout: a mirrored repository (made here with git) laid out as a council's spend
// folder, what it cannot read said, a mirror that is absent skipped, and the result ingested.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import type { Corpus } from "../../../src/lib/corpus/corpora.ts";
import { type DataLayout, flatName, layOutCorpora, layoutNotes } from "../../../src/lib/corpus/layout.ts";
import { setAsideReport } from "../../../src/lib/ingest/output/set-aside-report.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";

const TINY: Corpus = {
  repository: "Tiny-Council/spending",
  slug: "tiny",
  name: "Tiny Council",
  gss_code: "E07000999",
  payments: /^pay\//,
  replaces: { "pay/2023-02-corrected.csv": ["pay/2023-02.csv"] },
};
const ABSENT: Corpus = { repository: "Nowhere/spending", slug: "nowhere", name: "Nowhere", payments: /./ };

const git = (dir: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: dir })
    .toString()
    .trim();

let root: string;
let layout: DataLayout;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "ledger-mirrors-"));
  const repo = join(root, "Tiny-Council+spending", "repo");
  mkdirSync(join(repo, "pay"), { recursive: true });
  writeFileSync(join(repo, "pay", "2023-01.csv"), "Date,Supplier,Amount\n01/01/2023,Acme,10.00\n");
  writeFileSync(join(repo, "pay", "2023-02.csv"), "Date,Supplier,Amount\n01/02/2023,Acme,20.00\n");
  writeFileSync(join(repo, "pay", "2023-02-corrected.csv"), "Date,Supplier,Amount\n01/02/2023,Acme,21.00\n");
  writeFileSync(join(repo, "pay", "2023-03.ods"), "PK not really a workbook");
  writeFileSync(join(repo, "pay", "2023-04.csv"), "Date,Supplier,Amount\n01/04/2023,Acme,40.00\n");
  writeFileSync(join(repo, "pay", "notes.pdf"), "%PDF");
  writeFileSync(join(repo, "schools.csv"), "School,Pupils\nA,10\n");
  git(repo, "init", "-q");
  git(repo, "add", ".");
  git(repo, "commit", "-qm", "files");
  // A file the mirror lists but does not hold (as large files in real mirrors).
  const blob = git(repo, "rev-parse", "HEAD:pay/2023-04.csv");
  rmSync(join(repo, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
  layout = layOutCorpora(root, join(mkdtempSync(join(tmpdir(), "ledger-corpus-")), "data"), [TINY, ABSENT]);
});

describe("layOutCorpora", () => {
  it("lays out a corpus's payment files, unedited, under flat names, and skips an absent mirror", () => {
    const spend = join(layout.dataDir, "councils", "tiny", "spend");
    expect(readdirSync(spend).sort()).toEqual([
      "pay__2023-01.csv",
      "pay__2023-02-corrected.csv",
      "pay__2023-02.csv",
      "pay__2023-03.ods",
    ]);
    expect(readFileSync(join(spend, "pay__2023-01.csv"), "utf8")).toBe(
      "Date,Supplier,Amount\n01/01/2023,Acme,10.00\n",
    );
    expect(layout.missing.map((c) => c.slug)).toEqual(["nowhere"]);
    expect(flatName("a/b/c.csv")).toBe("a__b__c.csv");
  });

  it("says what it could not lay out or read", () => {
    const [tiny] = layout.corpora;
    expect(tiny).toMatchObject({ files: 4, notReadable: { ods: 1 }, absent: ["pay/2023-04.csv"] });
    expect(layoutNotes(layout)).toEqual([
      "Nowhere/spending: no mirror present, skipped",
      "Tiny-Council/spending: 4 payment files laid out as tiny; not yet readable: 1 .ods; absent from the mirror: pay/2023-04.csv",
    ]);
  });

  it("writes a configuration the ingest accepts, with the corrected re-issue replacing its original", async () => {
    const config = loadDataConfig(layout.dataDir);
    expect(config.councils.map((c) => [c.slug, c.config.gss_code])).toEqual([["tiny", "E07000999"]]);
    const out = mkdtempSync(join(tmpdir(), "ledger-corpus-out-"));
    const { files } = await runIngest(config, out);
    const report = setAsideReport(files, ["tiny"]);
    expect(report).toContain("tiny: 3 files (1 set aside whole), 3 rows, 2 kept (£31.00), 1 set aside");
    // The replaced file's pounds are what the re-issue replaced: not counted, but reported.
    expect(report).toMatch(
      /whole file: replaced by a corrected re-issue +1 +33\.33 % +£20\.00 +39\.22 % +needs a look/,
    );
    expect(report).toContain(
      "whole file spend/pay__2023-02.csv (1 rows): replaced by spend/pay__2023-02-corrected.csv",
    );
  });

  it("lays out nothing when no mirror is present", () => {
    const none = layOutCorpora(root, join(mkdtempSync(join(tmpdir(), "ledger-corpus-")), "data"), [ABSENT]);
    expect(none.corpora).toEqual([]);
    expect(layoutNotes(none)).toEqual(["Nowhere/spending: no mirror present, skipped"]);
  });
});
