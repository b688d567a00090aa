import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadDataConfig } from "../../../src/lib/config/load.ts";

function dataDir(council: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "ledger-categories-"));
  writeFileSync(
    join(dir, "partnership.json"),
    JSON.stringify({ name: "P", description: "D", councils: ["east-vale"] }),
  );
  mkdirSync(join(dir, "councils", "east-vale", "spend"), { recursive: true });
  writeFileSync(join(dir, "councils", "east-vale", "council.json"), JSON.stringify(council));
  return dir;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("council.json categories", () => {
  it("accepts overrides to known ids", () => {
    const categories = {
      services: { "Waste Services": "environmental-and-regulatory", Commissioning: "uncategorised" },
      subjective: { "Purchase Card": "supplies-and-services" },
    };
    const config = loadDataConfig(dataDir({ name: "East Vale", categories }));
    expect(config.councils[0]?.config.categories).toEqual(categories);
  });

  it("refuses an unknown service id, naming the file and the field", () => {
    const dir = dataDir({ name: "East Vale", categories: { services: { "Waste Services": "waste" } } });
    const error = errorOf(() => loadDataConfig(dir));
    expect(error.file).toMatch(/councils\/east-vale\/council\.json$/);
    expect(error.field).toBe("categories.services.Waste Services");
    expect(error.message).toContain("must be one of central-services");
  });

  it("refuses an unknown subjective id and an unknown key", () => {
    const bad = dataDir({ name: "E", categories: { subjective: { Rent: "rent" } } });
    expect(errorOf(() => loadDataConfig(bad)).field).toBe("categories.subjective.Rent");
    const typo = dataDir({ name: "E", categories: { service: {} } });
    expect(errorOf(() => loadDataConfig(typo)).field).toBe("categories.service");
  });
});
