// Writes the demonstration data folder: partnership.json, suppliers.json and, per council,
// council.json, payment files and a contract register, each in that council's own format.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { COUNCILS, type DemoCouncil, supplierCatalogue } from "./catalogue.ts";
import { councilJson, partnershipJson, suppliersJson } from "./config-files.ts";
import { type DemoPayment, type FileEncoding, PUBLISHERS, type Publisher } from "./formats.ts";
import { type CouncilPlan, MONTHS, monthAt, monthPayments } from "./payments.ts";
import { pcardFile } from "./pcard.ts";
import { Random } from "./random.ts";
import { registerText } from "./registers.ts";

export interface DemoOptions {
  out: string;
  payments?: number;
  seed?: number;
}

export interface DemoSummary {
  files: number;
  payments: number;
}

export function encode(text: string, encoding: FileEncoding): Buffer {
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  if (encoding === "utf-8-bom")
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  return iconv.encode(text, encoding === "cp850" ? "cp850" : "win1252");
}

const two = (n: number) => String(n).padStart(2, "0");
const monthLabel = (year: number, month: number) =>
  new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

function fileText(
  council: DemoCouncil,
  publisher: Publisher,
  payments: DemoPayment[],
  label: string,
  extra: string[] = [],
): string {
  const lines = [
    ...publisher.preamble(council, label),
    ...publisher.header,
    ...payments.map((p) => publisher.row(council, p)),
    ...extra,
    ...publisher.footer(council, payments, label),
  ];
  return `${lines.join(publisher.newline)}${publisher.newline}`;
}

/** Writes one council's payment files; returns how many payments were written. */
function writeCouncilSpend(plan: CouncilPlan, dir: string, rng: Random): { files: number; payments: number } {
  const { council, publisher } = plan;
  let ref = 0;
  const nextRef = () => `${council.short}${String(++ref).padStart(7, "0")}`;
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, "spend", name), encode(text, publisher.encoding));
    files++;
  };
  let files = 0;
  let written = 0;
  let quarter: DemoPayment[] = [];
  let previous: DemoPayment[] | null = null;
  for (let index = 0; index <= MONTHS; index++) {
    const current = index < MONTHS ? monthPayments(plan, index, rng, nextRef) : [];
    if (publisher.period === "quarter") {
      quarter.push(...current);
      if (index % 3 === 2) {
        const { year, month } = monthAt(index - 2);
        const fy = `${month >= 4 ? year : year - 1}-${two(((month >= 4 ? year : year - 1) + 1) % 100)}`;
        const name = `${fy}-q${Math.floor(((month + 8) % 12) / 3) + 1}`;
        write(`${name}.csv`, fileText(council, publisher, quarter, `${monthLabel(year, month)} quarter`));
        written += quarter.length;
        files += pcardFile(council, dir, name, index, rng, write);
        quarter = [];
      }
      continue;
    }
    if (previous) {
      const { year, month } = monthAt(index - 1);
      written += previous.length;
      for (const [name, text] of monthFiles(plan, previous, current, year, month)) write(name, text);
    }
    previous = current;
  }
  return { files, payments: written };
}

/** A month's file(s), with the quirks some councils' monthly files have. */
function monthFiles(
  plan: CouncilPlan,
  payments: DemoPayment[],
  next: DemoPayment[],
  year: number,
  month: number,
): [string, string][] {
  const { council, publisher } = plan;
  const name = `${year}-${two(month)}.csv`;
  const label = monthLabel(year, month);
  const rows = [...payments];
  const extra: string[] = [];
  if (council.slug === "ashvale") {
    // Monthly files that repeat the first days of the next month (an overlapping month).
    rows.push(...next.filter((p) => p.day <= 2));
    if (year === 2022 && month === 9) {
      // Identical records inside one file: possible duplicate payments (kept, and marked).
      const n = payments.length;
      rows.splice(
        Math.floor(n * 0.8),
        0,
        rows[Math.floor(n / 3)] as DemoPayment,
        rows[Math.floor((n * 2) / 3)] as DemoPayment,
      );
    }
    if (year === 2023 && month === 2)
      return [[name, fileText(council, { ...publisher, newline: "\r" }, rows, label)]];
  }
  if (council.slug === "kestwick" && year === 2023 && month === 7) {
    // A corrected re-issue: one amount restated and a payment that had been left out.
    const restated = rows.map((p, i) => (i === 4 ? { ...p, micros: 1_234_560_000 } : p));
    restated.push({
      ...(rows[0] as DemoPayment),
      day: 31,
      micros: 5_000_000_000,
      supplier: "Kestwick Leisure Trust",
      area: "Leisure & Culture",
      type: "Grants to Organisations",
      ref: "KBC9999999",
    });
    return [
      [name, fileText(council, publisher, rows, label)],
      ["2023-07-corrected.csv", fileText(council, publisher, restated, `${label} (corrected)`)],
    ];
  }
  if (council.slug === "harrowmere" && year === 2022 && month === 6) {
    extra.push(...Array.from({ length: 3 }, () => `41,${council.name},,,,,,,,,,,`));
  }
  return [[name, fileText(council, publisher, rows, label, extra)]];
}

export async function generateDemo(options: DemoOptions): Promise<DemoSummary> {
  const total = options.payments ?? 50_000;
  const suppliers = supplierCatalogue(Math.max(60, Math.min(30_000, Math.round(total / 80))));
  rmSync(join(options.out, "councils"), { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, "partnership.json"), partnershipJson());
  writeFileSync(join(options.out, "suppliers.json"), suppliersJson());
  const population = COUNCILS.reduce((n, c) => n + c.population, 0);
  const summary: DemoSummary = { files: 2, payments: 0 };
  for (const [i, council] of COUNCILS.entries()) {
    const dir = join(options.out, "councils", council.slug);
    mkdirSync(join(dir, "spend"), { recursive: true });
    mkdirSync(join(dir, "contracts"), { recursive: true });
    const councilRng = new Random((options.seed ?? 2026) * 31 + i);
    const publisher = PUBLISHERS[council.slug] as Publisher;
    const own = suppliers.filter((_s, index) => index < 10 || (index * 2654435761 + i * 97) % 1000 < 650);
    const plan: CouncilPlan = {
      council,
      publisher,
      suppliers: own,
      perMonth: (total * council.population) / population / 37.5,
    };
    const spend = writeCouncilSpend(plan, dir, councilRng);
    writeFileSync(
      join(dir, "contracts", "contracts-register-2025-03.csv"),
      encode(registerText(council, publisher, own, councilRng), publisher.encoding),
    );
    writeFileSync(join(dir, "council.json"), councilJson(council));
    summary.files += spend.files + 2;
    summary.payments += spend.payments;
  }
  return summary;
}
