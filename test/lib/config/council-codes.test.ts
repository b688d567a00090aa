// council.json: GSS codes of every UK council type, and per-file options that must stay inside the
// council folder.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { staysInside } from "../../../src/lib/config/data-files.ts";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { replacementsOf } from "../../../src/lib/config/replaces.ts";
import { GSS_COUNCIL_PREFIXES } from "../../../src/lib/config/schema.ts";
import { dataDir, errorOf } from "./helpers.ts";

const partnership = { name: "P", description: "D", councils: ["east-vale"] };
const withCouncil = (council: Record<string, unknown>) =>
  dataDir(partnership, { "east-vale": { name: "East Vale", ...council } });

describe("gss_code", () => {
  it.each([
    ["E06000023", "unitary"],
    ["E07000040", "district"],
    ["E08000035", "metropolitan borough"],
    ["E09000033", "London borough"],
    ["E10000008", "county"],
    ["W06000015", "Welsh principal area"],
    ["S12000036", "Scottish council area"],
    ["N09000003", "Northern Irish district"],
  ])("accepts %s (%s)", (code) => {
    expect(loadDataConfig(withCouncil({ gss_code: code })).councils[0]?.config.gss_code).toBe(code);
  });

  it.each([
    "E05000001",
    "E11000001",
    "W05000015",
    "S11000036",
    "N08000003",
    "E0700004",
    "E070000401",
    "e07000040",
    " E07000040",
    "E07 000040",
  ])("refuses %j, listing the accepted prefixes", (code) => {
    const error = errorOf(() => loadDataConfig(withCouncil({ gss_code: code })));
    expect(error.field).toBe("gss_code");
    expect(error.message).toContain(`${GSS_COUNCIL_PREFIXES.join(", ")} and six digits`);
  });
});

describe("per-file options stay inside the council folder", () => {
  it("refuses a file or a replaced file named outside it", () => {
    for (const [files, field] of [
      [{ "../../../partnership.json": { note: "x" } }, "files.../../../partnership.json"],
      [{ "/etc/passwd": { note: "x" } }, "files./etc/passwd"],
      [{ "spend/a.csv": { replaces: "../../east-vale/spend/a.csv" } }, "files.spend/a.csv.replaces"],
    ] as const) {
      const dir = withCouncil({ files });
      writeFileSync(join(dir, "councils/east-vale/spend/a.csv"), "");
      const error = errorOf(() => loadDataConfig(dir));
      expect(error.field).toBe(field);
      expect(error.message).toContain("must be a path inside the council folder");
    }
  });

  it("takes a corrected re-issue of several files (a year's file correcting its months)", () => {
    const files = { "spend/2015-16.csv": { replaces: ["spend/2015-04.csv", "spend/2015-05.csv"] } };
    const dir = withCouncil({ files });
    for (const f of ["2015-16", "2015-04", "2015-05"])
      writeFileSync(join(dir, `councils/east-vale/spend/${f}.csv`), "");
    const [council] = loadDataConfig(dir).councils;
    expect([...replacementsOf(council?.config ?? {}).entries()]).toEqual([
      ["spend/2015-04.csv", "spend/2015-16.csv"],
      ["spend/2015-05.csv", "spend/2015-16.csv"],
    ]);
    const missing = withCouncil({ files });
    writeFileSync(join(missing, "councils/east-vale/spend/2015-16.csv"), "");
    writeFileSync(join(missing, "councils/east-vale/spend/2015-04.csv"), "");
    const error = errorOf(() => loadDataConfig(missing));
    expect(error.field).toBe("files.spend/2015-16.csv.replaces");
    expect(error.message).toContain('no such file "spend/2015-05.csv"');
  });

  it("tells a path inside from one that leads out", () => {
    expect(staysInside("/d/c", "spend/a.csv")).toBe(true);
    expect(staysInside("/d/c", "spend/../contracts/a.csv")).toBe(true);
    expect(staysInside("/d/c", "spend/..a.csv")).toBe(true);
    expect(staysInside("/d/c", "../c/spend/a.csv")).toBe(true);
    expect(staysInside("/d/c", "../other/spend/a.csv")).toBe(false);
    expect(staysInside("/d/c", "..")).toBe(false);
    expect(staysInside("/d/c", ".")).toBe(false);
    expect(staysInside("/d/c", "/etc/passwd")).toBe(false);
  });
});
