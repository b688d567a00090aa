import { describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { errorOf, dataDir as sharedDataDir } from "./helpers.ts";

const dataDir = (council: unknown): string =>
  sharedDataDir({ name: "P", description: "D", councils: ["east-vale"] }, { "east-vale": council });

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
