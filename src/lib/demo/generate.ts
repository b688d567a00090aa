// Writes the demonstration data folder: partnership.json, suppliers.json and, per council,
// council.json, payment files and a contract register, each in that council's own format.
// Deterministic: the same options give byte-identical files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COUNCILS } from "./catalogue.ts";
import { councilJson, partnershipJson, suppliersJson } from "./config-files.ts";
import { PUBLISHERS, type Publisher } from "./formats.ts";
import { type TailSupplier, tailByMonth, tailSuppliers } from "./long-tail.ts";
import { writeOcdsNotices } from "./ocds-notices.ts";
import { type CouncilPlan, fixedPayments, MONTHS, spreadOverMonths } from "./payments.ts";
import { mixSeed, Random } from "./random.ts";
import { writeRegister } from "./registers.ts";
import { type DemoReport, emptyReport } from "./report.ts";
import { refGiver, writeCouncilSpend } from "./spend-files.ts";
import { type DemoSupplier, supplierCatalogue } from "./suppliers.ts";

export interface DemoOptions {
  out: string;
  /** About how many payments in all (default 50,000). */
  payments?: number;
  seed?: number;
  /**
   * About how many suppliers in all. Beyond the default catalogue (total / 83, at most 5,000) the
   * rest is a long tail (long-tail.ts) of suppliers paid once or a few times each; those payments
   * come out of the total. Unset: the default catalogue, and the same bytes as before the option.
   */
  suppliers?: number;
}

export interface DemoSummary extends DemoReport {
  bytes: number;
}

const TOTAL_POPULATION = COUNCILS.reduce((n, c) => n + c.population, 0);

function councilPlan(
  index: number,
  suppliers: DemoSupplier[],
  tail: TailSupplier[],
  total: number,
  seed: number,
  rng: Random,
): CouncilPlan {
  const council = COUNCILS[index] as (typeof COUNCILS)[number];
  const publisher = PUBLISHERS[council.slug] as Publisher;
  const pool = suppliers.filter((s) => s.councils.includes(council.slug));
  const paid = [...pool, ...tail.filter((s) => s.councils.includes(council.slug))];
  const supplierIds = new Map(
    paid.map((s, i) => [s.name, String(200_000 + ((i * 7_919 + index * 104_729) % 700_000))]),
  );
  const quota = Math.round((total * council.population) / TOTAL_POPULATION);
  const fenmouth = council.slug === "fenmouth";
  const plan: CouncilPlan = {
    council,
    style: publisher.style,
    redactions: publisher.redactions,
    pool,
    supplierIds,
    ordinary: [],
    pcardPerMonth: fenmouth ? Math.max(4, Math.round((quota * 0.03) / MONTHS)) : 0,
    pcardFileRows: fenmouth ? Math.max(3, Math.round((quota * 0.04 * 3) / MONTHS)) : 0,
    subPenny: council.slug === "brackenridge",
  };
  let fixed = plan.pcardPerMonth * MONTHS + (plan.pcardFileRows * MONTHS) / 3;
  for (let i = 0; i < MONTHS; i++) fixed += fixedPayments(plan, i).length;
  if (tail.length > 0) {
    plan.tail = tailByMonth(tail, council.slug, new Random(mixSeed(seed, 300 + index)));
    fixed += plan.tail.reduce((n, month) => n + month.length, 0);
  }
  plan.ordinary = spreadOverMonths(Math.max(MONTHS, quota - fixed), rng);
  return plan;
}

export async function generateDemo(options: DemoOptions): Promise<DemoSummary> {
  const total = Math.max(200, Math.round(options.payments ?? 50_000));
  const seed = Math.round(options.seed ?? 2026);
  const catalogue = Math.min(5_000, Math.max(120, Math.round(total / 83)));
  const wanted = options.suppliers === undefined ? catalogue : Math.max(120, Math.round(options.suppliers));
  const suppliers = supplierCatalogue(Math.min(catalogue, wanted), new Random(mixSeed(seed, 1)));
  const tail =
    wanted > catalogue
      ? tailSuppliers(
          wanted - suppliers.length,
          suppliers.map((s) => s.name),
          new Random(mixSeed(seed, 2)),
        )
      : [];
  rmSync(join(options.out, "councils"), { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  const report = emptyReport();
  const top = (file: string, text: string) => {
    writeFileSync(join(options.out, file), text);
    report.files.push({ council: "", file, bytes: Buffer.byteLength(text), records: 0 });
  };
  top("partnership.json", partnershipJson());
  top("suppliers.json", suppliersJson());
  for (const [index, council] of COUNCILS.entries()) {
    const dir = join(options.out, "councils", council.slug);
    mkdirSync(join(dir, "spend"), { recursive: true });
    mkdirSync(join(dir, "contracts"), { recursive: true });
    const publisher = PUBLISHERS[council.slug] as Publisher;
    const rng = new Random(mixSeed(seed, 100 + index));
    const plan = councilPlan(index, suppliers, tail, total, seed, rng);
    writeCouncilSpend({ council, publisher, plan, rng, dir, report, nextRef: refGiver(publisher) });
    const register = writeRegister(
      council,
      dir,
      plan.pool,
      publisher.style,
      new Random(mixSeed(seed, 200 + index)),
      report,
    );
    writeOcdsNotices(council, dir, register, report);
    const config = councilJson(council);
    writeFileSync(join(dir, "council.json"), config);
    report.files.push({
      council: council.slug,
      file: "council.json",
      bytes: Buffer.byteLength(config),
      records: 0,
    });
  }
  return { ...report, bytes: report.files.reduce((n, f) => n + f.bytes, 0) };
}
