import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generated, listFiles } from "./helpers.ts";

describe("generateDemo is deterministic", () => {
  it("writes byte-identical folders for the same options", async () => {
    const a = await generated({ payments: 3000, seed: 11 });
    const b = await generated({ payments: 3000, seed: 11 });
    const files = listFiles(a.dir);
    expect(files).toEqual(listFiles(b.dir));
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) {
      expect(readFileSync(join(a.dir, file)).equals(readFileSync(join(b.dir, file))), file).toBe(true);
    }
    expect(a.summary).toEqual(b.summary);
  });

  it("writes different payments for another seed, the same configuration", async () => {
    const a = await generated({ payments: 2000, seed: 1 });
    const b = await generated({ payments: 2000, seed: 2 });
    const read = (dir: string, file: string) => readFileSync(join(dir, file));
    expect(read(a.dir, "partnership.json").equals(read(b.dir, "partnership.json"))).toBe(true);
    const spend = "councils/brackenridge/spend/2023-05.csv";
    expect(read(a.dir, spend).equals(read(b.dir, spend))).toBe(false);
  });
});
