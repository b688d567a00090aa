import { beforeAll, describe, expect, it } from "vitest";
import { type ChartDrawing, drawChart } from "../../../src/lib/charts/drawing.ts";
import type { PaymentTable } from "../../../src/lib/dataset/payments.ts";
import { arrangementEntry, arrangementFigures } from "../../../src/lib/published-charts/arrangement.ts";
import { arrangementScope } from "../../../src/lib/published-charts/catalogue.ts";
import { contractMonths, contractSpendEntry } from "../../../src/lib/published-charts/contract-spend.ts";
import { buildSpendCube, type SpendCube } from "../../../src/lib/published-charts/cube.ts";
import { type ChartEntry, chartCsvText, svgSize } from "../../../src/lib/published-charts/entry.ts";
import { jointContractEntry, valueParts } from "../../../src/lib/published-charts/joint-contract.ts";
import { perResidentEntry } from "../../../src/lib/published-charts/per-resident.ts";
import { sharedSuppliers, sharedSuppliersEntry } from "../../../src/lib/published-charts/shared-suppliers.ts";
import { supplierEntry } from "../../../src/lib/published-charts/supplier.ts";
import { trendEntry } from "../../../src/lib/published-charts/trend.ts";
import { COUNCILS, contractRecord, fixturePayments } from "./fixture.ts";

let payments: PaymentTable;
let cube: SpendCube;
const slugs = COUNCILS.map((c) => c.slug);
const rowsWhere = (test: (row: number) => boolean) =>
  Int32Array.from({ length: payments.size }, (_, i) => i).filter(test);

beforeAll(async () => {
  payments = await fixturePayments();
  cube = buildSpendCube({ payments, councils: slugs, overridesOf: () => undefined });
});

/** Every chart keeps its text alternative: role=img named by a title and a desc written from the data. */
function expectAccessible(entry: ChartEntry) {
  expect(entry.svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-[\w-]+-title c-[\w-]+-desc"/);
  expect(entry.svg).toContain(`<title id="${entry.svg.match(/<title id="([^"]+)"/)?.[1]}">`);
  expect(entry.table.rows.length).toBeGreaterThan(0);
  expect(svgSize(entry.svg).width).toBe(720);
  // Drawn from its drawing, which survives JSON (embed/<id>/chart.json) and draws it at another width.
  expect(drawChart(entry.drawing)).toBe(entry.svg);
  const sent = JSON.parse(JSON.stringify(entry.drawing)) as ChartDrawing;
  expect(drawChart(sent)).toBe(entry.svg);
  const narrow = drawChart(sent, 360);
  expect(svgSize(narrow).width).toBe(360);
  expect(narrow.match(/<title id="([^"]+)"/)?.[1]).toBe(entry.svg.match(/<title id="([^"]+)"/)?.[1]);
}

describe("spend per resident", () => {
  it("divides exact totals by population, largest first, and notes councils without one", () => {
    const env = cube.categories.findIndex((c) => c.id === "environmental-and-regulatory");
    const entry = perResidentEntry({
      cube,
      councils: COUNCILS,
      category: env,
      year: "2024-25",
      hostPath: "categories/x/",
      href: (s) => `/councils/${s}/`,
    });
    if (!entry) throw new Error("no chart");
    expectAccessible(entry);
    expect(entry.id).toBe("per-resident/environmental-and-regulatory/2024-25");
    expect(entry.table.columns).toEqual(["Per resident", "Spend", "Population (year, source)"]);
    expect(entry.table.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ["Alpha District Council", "£2.00", "£2,000.00", "1,000 (2023, ONS)"],
      ["Beta <b>Borough</b> Council", "£1.50", "£6,000.00", "4,000 (2023, ONS)"],
    ]);
    expect(entry.notes).toEqual([
      "No population figure for Gamma Council: not shown per resident, but counted in totals (choose “Total” on the compare page) and in the data download.",
    ]);
    expect(entry.svg).toContain("Beta &lt;b&gt;Borough&lt;/b&gt; Council");
    expect(entry.svg).toMatch(
      /<desc[^>]*>Largest: Alpha District Council, £2\.00, up 33% on 2023-24\. Smallest: Beta &lt;b&gt;Borough&lt;\/b&gt; Council, £1\.50, up 50% on 2023-24\./,
    );
    const csv = chartCsvText(entry.csv);
    expect(csv.split("\n")[0]).toBe(
      "council,council_name,category_id,category,financial_year,spend,population,population_year,population_source,spend_per_resident",
    );
    expect(csv).toContain(
      "alpha,Alpha District Council,environmental-and-regulatory,Environmental and regulatory services,2024-25,2000.00,1000,2023,ONS,2.00\n",
    );
    expect(csv).toContain(
      "gamma,Gamma Council,environmental-and-regulatory,Environmental and regulatory services,2024-25,750.00,,,,\n",
    );
    expect(chartCsvText({ header: ["name", "amount"], rows: [["=HYPERLINK(1)", { plain: "-5.00" }]] })).toBe(
      "name,amount\n'=HYPERLINK(1),-5.00\n",
    );
  });

  it("is absent for a year with no payments", () => {
    expect(
      perResidentEntry({
        cube,
        councils: COUNCILS,
        category: null,
        year: "2019-20",
        hostPath: "",
        href: String,
      }),
    ).toBeNull();
  });
});

describe("trend", () => {
  it("draws one line per council that published, by quarter, and writes each period's exact total", () => {
    const entry = trendEntry({
      cube,
      councils: COUNCILS,
      category: null,
      granularity: "quarterly",
      hostPath: "compare/",
    });
    expectAccessible(entry);
    expect(entry.table.columns).toEqual([
      "Alpha District Council",
      "Beta <b>Borough</b> Council",
      "Gamma Council",
    ]);
    expect(entry.table.rows[0]).toEqual({ label: "2023-24 Q1", cells: ["£1,500.50", "£4,000.00", "–"] });
    expect(chartCsvText(entry.csv)).toContain(
      "beta,Beta <b>Borough</b> Council,all,All spend,2024-25 Q2,-100.00\n",
    );
  });

  it("can be one council's chart", () => {
    const entry = trendEntry({
      cube,
      councils: COUNCILS,
      category: null,
      granularity: "monthly",
      council: "gamma",
      hostPath: "councils/gamma/",
    });
    expect(entry.id).toBe("council/gamma/all/monthly");
    expect(entry.table.columns).toEqual(["Gamma Council"]);
    expect(entry.table.rows.find((r) => r.label === "Apr 2024")?.cells).toEqual(["£750.00"]);
  });
});

describe("shared suppliers and supplier charts", () => {
  it("lists suppliers paid by two or more partners, never recharges or withheld payees", () => {
    const shared = sharedSuppliers({
      payments,
      councils: slugs,
      supplierName: (id) => `${id} Ltd`,
      isPartnerCouncil: (id) => id === "alpha",
      contractsBySupplier: new Map([["binco", [contractRecord({ id: "J1", councils: ["alpha", "beta"] })]]]),
    });
    expect(
      shared.map((s) => [s.id, s.combined, s.byCouncil.map((c) => c.slug), s.jointContracts.length]),
    ).toEqual([["binco", 14_200_500_000n, ["alpha", "beta", "gamma"], 1]]);
    const entry = sharedSuppliersEntry(shared, {
      hostPath: "shared-suppliers/",
      councilName: (s) => s,
      href: (id) => `/s/${id}/`,
    });
    expectAccessible(entry);
    expect(entry.table.rows[0]?.cells).toEqual(["£14,200.50", "3", "Yes"]);
  });

  /** Binco's chart (the supplier paid by every partner) with the given options. */
  const bincoEntry = (
    options: Pick<Parameters<typeof supplierEntry>[0], "hostPath" | "granularity" | "spanOf">,
  ) =>
    supplierEntry({
      payments,
      rows: rowsWhere((r) => payments.text.get(payments.supplierId[r] as number) === "binco"),
      supplier: { id: "binco", name: "Binco Ltd" },
      councils: COUNCILS,
      financialYears: ["2023-24", "2024-25"],
      ...options,
    });

  it("draws one supplier's trend by quarter, with gaps where nothing was paid", () => {
    const entry = bincoEntry({
      granularity: "quarterly",
      hostPath: "suppliers/binco/",
    });
    expect(entry.id).toBe("supplier/binco/quarterly");
    expect(entry.title).toBe("Payments to Binco Ltd by council, per quarter");
    expect(entry.table.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ["2023-24 Q1", "£1,500.50", "£4,000.00", "–"],
      ["2024-25 Q1", "£2,000.00", "£6,000.00", "£700.00"],
    ]);
  });

  it("leaves out, and says under the chart, payments dated outside the months a council's files cover", () => {
    // Alpha's files cover 2023-24 only: its April 2024 payment (£2,000.00) is outside them.
    const entry = bincoEntry({
      granularity: "quarterly",
      hostPath: "suppliers/binco/",
      spanOf: (slug) => (slug === "alpha" ? { first: "2023-04-01", last: "2024-03-31" } : undefined),
    });
    expect(entry.table.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ["2023-24 Q1", "£1,500.50", "£4,000.00", "–"],
      ["2024-25 Q1", "–", "£6,000.00", "£700.00"],
    ]);
    expect(entry.notes).toEqual([
      "Not drawn: 1 payment by Alpha District Council (£2,000.00) dated outside the months its files cover, perhaps with a mistyped year (see the notes on its files under data quality).",
    ]);
  });

  it("draws one supplier across partners by financial year, leaving recharges out", () => {
    const entry = bincoEntry({
      hostPath: "suppliers/binco/",
    });
    expectAccessible(entry);
    expect(entry.table.rows.map((r) => r.cells)).toEqual([
      ["£1,500.50", "£4,000.00", "–"],
      ["£2,000.00", "£6,000.00", "£700.00"],
    ]);
  });
});

describe("a contract's payments to date", () => {
  const binco = () => rowsWhere((r) => payments.text.get(payments.supplierId[r] as number) === "binco");
  const contract = contractRecord({
    id: "C1",
    councils: ["alpha", "beta"],
    startDate: "2023-04-01",
    endDate: "2024-04-30",
    totalValue: 20_000_000_000,
  });

  it("adds up its councils' payments to the supplier in the term, month by month, gaps included", () => {
    const figures = contractMonths(contract, payments, binco());
    expect(figures?.months).toHaveLength(13);
    expect(figures?.months[0]).toBe("2023-04");
    expect(figures?.months.at(-1)).toBe("2024-04");
    // Alpha and Beta in April 2023, nothing in May, Alpha in June; Gamma is not party to it.
    expect(figures?.paid.slice(0, 3)).toEqual([5_000_000_000n, 0n, 500_500_000n]);
    expect(figures?.paid.at(-1)).toBe(8_000_000_000n);
    const entry = contractSpendEntry({
      contract,
      figures: figures as NonNullable<typeof figures>,
      hostPath: "contracts/C1/",
    });
    expectAccessible(entry);
    expect(entry.id).toBe("contract/C1");
    expect(entry.table.columns).toEqual(["Paid to date", "The contract's total value"]);
    expect(entry.table.rows.at(-1)?.cells).toEqual(["£13,500.50", "£20,000.00"]);
    expect(chartCsvText(entry.csv).split("\n")[2]).toBe("C1,2023-05,0.00,5000.00,20000.00");
  });

  it("is not drawn for payments in one month only, and has no value line when none is published", () => {
    expect(contractMonths({ ...contract, endDate: "2023-04-30" }, payments, binco())).toBeNull();
    const open = { ...contract, endDate: "", totalValue: null };
    const figures = contractMonths(open, payments, binco());
    expect(figures?.months.at(-1)).toBe("2024-04");
    const entry = contractSpendEntry({
      contract: open,
      figures: figures as NonNullable<typeof figures>,
      hostPath: "x/",
    });
    expect(entry.table.columns).toEqual(["Paid to date"]);
    expect(entry.caption).toContain("the register gives no total value");
  });
});

describe("joint contracts", () => {
  const contract = contractRecord({
    id: "J1",
    councils: ["alpha", "beta"],
    totalValue: 100_000_000_000,
    entries: [
      contractRecord({ id: "J1", councils: ["alpha"], council: "alpha", totalValue: 100_000_000_000 }),
      contractRecord({ id: "J1", councils: ["beta"], council: "beta", totalValue: 100_000_000_000 }),
    ],
  });

  it("gives each partner's share of the payments, and says when the value split is not published", () => {
    expect(valueParts(contract)).toBeNull();
    const entry = jointContractEntry({
      contract,
      termByCouncil: [
        { key: "alpha", total: 1_000_000_000n, count: 2 },
        { key: "beta", total: 3_000_000_000n, count: 1 },
      ],
      councilName: (s) => s,
      hostPath: "contracts/J1/",
    });
    expectAccessible(entry);
    expect(entry.table.rows.map((r) => r.cells)).toEqual([
      ["£1,000.00", "25.0%", "–", "–"],
      ["£3,000.00", "75.0%", "–", "–"],
    ]);
    expect(entry.notes[0]).toContain("£100,000.00; how it splits between partners is not published");
  });

  it("uses the partners' own register values when they differ", () => {
    const parts = valueParts({
      ...contract,
      entries: [
        contractRecord({ id: "J1", councils: ["alpha"], council: "alpha", totalValue: 30_000_000 }),
        contractRecord({ id: "J1", councils: ["beta"], council: "beta", totalValue: 90_000_000 }),
      ],
    });
    expect(parts).toEqual(
      new Map([
        ["alpha", 30_000_000n],
        ["beta", 90_000_000n],
      ]),
    );
  });
});

describe("arrangements", () => {
  it("annualises spend in its categories before and after the start, per partner, beside the target", () => {
    const arrangement = {
      id: "waste",
      name: "Joint waste",
      partners: ["alpha", "beta"],
      start_date: "2024-04-01",
      savings_target: { amount: 1000, per: "year" as const, shared: "equally" },
    };
    const input = {
      arrangement,
      payments,
      rowsOf: (slug: string) => rowsWhere((r) => payments.text.get(payments.council[r] as number) === slug),
      inScope: arrangementScope(["environmental-and-regulatory"], () => undefined),
      councils: COUNCILS,
      hostPath: "arrangements/waste/",
    };
    const figures = arrangementFigures(input);
    const alpha = figures[0];
    // alpha: before, 2 months published (Apr, Jun 2023), £1,500.50 → £9,003.00 a year; after, 2 months, £2,000 → £12,000
    expect(alpha?.before).toEqual({ total: 1_500_500_000n, months: 2, perYear: 9_003_000_000n });
    expect(alpha?.after).toEqual({ total: 2_000_000_000n, months: 2, perYear: 12_000_000_000n });
    expect(alpha?.change).toBe(2_997_000_000n);
    expect(alpha?.targetShare).toBe(500_000_000n);
    const entry = arrangementEntry(input, figures);
    expectAccessible(entry);
    expect(entry.table.rows[0]?.cells[0]).toBe("+£3.00");
    expect(entry.title).toContain("since 1 Apr 2024");
  });
});
