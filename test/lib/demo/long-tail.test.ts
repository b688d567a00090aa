// generate-demo --suppliers N: a supplier population of about N after the ingest joins names, with
// a realistic long tail (most suppliers paid once or a few times), deterministic like the rest.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataConfig } from "../../../src/lib/config/load.ts";
import { looseKey, tailSuppliers } from "../../../src/lib/demo/long-tail.ts";
import { Random } from "../../../src/lib/demo/random.ts";
import { KEY_SUPPLIERS } from "../../../src/lib/demo/suppliers.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import { generated, listFiles } from "./helpers.ts";

interface SupplierRow {
  id: string;
  names_published: string;
  councils: string;
  payment_count: string;
}

const WANTED = 3_000;
let suppliers: SupplierRow[] = [];
let payments = 0;

beforeAll(async () => {
  const { dir, summary } = await generated({ payments: 20_000, suppliers: WANTED, seed: 3 });
  payments = summary.payments;
  const out = mkdtempSync(join(tmpdir(), "ledger-demo-tail-"));
  await runIngest(loadDataConfig(dir), out);
  suppliers = Papa.parse<SupplierRow>(readFileSync(join(out, "suppliers.csv"), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
}, 60_000);

describe("--suppliers scales the supplier population", () => {
  it("gives about the requested number of suppliers after the ingest, and still about the requested payments", () => {
    expect(suppliers.length).toBeGreaterThan(WANTED * 0.95);
    expect(suppliers.length).toBeLessThan(WANTED * 1.05);
    expect(payments).toBeGreaterThan(20_000 * 0.97);
    expect(payments).toBeLessThan(20_000 * 1.03);
  });

  it("has a long tail: many suppliers paid once, most a few times, a few paid often", () => {
    const counts = suppliers.map((s) => Number(s.payment_count));
    const share = (f: (n: number) => boolean) => counts.filter(f).length / counts.length;
    expect(share((n) => n === 1)).toBeGreaterThan(0.3);
    expect(share((n) => n <= 3)).toBeGreaterThan(0.6);
    expect(share((n) => n >= 20)).toBeGreaterThan(0.02);
  });

  it("has small suppliers paid by several councils, some under different published names", () => {
    const small = suppliers.filter((s) => Number(s.payment_count) <= 5);
    const shared = small.filter((s) => s.councils.split(" ").length > 1);
    expect(shared.length).toBeGreaterThan(small.length * 0.05);
    expect(shared.filter((s) => s.names_published.includes(" | ")).length).toBeGreaterThan(10);
  });
});

describe("the long tail", () => {
  it("is deterministic: the same options give byte-identical folders", async () => {
    const a = await generated({ payments: 3_000, suppliers: 900, seed: 8 });
    const b = await generated({ payments: 3_000, suppliers: 900, seed: 8 });
    const files = listFiles(a.dir);
    expect(files).toEqual(listFiles(b.dir));
    for (const file of files) {
      expect(readFileSync(join(a.dir, file)).equals(readFileSync(join(b.dir, file))), file).toBe(true);
    }
  });

  it("names are distinct from the catalogue and from each other, company numbers unique", () => {
    const taken = KEY_SUPPLIERS.map((s) => s.name);
    const tail = tailSuppliers(5_000, taken, new Random(1));
    expect(tail).toHaveLength(5_000);
    const keys = new Set([...taken, ...tail.map((s) => s.name)].map(looseKey));
    expect(keys.size).toBe(taken.length + tail.length);
    const numbers = tail.map((s) => s.companyNumber).filter((n) => n !== "");
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const s of tail) expect(s.payments).toBeGreaterThanOrEqual(s.councils.length);
  });

  it("leaves the default catalogue alone when --suppliers asks for no more than it holds", async () => {
    const plain = await generated({ payments: 2_000, seed: 4 });
    const same = await generated({ payments: 2_000, seed: 4, suppliers: 120 });
    for (const file of listFiles(plain.dir)) {
      expect(readFileSync(join(plain.dir, file)).equals(readFileSync(join(same.dir, file))), file).toBe(true);
    }
  });
});
