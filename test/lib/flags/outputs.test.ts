// flags.csv, flags.json and the datapackage entry: one line per question with the rows behind it,
// formula-safe text, exact amounts, counts for page badges, the same bytes on every run; and the
// loader pages use to read them back.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flagCount, loadFlagRecords, loadFlagsSummary } from "../../../src/lib/dataset/flags.ts";
import { computeFlags } from "../../../src/lib/flags/engine/compute.ts";
import { effectiveThresholds } from "../../../src/lib/flags/engine/config.ts";
import { writeFlagOutputs } from "../../../src/lib/flags/output/write.ts";
import { FLAGS } from "../../../src/lib/tables/flags.ts";
import { fixtureFlags, fixtureInput } from "./helpers.ts";

const loaded = { thresholds: effectiveThresholds(), file: null };

async function written(fixture: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "ledger-flags-out-"));
  writeFileSync(join(dir, "datapackage.json"), `${JSON.stringify({ resources: [{ name: "payments" }] })}\n`);
  writeFlagOutputs(dir, await fixtureFlags(fixture), loaded);
  return dir;
}

const lines = (dir: string) => readFileSync(join(dir, "flags.csv"), "utf8").trimEnd().split("\n");

describe("flags.csv", () => {
  it("writes one line per flag with the payments behind it and exact amounts", async () => {
    const [header, ...rows] = lines(await written("beyond-contract"));
    expect(header).toBe(FLAGS.header);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(
      /^spend-beyond-contract\.alpha\.alpha-c-1\.value,spend-beyond-contract,alpha,alpha,acme,Acme Ltd,alpha-c-1,,,2022-23,12000\.00,1000,"the contract's published value or end date, and the payments beyond it","value £10,000\.00",1,2022-12-01,2022-12-01,/,
    );
    expect(rows[1]).toMatch(/,a2212-2,spend\/2022-12\.csv:2,$/);
  });

  it("notes credit notes, and guards text cells against spreadsheet formulas", async () => {
    expect(lines(await written("duplicate-credit-one-of-three"))[1]).toMatch(
      /,a2305-2 a2305-3 a2305-4 a2306-2,spend\/2023-05\.csv:2 \| spend\/2023-05\.csv:3 \| spend\/2023-05\.csv:4 \| spend\/2023-06\.csv:2,a2306-2: credit note$/,
    );
    const credited = await written("duplicate-credit-one-of-three");
    const notes = readFileSync(join(credited, "flag_payments.csv"), "utf8").trimEnd().split("\n");
    expect(notes[0]?.endsWith(",source_line,note")).toBe(true);
    expect(notes.filter((l) => l.endsWith(",credit note")).map((l) => l.split(",")[1])).toEqual(["a2306-2"]);
    expect(notes.filter((l) => l.endsWith(","))).toHaveLength(3);
    expect(lines(await written("hostile-name"))[1]).toContain(
      `,n-hyperlink,"'=HYPERLINK(""http://x.example"",""click"")",`,
    );
  });

  it("writes the same bytes on every run", async () => {
    const a = await written("year-end");
    const b = await written("year-end");
    for (const file of ["flags.csv", "flags.json", "datapackage.json"]) {
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
    }
    const input = await fixtureInput("no-contract");
    const first = computeFlags(input, loaded.thresholds).flags.map((f) => f.id);
    expect(computeFlags(input, loaded.thresholds).flags.map((f) => f.id)).toEqual(first);
  });
});

describe("flags.json and datapackage.json", () => {
  it("holds the thresholds used, definitions, and counts by council, supplier, contract and year", async () => {
    const dir = await written("beyond-contract");
    const summary = loadFlagsSummary(dir);
    expect(summary?.thresholds_from).toBe("defaults");
    expect(summary?.thresholds["spend-beyond-contract"].grace_days).toBe(90);
    const beyond = summary?.indicators.find((i) => i.id === "spend-beyond-contract");
    expect(beyond).toMatchObject({ title: "Spend beyond a contract", flags: 2, rows: 2 });
    expect(beyond?.why_fine).toContain("varied and extended");
    expect(beyond?.test).toContain("more than 90 days after");
    expect(summary?.by_council).toEqual({ alpha: { "spend-beyond-contract": 2 } });
    expect(summary?.by_supplier).toEqual({ acme: { "spend-beyond-contract": 2 } });
    expect(summary?.by_contract).toEqual({ "alpha-c-1": { "spend-beyond-contract": 2 } });
    expect(summary?.by_year).toEqual({
      "2022-23": { "spend-beyond-contract": 1 },
      "2023-24": { "spend-beyond-contract": 1 },
    });
    expect(summary?.totals).toEqual({ flags: 2, rows: 2, payments: 2, flag_payment_rows: 2 });
    expect(flagCount(summary, "by_supplier", "acme")).toBe(2);
    expect(flagCount(summary, "by_supplier", "nobody")).toBe(0);
  });

  it("adds flags.csv and flag_payments.csv to datapackage.json once, with their schemas", async () => {
    const dir = await written("round-numbers");
    writeFlagOutputs(dir, await fixtureFlags("round-numbers"), loaded);
    const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual([
      "payments",
      "flags",
      "flag_payments",
    ]);
    const flags = pkg.resources[1];
    expect(flags.path).toBe("flags.csv");
    expect(flags.schema.fields.map((f: { name: string }) => f.name)).toEqual(FLAGS.names);
    expect(flags.schema.primaryKey).toEqual(["flag_id"]);
    expect(flags.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("reads flags.csv back for pages, and nothing from a dataset without flags", async () => {
    const records = await loadFlagRecords(await written("duplicate-payment"));
    expect(records).toEqual([
      expect.objectContaining({
        id: "duplicate-payment.alpha.acme.a2305-2",
        council: "alpha",
        councils: ["alpha"],
        amount: 2_400_000_000,
        paymentIds: ["a2305-2", "a2305-3"],
        sources: ["spend/2023-05.csv:2", "spend/2023-05.csv:3"],
      }),
    ]);
    const empty = mkdtempSync(join(tmpdir(), "ledger-flags-none-"));
    expect(loadFlagsSummary(empty)).toBeNull();
    expect(await loadFlagRecords(empty)).toEqual([]);
  });
});
