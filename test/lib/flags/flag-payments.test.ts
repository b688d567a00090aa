// flag_payments.csv lists every payment behind every flag; flags.csv lists them on the flag's line
// only while they fit in a spreadsheet cell (32,767 characters), and says so when they do not.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { groupContracts, loadRegisterEntries } from "../../../src/lib/dataset/contracts.ts";
import { loadFlagRecords, loadFlagsSummary } from "../../../src/lib/dataset/flags.ts";
import { computeFlags } from "../../../src/lib/flags/engine/compute.ts";
import { effectiveThresholds } from "../../../src/lib/flags/engine/config.ts";
import { type FlagContext, flagContext } from "../../../src/lib/flags/engine/context.ts";
import type { Flag } from "../../../src/lib/flags/engine/flag.ts";
import { FlagPaymentsBuilder, loadFlagPayments } from "../../../src/lib/flags/engine/payments.ts";
import { CELL_LIMIT, notesCell } from "../../../src/lib/flags/output/csv.ts";
import { writeFlagPaymentsCsv } from "../../../src/lib/flags/output/payments-csv.ts";
import { writeFlagOutputs } from "../../../src/lib/flags/output/write.ts";
import { textCell } from "../../../src/lib/tables/csv-write.ts";
import { FLAG_PAYMENTS } from "../../../src/lib/tables/flag-payments.ts";
import { PAYMENTS } from "../../../src/lib/tables/payments.ts";
import { FIXTURES } from "./helpers.ts";

const HEADER = readFileSync(join(FIXTURES, "no-contract", "payments.csv"), "utf8").split("\n")[0];
const MANY = 2_000;

/** Alpha pays Acme £100.25 two thousand times in 2023-24, with no contract: one flag, 2,000 payments. */
async function manyPayments(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "ledger-flag-payments-"));
  const lines = [HEADER];
  for (let i = 0; i < MANY; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(
      `a-${i},alpha,2023-05-${day},2023-24,100.25,acme,Acme Ltd,false,false,Parks,Repairs,,R${i},false,spend/2023-05.csv,${i + 2}`,
    );
  }
  writeFileSync(join(dir, "payments.csv"), `${lines.join("\n")}\n`);
  writeFileSync(join(dir, "datapackage.json"), `${JSON.stringify({ resources: [] })}\n`);
  const input = {
    payments: await loadFlagPayments(join(dir, "payments.csv")),
    councils: [{ slug: "alpha", name: "Alpha Council" }],
    // Alpha's register (one contract with another supplier): its spend is checked against it.
    contracts: groupContracts(await loadRegisterEntries(join(FIXTURES, "no-contract", "contracts.csv")), [
      "alpha",
    ]),
  };
  const thresholds = effectiveThresholds();
  writeFlagOutputs(dir, computeFlags(input, thresholds), { thresholds, file: null });
  return dir;
}

const parse = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;

describe("flag_payments.csv and the cell limit of flags.csv", () => {
  it("keeps flags.csv cells within a spreadsheet's limit and says how many it lists", async () => {
    const dir = await manyPayments();
    const flag = parse(join(dir, "flags.csv")).find((f) => f.indicator === "spend-without-contract");
    expect(flag?.rows).toBe(String(MANY));
    expect(flag?.amount).toBe("200500.00");
    for (const cell of Object.values(flag ?? {})) expect(cell.length).toBeLessThan(CELL_LIMIT);
    const ids = flag?.payment_ids.split(" ") ?? [];
    const sources = flag?.sources.split(" | ") ?? [];
    expect(ids.length).toBeGreaterThan(1_000);
    expect(ids.length).toBeLessThan(MANY);
    expect(sources).toHaveLength(ids.length);
    expect(flag?.notes).toContain(
      `payment_ids and sources list the first ${ids.length.toLocaleString("en-GB")} of 2,000 payments`,
    );
    const [record] = (await loadFlagRecords(dir)).filter((r) => r.indicator === "spend-without-contract");
    expect(record?.rows).toBe(MANY);
    expect(record?.paymentIds).toEqual(ids);
  });

  it("lists every payment behind every flag it lists, with its amount and published line", async () => {
    const dir = await manyPayments();
    const flags = parse(join(dir, "flags.csv"));
    const lines = parse(join(dir, "flag_payments.csv"));
    expect(Object.keys(lines[0] ?? {})).toEqual(FLAG_PAYMENTS.names);
    const listed = new Set(lines.map((l) => l.flag_id));
    for (const flag of flags) {
      if (!listed.has(flag.flag_id)) continue;
      const mine = lines.filter((l) => l.flag_id === flag.flag_id);
      expect(mine).toHaveLength(Number(flag.rows));
      // flags.csv's list, where complete, is the same payments in the same order.
      if (flag.notes === "") expect(mine.map((l) => l.payment_id).join(" ")).toBe(flag.payment_ids);
    }
    const big = flags.find((f) => f.indicator === "spend-without-contract");
    const mine = lines.filter((l) => l.flag_id === big?.flag_id);
    expect(new Set(mine.map((l) => l.payment_id)).size).toBe(MANY);
    expect(mine.find((l) => l.payment_id === "a-1999")).toEqual({
      note: "",
      flag_id: big?.flag_id,
      payment_id: "a-1999",
      council: "alpha",
      date: "2023-05-12",
      amount: "100.25",
      source_file: "spend/2023-05.csv",
      source_line: "2001",
    });
    // /data/ gives both files' row counts from flags.json's totals.
    expect(loadFlagsSummary(dir)?.totals).toMatchObject({
      flags: flags.length,
      flag_payment_rows: lines.length,
    });
    const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(["flags.csv", "flag_payments.csv"]);
    expect(pkg.resources[1].schema.primaryKey).toEqual(["flag_id", "payment_id"]);
  });

  it("lists the payments of each council's 50 strongest questions, and of those above the floor", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ledger-flag-listed-"));
    // 55 suppliers paid £6,000, £6,010 … with no contract: scores from 1,200, all under the floor,
    // and one paid £30,000 (score 6,000, over it).
    const lines = [HEADER];
    for (let i = 0; i < 55; i++)
      lines.push(
        `a-${i},alpha,2023-05-02,2023-24,${6_000 + 10 * i}.00,s-${i},S ${i},false,false,Parks,Repairs,,R${i},false,spend/2023-05.csv,${i + 2}`,
      );
    lines.push(
      "b-1,beta,2023-05-02,2023-24,30000.00,big,Big,false,false,Parks,Repairs,,B1,false,spend/2023-05.csv,2",
    );
    writeFileSync(join(dir, "payments.csv"), `${lines.join("\n")}\n`);
    const entries = await loadRegisterEntries(join(FIXTURES, "no-contract", "contracts.csv"));
    const beta = entries.map((e) => ({ ...e, id: "beta-r-1", council: "beta" }));
    const input = {
      payments: await loadFlagPayments(join(dir, "payments.csv")),
      councils: [
        { slug: "alpha", name: "Alpha Council" },
        { slug: "beta", name: "Beta Council" },
      ],
      contracts: groupContracts([...entries, ...beta], ["alpha", "beta"]),
    };
    const thresholds = effectiveThresholds();
    writeFlagOutputs(dir, computeFlags(input, thresholds), { thresholds, file: null });
    const flags = parse(join(dir, "flags.csv"));
    expect(flags).toHaveLength(56);
    const inFile = new Set(parse(join(dir, "flag_payments.csv")).map((l) => l.flag_id));
    const strongest = flags
      .filter((f) => f.council === "alpha")
      .sort((a, b) => Number(b.score) - Number(a.score))
      .map((f) => f.flag_id);
    expect([...inFile].sort()).toEqual(
      [...strongest.slice(0, 50), "spend-without-contract.beta.big.2023-24"].sort(),
    );
    expect(strongest.slice(50).every((id) => !inFile.has(id))).toBe(true);
    // The others keep their payments by id in flags.csv.
    expect(flags.find((f) => f.flag_id === strongest[54])?.payment_ids).toBe("a-0");
  });

  it("keeps the notes cell within the limit too, saying how many notes it leaves to flag_payments.csv", () => {
    const ctx = { payments: { ids: { get: (row: number) => `payment-${row}` } } } as unknown as FlagContext;
    const flagWith = (count: number) =>
      ({ notes: new Map(Array.from({ length: count }, (_, row) => [row, "credit note"])) }) as Flag;
    expect(notesCell(ctx, flagWith(2), "")).toBe("payment-0: credit note; payment-1: credit note");
    expect(notesCell(ctx, flagWith(0), "cut short")).toBe("cut short");
    const cell = notesCell(
      ctx,
      flagWith(5_000),
      "payment_ids and sources list the first 1,000 of 5,000 payments",
    );
    expect(cell.length).toBeLessThan(CELL_LIMIT);
    const shown = cell.split("; ").filter((part) => part.endsWith(": credit note")).length;
    expect(shown).toBeGreaterThan(1_000);
    expect(cell).toContain(
      `; ${(5_000 - shown).toLocaleString("en-GB")} more payments with a note (each in flag_payments.csv); `,
    );
    expect(cell.endsWith("; payment_ids and sources list the first 1,000 of 5,000 payments")).toBe(true);
  });
});

describe("flag_payments.csv as bytes", () => {
  it("writes each cell as textCell would: guarded, quoted, UTF-8, amounts exact", () => {
    // payments.csv lines, in its column order.
    const rows = [
      [
        "plain-1",
        "alpha",
        "2023-05-01",
        "2023-24",
        "100.25",
        "acme",
        "Acme",
        "false",
        "false",
        "Parks",
        "",
        "",
        "R1",
        "false",
        "spend/May.csv",
        "2",
      ],
      [
        "=cmd|x",
        "alpha",
        "2023-05-02",
        "2023-24",
        "-0.5",
        "acme",
        "Acme",
        "false",
        "false",
        "Parks",
        "",
        "",
        "R2",
        "false",
        "spend/Été, 2023.csv",
        "3",
      ],
      [
        "café,1",
        "alpha",
        "2023-05-03",
        "2023-24",
        "1234567890.123456",
        "acme",
        "Acme",
        "false",
        "false",
        "Parks",
        "",
        "",
        "R3",
        "false",
        'spend/"q".csv',
        "40000",
      ],
    ];
    const builder = new FlagPaymentsBuilder();
    for (const row of rows) builder.add(row, PAYMENTS.at, "test");
    const ctx = flagContext({
      payments: builder.done(),
      councils: [{ slug: "alpha", name: "Alpha" }],
      contracts: [],
    });
    const flag = {
      id: "f.alpha,1",
      rows: Int32Array.from([2, 0, 1]),
      notes: new Map([[1, "credit note, reversed"]]),
    } as unknown as Flag;
    const dir = mkdtempSync(join(tmpdir(), "ledger-flag-bytes-"));
    expect(writeFlagPaymentsCsv(dir, ctx, [flag])).toBe(3);
    const expected = [
      FLAG_PAYMENTS.header,
      ...[2, 0, 1].map((i) => {
        const r = rows[i] as string[];
        const note = i === 1 ? textCell("credit note, reversed") : "";
        const amount = { 0: "100.25", 1: "-0.50", 2: "1234567890.123456" }[i];
        return [
          textCell("f.alpha,1"),
          textCell(r[PAYMENTS.at.id] as string),
          "alpha",
          r[PAYMENTS.at.date],
          amount,
          textCell(r[PAYMENTS.at.source_file] as string),
          r[PAYMENTS.at.source_line],
          note,
        ].join(",");
      }),
    ];
    expect(readFileSync(join(dir, "flag_payments.csv"), "utf8")).toBe(`${expected.join("\n")}\n`);
  });
});
