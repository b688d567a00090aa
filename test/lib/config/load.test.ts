import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataDirFromEnv, listCouncilFiles, loadDataConfig } from "../../../src/lib/config/load.ts";
import { dataDir, errorOf } from "./helpers.ts";

const partnership = { name: "P", description: "D", councils: ["east-vale"] };

describe("loadDataConfig", () => {
  it("loads a valid folder", () => {
    const config = loadDataConfig(dataDir(partnership, { "east-vale": { name: "East Vale" } }));
    expect(config.councils.map((c) => c.config.name)).toEqual(["East Vale"]);
    expect(config.supplierAliases.aliases).toEqual([]);
  });

  it("names the file and the field of an unknown key", () => {
    const dir = dataDir(partnership, { "east-vale": { name: "East Vale", populaton: 5 } });
    const error = errorOf(() => loadDataConfig(dir));
    expect(error.file).toMatch(/councils\/east-vale\/council\.json$/);
    expect(error.field).toBe("populaton");
    expect(error.message).toContain("unknown key populaton");
  });

  it("refuses a council website that is not an http(s) address (a javascript: link would run)", () => {
    for (const website of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"]) {
      const dir = dataDir(partnership, { "east-vale": { name: "East Vale", website } });
      expect(errorOf(() => loadDataConfig(dir)).field).toBe("website");
    }
    const ok = dataDir(partnership, { "east-vale": { name: "East Vale", website: "https://east.example/" } });
    expect(loadDataConfig(ok).councils[0]?.config.website).toBe("https://east.example/");
  });

  it("reads the accessibility statement's contact and dates, naming a wrong one", () => {
    const accessibility = { contact_email: "access@east.example", prepared: "2026-12-02" };
    const ok = dataDir({ ...partnership, accessibility }, { "east-vale": { name: "East Vale" } });
    expect(loadDataConfig(ok).partnership.accessibility).toEqual(accessibility);
    for (const [bad, field] of [
      [{ contact_email: "not an address" }, "accessibility.contact_email"],
      [{ prepared: "02/12/2026" }, "accessibility.prepared"],
      [{ reviewd: "2026-12-02" }, "reviewd"],
    ] as const) {
      const dir = dataDir({ ...partnership, accessibility: bad }, { "east-vale": { name: "East Vale" } });
      const error = errorOf(() => loadDataConfig(dir));
      expect(error.file).toMatch(/partnership\.json$/);
      expect(error.field).toContain(field);
    }
  });

  it("names a nested field of the wrong type", () => {
    const dir = dataDir(partnership, {
      "east-vale": { name: "East Vale", population: { value: "many", year: 2023, source: "x" } },
    });
    const error = errorOf(() => loadDataConfig(dir));
    expect(error.field).toBe("population.value");
  });

  it("rejects an unknown encoding and a file option for a missing file", () => {
    const bad = dataDir(partnership, {
      "east-vale": { name: "E", files: { "spend/a.csv": { encoding: "latin-9" } } },
    });
    expect(errorOf(() => loadDataConfig(bad)).field).toBe("files.spend/a.csv.encoding");
    const missing = dataDir(partnership, {
      "east-vale": { name: "E", files: { "spend/a.csv": { note: "x" } } },
    });
    expect(errorOf(() => loadDataConfig(missing)).message).toContain("no such file");
  });

  it("stops when a listed council has no council.json", () => {
    const dir = dataDir(
      { ...partnership, councils: ["east-vale", "west-vale"] },
      { "east-vale": { name: "E" } },
    );
    const error = errorOf(() => loadDataConfig(dir));
    expect(error.field).toBe("councils.1");
    expect(error.message).toContain("west-vale");
  });

  it("stops on invalid JSON and on an arrangement naming a non-partner", () => {
    const dir = dataDir(partnership, { "east-vale": { name: "E" } });
    writeFileSync(join(dir, "partnership.json"), "{ nope");
    expect(errorOf(() => loadDataConfig(dir)).message).toContain("not valid JSON");
    const arrangement = { id: "ict", name: "ICT", partners: ["north"], start_date: "2023-10-01" };
    const dir2 = dataDir({ ...partnership, arrangements: [arrangement] }, { "east-vale": { name: "E" } });
    expect(errorOf(() => loadDataConfig(dir2)).field).toBe("arrangements.0.partners.0");
  });

  it("reads DATA_DIR and lists files in name order", () => {
    expect(dataDirFromEnv({ DATA_DIR: "/x" })).toBe("/x");
    expect(dataDirFromEnv({})).toBe("data");
    const dir = dataDir(partnership, { "east-vale": { name: "E" } });
    for (const name of ["b.csv", "a.CSV", "readme.md"])
      writeFileSync(join(dir, "councils/east-vale/spend", name), "");
    expect(listCouncilFiles(join(dir, "councils/east-vale"), "spend")).toEqual([
      "spend/a.CSV",
      "spend/b.csv",
    ]);
  });
});
