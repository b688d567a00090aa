// The ingest command as users run it: plain progress lines in CI, a summary, STRICT=1, and
// configuration errors that stop at once naming file and field, without a stack trace.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const MINI = join(ROOT, "test/fixtures/mini");

function ingest(dataDir: string, env: Record<string, string> = {}, args: string[] = []) {
  const out = mkdtempSync(join(tmpdir(), "ledger-cli-out-"));
  const result = spawnSync(process.execPath, [join(ROOT, "scripts/ingest.ts"), "--out", out, ...args], {
    env: { ...process.env, DATA_DIR: dataDir, CI: "1", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { ...result, out };
}

describe("npm run ingest", () => {
  it("prints a line per file and a closing summary with top reject reasons", () => {
    const run = ingest(MINI);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /alpha\/spend\/2023-04\.csv {2}utf-8 {2}13 rows {2}9 kept, 4 rejected {2}\([\d,]+ rows\/s\)/,
    );
    expect(run.stdout).not.toContain("\r");
    expect(run.stdout).toMatch(/council\s+files\s+not used\s+rows\s+kept\s+rejected/);
    expect(run.stdout).toContain("Top reject reasons:");
    expect(readFileSync(join(run.out, "payments.csv"), "utf8").split("\n")[0]).toContain(
      "source_file,source_line",
    );
  });

  it("prints, with --report, the rows and pounds set aside per council and reason", () => {
    const run = ingest(MINI, {}, ["--report"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Set aside, per council and reason (payment files):");
    expect(run.stdout).toMatch(
      /alpha: \d+ files \(\d+ set aside whole\), [\d,]+ rows, [\d,]+ kept \(£[\d,.]+\)/,
    );
    expect(run.stdout).toContain("every file: rows = kept + set aside");
    expect(run.stdout).toContain("needs a look");
    expect(ingest(MINI).stdout).not.toContain("Set aside, per council");
  });

  it("fails with STRICT=1 when any record is rejected", () => {
    const run = ingest(MINI, { STRICT: "1" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/STRICT=1: \d+ record\(s\) rejected/);
  });

  // With INGEST_WORKERS the worker threads are started before the configuration is read: the
  // error still stops the run at once, the threads with it.
  for (const env of [{}, { INGEST_WORKERS: "2" }] as Record<string, string>[]) {
    it(`stops on a configuration error naming the file and field, with no stack trace (${JSON.stringify(env)})`, () => {
      const dir = mkdtempSync(join(tmpdir(), "ledger-cli-"));
      cpSync(MINI, dir, { recursive: true });
      const path = join(dir, "councils/alpha/council.json");
      writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, "utf8")), popluation: 5 }));
      const run = ingest(dir, env);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /Configuration error: .*councils\/alpha\/council\.json: field "popluation": unknown key popluation/,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
