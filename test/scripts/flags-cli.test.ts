// The flags command as the build runs it: over an ingested dataset it writes flags.csv and flags.json
// and adds flags.csv to datapackage.json; a bad thresholds file stops it naming the file and field.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const MINI = join(ROOT, "test/fixtures/mini");

const run = (script: string, args: string[], dataDir: string) =>
  spawnSync(process.execPath, [join(ROOT, script), ...args], {
    env: { ...process.env, DATA_DIR: dataDir, CI: "1" },
    encoding: "utf8",
  });

describe("npm run flags", () => {
  let dataset = "";
  beforeAll(() => {
    dataset = mkdtempSync(join(tmpdir(), "ledger-flags-cli-"));
    expect(run("scripts/ingest.ts", ["--out", dataset], MINI).status).toBe(0);
    expect(run("scripts/columnar.ts", ["--dataset", dataset], MINI).status).toBe(0);
  });

  it("writes flags.csv and flags.json next to payments.csv and lists flags.csv in datapackage.json", () => {
    const result = run("scripts/flags.ts", ["--dataset", dataset], MINI);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/flags over [\d,]+ payments .* thresholds from the defaults/);
    expect(result.stdout).toMatch(/flags timing: read [\d.]+ s, compute [\d.]+ s, write [\d.]+ s/);
    expect(existsSync(join(dataset, "flags.csv"))).toBe(true);
    const summary = JSON.parse(readFileSync(join(dataset, "flags.json"), "utf8"));
    expect(summary.thresholds_from).toBe("defaults");
    const pkg = JSON.parse(readFileSync(join(dataset, "datapackage.json"), "utf8"));
    expect(pkg.resources.map((r: { name: string }) => r.name)).toContain("flags");
  });

  it("stops on a bad thresholds file naming the file and the field, with no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "ledger-flags-cli-data-"));
    cpSync(MINI, dir, { recursive: true });
    writeFileSync(join(dir, "flags.json"), JSON.stringify({ "round-numbers": { multiple: "1000" } }));
    const result = run("scripts/flags.ts", ["--dataset", dataset], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Configuration error: .*flags\.json: field "round-numbers\.multiple": /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
