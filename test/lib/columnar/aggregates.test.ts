// The SQL aggregates (src/lib/columnar/sql/aggregates/) run by DuckDB over the demo partnership's
// Parquet files, against the figures the pages show today, computed in JavaScript from the same
// payments (src/lib/views/aggregate.ts, src/lib/published-charts/): every cell, to the micro.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Aggregates, decimalMicros, runAggregates } from "../../../src/lib/columnar/aggregates.ts";
import { departmentCategoryOf } from "../../../src/lib/columnar/categories.ts";
import { writeColumnarDataset } from "../../../src/lib/columnar/write-dataset.ts";
import { type DataConfig, loadDataConfig } from "../../../src/lib/config/load.ts";
import { loadPaymentsFromParquet, type PaymentTable } from "../../../src/lib/dataset/payments.ts";
import { groupRows, rowsOf } from "../../../src/lib/dataset/row-groups.ts";
import { loadSuppliers } from "../../../src/lib/dataset/suppliers.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import { buildSpendCube } from "../../../src/lib/published-charts/cube.ts";
import { perResident } from "../../../src/lib/published-charts/per-resident.ts";
import { sharedSuppliers } from "../../../src/lib/published-charts/shared-suppliers.ts";
import { matrixOf, totalsBy } from "../../../src/lib/views/aggregate.ts";

const DEMO = resolve(import.meta.dirname, "../../../data");
let config: DataConfig;
let payments: PaymentTable;
let sql: Aggregates;
let slugs: string[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "columnar-aggregates-"));
  config = loadDataConfig(DEMO);
  slugs = config.councils.map((c) => c.slug);
  await runIngest(config, dir);
  await writeColumnarDataset(dir);
  payments = await loadPaymentsFromParquet(dir);
  sql = await runAggregates(dir, departmentCategoryOf(config));
  suppliers = await loadSuppliers(join(dir, "suppliers.csv"));
}, 120_000);
let suppliers: Awaited<ReturnType<typeof loadSuppliers>>;

/** Sums of SQL rows by a key. */
function sumBy<R extends { total: bigint; payments: number }>(rows: R[], key: (r: R) => string) {
  const out = new Map<string, { total: bigint; count: number }>();
  for (const r of rows) {
    const k = key(r);
    const v = out.get(k) ?? { total: 0n, count: 0 };
    v.total += r.total;
    v.count += r.payments;
    out.set(k, v);
  }
  return out;
}

const asMap = (totals: { key: string; total: bigint; count: number }[]) =>
  new Map(totals.map((t) => [t.key, { total: t.total, count: t.count }]));

describe("decimal text to micros", () => {
  it("is exact past 2^53 micros, for credits and for fewer than six decimals", () => {
    expect(decimalMicros("9478847412.693200")).toBe(9_478_847_412_693_200n);
    expect(decimalMicros("-0.5")).toBe(-500_000n);
    expect(decimalMicros("12")).toBe(12_000_000n);
    expect(() => decimalMicros("1e5")).toThrow(/not a decimal/);
  });
});

describe("the SQL aggregates over the demo data", () => {
  it("cover every payment once", () => {
    const sum = (rows: { total: bigint; payments: number }[]) =>
      rows.reduce((a, r) => ({ total: a.total + r.total, count: a.count + r.payments }), {
        total: 0n,
        count: 0,
      });
    const all = totalsBy(
      payments,
      Int32Array.from({ length: payments.size }, (_, i) => i),
      payments.council,
    );
    const js = all.reduce((a, t) => ({ total: a.total + t.total, count: a.count + t.count }), {
      total: 0n,
      count: 0,
    });
    expect(payments.size).toBeGreaterThan(40_000);
    expect(sum(sql.councilYearDepartment)).toEqual(js);
    expect(sum(sql.supplierCouncilYear)).toEqual(js);
    expect(sum(sql.councilCategoryMonth)).toEqual(js);
  });

  it("give each council's totals by year, by department and by department × year as the council pages do", () => {
    const byCouncil = groupRows(payments.council, payments.text.values.length);
    for (const slug of slugs) {
      const rows = rowsOf(byCouncil, payments.text.idOf(slug) ?? -1);
      const mine = sql.councilYearDepartment.filter((r) => r.council === slug);
      expect(sumBy(mine, (r) => r.financialYear)).toEqual(asMap(totalsBy(payments, rows, payments.year)));
      expect(sumBy(mine, (r) => r.expenseArea)).toEqual(asMap(totalsBy(payments, rows, payments.area)));
      const matrix = matrixOf(payments, rows, payments.area, payments.year);
      const cells = new Map(mine.map((r) => [`${r.expenseArea}|${r.financialYear}`, r.total]));
      let checked = 0;
      for (const [i, area] of matrix.rowKeys.entries())
        for (const [j, year] of matrix.columnKeys.entries()) {
          expect(cells.get(`${area}|${year}`) ?? null).toBe(matrix.cells[i]?.[j] ?? null);
          checked++;
        }
      expect(checked).toBeGreaterThan(10);
    }
  });

  it("give the home page's council × year table and largest suppliers", () => {
    const all = Int32Array.from({ length: payments.size }, (_, i) => i);
    const matrix = matrixOf(payments, all, payments.council, payments.year);
    const cells = sumBy(sql.councilYearDepartment, (r) => `${r.council}|${r.financialYear}`);
    for (const [i, council] of matrix.rowKeys.entries())
      for (const [j, year] of matrix.columnKeys.entries())
        expect(cells.get(`${council}|${year}`)?.total ?? null).toBe(matrix.cells[i]?.[j] ?? null);
    const supplierSpend = (row: number) => !payments.isPartnerPayment(row) && !payments.isRedacted(row);
    const js = asMap(totalsBy(payments, all, payments.supplierId, supplierSpend));
    const fromSql = new Map<string, { total: bigint; count: number }>();
    for (const r of sql.supplierCouncilYear) {
      if (r.supplierSpendPayments === 0) continue;
      const v = fromSql.get(r.supplierId) ?? { total: 0n, count: 0 };
      v.total += r.supplierSpend;
      v.count += r.supplierSpendPayments;
      fromSql.set(r.supplierId, v);
    }
    expect(fromSql).toEqual(js);
  });

  it("give every supplier page's council × year table", () => {
    const bySupplier = groupRows(payments.supplierId, payments.text.values.length);
    const cells = new Map(
      sql.supplierCouncilYear.map((r) => [`${r.supplierId}|${r.council}|${r.financialYear}`, r]),
    );
    const ids = new Set(sql.supplierCouncilYear.map((r) => r.supplierId));
    expect(ids.size).toBeGreaterThan(300);
    for (const id of ids) {
      const rows = rowsOf(bySupplier, payments.text.idOf(id) ?? -1);
      const matrix = matrixOf(payments, rows, payments.council, payments.year);
      for (const [i, council] of matrix.rowKeys.entries())
        for (const [j, year] of matrix.columnKeys.entries())
          expect(cells.get(`${id}|${council}|${year}`)?.total ?? null).toBe(matrix.cells[i]?.[j] ?? null);
    }
  });

  it("give every cell of the spend cube (council × category × month) and so every per-resident figure", () => {
    const overrides = new Map(config.councils.map((c) => [c.slug, c.config.categories?.services]));
    const cube = buildSpendCube({ payments, councils: slugs, overridesOf: (slug) => overrides.get(slug) });
    const cells = new Map(
      sql.councilCategoryMonth.map((r) => [`${r.council}|${r.category}|${r.month}`, r.total]),
    );
    let checked = 0;
    for (const [c, slug] of slugs.entries())
      for (const [k, category] of cube.categories.entries())
        for (const [m, month] of cube.months.entries()) {
          expect(cells.get(`${slug}|${category.id}|${month}`) ?? null).toBe(cube.total(c, k, m, m + 1));
          checked++;
        }
    expect(checked).toBeGreaterThan(500);
    // Per resident: a year's total divided by the population, the same from either.
    for (const [c, council] of config.councils.entries()) {
      const population = council.config.population?.value;
      if (!population) continue;
      const year = cube.months.filter((m) => m >= "2023-04" && m <= "2024-03");
      const from = cube.months.indexOf(year[0] as string);
      const jsTotal = cube.total(c, null, from, from + year.length) ?? 0n;
      const sqlTotal = sql.councilCategoryMonth
        .filter((r) => r.council === council.slug && year.includes(r.month))
        .reduce((a, r) => a + r.total, 0n);
      expect(perResident(sqlTotal, population)).toBe(perResident(jsTotal, population));
    }
  });

  it("give the shared suppliers and each partner's total", () => {
    const partner = new Set(suppliers.filter((s) => s.partnerCouncil !== "").map((s) => s.id));
    const js = sharedSuppliers({
      payments,
      councils: slugs,
      supplierName: (id) => id,
      isPartnerCouncil: (id) => partner.has(id),
      contractsBySupplier: new Map(),
    });
    expect(js.length).toBeGreaterThan(5);
    const fromSql = new Map<string, { slug: string; total: bigint }[]>();
    for (const r of sql.sharedSuppliers)
      fromSql.set(r.supplierId, [...(fromSql.get(r.supplierId) ?? []), { slug: r.council, total: r.total }]);
    const order = (list: { slug: string; total: bigint }[]) =>
      [...list].sort((a, b) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug));
    expect(new Map([...fromSql].map(([id, list]) => [id, order(list)]))).toEqual(
      new Map(js.map((s) => [s.id, s.byCouncil])),
    );
  });
});
