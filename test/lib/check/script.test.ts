// scripts/check-dist.ts as a command: exit code 0 on a good site, 1 with the problems listed otherwise.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { goodSite, writeSite } from "./helpers.ts";

const ROOT = resolve(import.meta.dirname, "../../..");

function run(site: string, base: string) {
  return spawnSync(process.execPath, [join(ROOT, "scripts/check-dist.ts")], {
    cwd: ROOT,
    env: { ...process.env, SITE_DIR: site, BASE_PATH: base },
    encoding: "utf8",
  });
}

describe("npm run check-dist", () => {
  it("exits 0 on a good site", () => {
    const result = run(writeSite(goodSite("/transparency/")), "/transparency/");
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("No problems.");
    expect(result.status).toBe(0);
  });

  it("exits 1 and lists each problem as file: message", () => {
    const files = goodSite("/transparency/");
    files["suppliers/acme/index.html"] += '<a href="/data/">data</a>';
    const result = run(writeSite(files), "/transparency/");
    expect(result.stdout).toContain(
      "suppliers/acme/index.html: a href: root-relative link outside the base path /transparency/: /data/",
    );
    expect(result.status).toBe(1);
  });

  it("exits 1 when the site folder does not exist", () => {
    const result = run(join(ROOT, ".cache", "no-such-site"), "/");
    expect(result.stderr).toContain("does not exist");
    expect(result.status).toBe(1);
  });
});
