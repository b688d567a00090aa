import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { replacedFiles } from "../../../src/lib/config/replaces.ts";
import { councilSchema, partnershipSchema, supplierAliasesSchema } from "../../../src/lib/config/schema.ts";
import { generated } from "./helpers.ts";

let dir = "";
const readJson = (...path: string[]) => JSON.parse(readFileSync(join(dir, ...path), "utf8"));

beforeAll(async () => {
  dir = (await generated({ payments: 2000, seed: 5 })).dir;
});

describe("demo configuration files", () => {
  it("partnership.json validates and lists every council folder", () => {
    const partnership = partnershipSchema.parse(readJson("partnership.json"));
    expect(partnership.demo).toBe(true);
    expect([...partnership.councils].sort()).toEqual(readdirSync(join(dir, "councils")).sort());
    const ict = partnership.arrangements?.find((a) => a.id === "shared-ict");
    expect(ict?.start_date).toBe("2023-10-01");
    expect(ict?.partners).toHaveLength(3);
    expect(ict?.savings_target).toEqual({ amount: 600000, per: "year", shared: "equally" });
    expect(partnership.arrangements?.find((a) => a.id === "joint-waste")?.partners).toHaveLength(5);
  });

  it("every council.json validates, and declared files exist", () => {
    for (const slug of readdirSync(join(dir, "councils"))) {
      const council = councilSchema.parse(readJson("councils", slug, "council.json"));
      expect(council.population?.source).toBe("Demonstration figure");
      for (const [file, options] of Object.entries(council.files ?? {})) {
        expect(existsSync(join(dir, "councils", slug, file)), file).toBe(true);
        for (const replaced of replacedFiles(options))
          expect(existsSync(join(dir, "councils", slug, replaced)), replaced).toBe(true);
      }
    }
    expect(readJson("councils", "brackenridge", "council.json").columns).toEqual({
      expense_area: "ServiceLabel",
    });
  });

  it("suppliers.json validates and joins variants the normaliser cannot", () => {
    const { aliases } = supplierAliasesSchema.parse(readJson("suppliers.json"));
    expect(aliases.length).toBeGreaterThanOrEqual(3);
    expect(aliases.flatMap((a) => a.variants)).toContain("HFS Facilities");
  });
});
