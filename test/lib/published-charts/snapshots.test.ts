// SVG snapshots of every catalogued chart kind for the fixed fixture: a layout change shows up as a
// diff to look at (open the .svg files), not as a silent change on the site.
import { beforeAll, describe, expect, it } from "vitest";
import type { PaymentTable } from "../../../src/lib/dataset/payments.ts";
import { buildCatalogue, type Catalogue } from "../../../src/lib/published-charts/catalogue.ts";
import { COUNCILS, contractRecord, fixturePayments } from "./fixture.ts";

let catalogue: Catalogue;
let payments: PaymentTable;
const rowsWhere = (column: "council" | "supplierId", key: string) =>
  Int32Array.from({ length: payments.size }, (_, i) => i).filter(
    (r) => payments.text.get(payments[column][r] as number) === key,
  );

beforeAll(async () => {
  payments = await fixturePayments();
  const joint = contractRecord({ id: "J1", councils: ["alpha", "beta", "gamma"] });
  catalogue = buildCatalogue({
    payments,
    councils: COUNCILS,
    serviceOverrides: () => undefined,
    financialYears: ["2023-24", "2024-25"],
    contracts: [joint],
    contractsBySupplier: new Map([["binco", [joint]]]),
    arrangements: [
      {
        id: "waste",
        name: "Joint waste",
        partners: ["alpha", "beta"],
        start_date: "2024-04-01",
        categories: ["Waste & Recycling", "Refuse Collection"],
      },
      { id: "no-categories", name: "Nothing declared", partners: ["alpha"], start_date: "2024-04-01" },
    ],
    supplierName: (id) => `${id} Ltd`,
    isPartnerCouncil: (id) => id === "alpha",
    rowsOfSupplier: (id) => rowsWhere("supplierId", id),
    rowsOfCouncil: (slug) => rowsWhere("council", slug),
    termByCouncil: () => [
      { key: "alpha", total: 3_500_500_000n, count: 3 },
      { key: "beta", total: 10_000_000_000n, count: 2 },
    ],
    paths: {
      council: (s) => `/councils/${s}/`,
      supplier: (s) => `/suppliers/${s}/`,
      hostOfSupplier: (s) => `suppliers/${s}/`,
      hostOfContract: (s) => `contracts/${s}/`,
      hostOfCategory: (s) => `categories/${s}/`,
      hostOfCouncil: (s) => `councils/${s}/`,
      hostOfArrangement: (s) => `arrangements/${s}/`,
      compare: "compare/",
      shared: "shared-suppliers/",
    },
  });
});

describe("chart catalogue", () => {
  it("has a stable id for every chart, each with a host page", () => {
    expect(catalogue.ids).toEqual([
      "per-resident/all/2023-24",
      "per-resident/all/2024-25",
      "trend/all/monthly",
      "trend/all/quarterly",
      "trend/all/yearly",
      "per-resident/environmental-and-regulatory/2023-24",
      "per-resident/environmental-and-regulatory/2024-25",
      "trend/environmental-and-regulatory/monthly",
      "trend/environmental-and-regulatory/quarterly",
      "trend/environmental-and-regulatory/yearly",
      "per-resident/housing/2023-24",
      "per-resident/housing/2024-25",
      "trend/housing/monthly",
      "trend/housing/quarterly",
      "trend/housing/yearly",
      "per-resident/uncategorised/2023-24",
      "per-resident/uncategorised/2024-25",
      "trend/uncategorised/monthly",
      "trend/uncategorised/quarterly",
      "trend/uncategorised/yearly",
      "council/alpha/all/monthly",
      "council/beta/all/monthly",
      "council/gamma/all/monthly",
      "shared-suppliers/top",
      "supplier/binco",
      "supplier/binco/quarterly",
      "supplier/binco/monthly",
      "contract/J1",
      "joint-contract/J1",
      "arrangement/waste",
    ]);
    for (const id of catalogue.ids) expect(catalogue.chart(id)?.id).toBe(id);
    expect(catalogue.chart("supplier/solo")).toBeUndefined();
  });

  it.each([
    "per-resident/all/2024-25",
    "trend/environmental-and-regulatory/quarterly",
    "council/alpha/all/monthly",
    "shared-suppliers/top",
    "supplier/binco",
    "supplier/binco/monthly",
    "joint-contract/J1",
    "arrangement/waste",
  ])("keeps the layout of %s", async (id) => {
    const svg = catalogue.chart(id)?.svg ?? "";
    await expect(`${svg}\n`).toMatchFileSnapshot(`__snapshots__/${id.replace(/\//g, "--")}.svg`);
  });
});
