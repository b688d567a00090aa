// Shared suppliers, the joint-procurement view: suppliers paid separately by two or more partners,
// with the combined spend and whether a joint contract already covers them. Recharges between
// partner councils, withheld payees and partner councils themselves are not suppliers here.

import { describeBars } from "../charts/describe.ts";
import { drawn } from "../charts/drawing.ts";
import { barTable, withColumns } from "../charts/table.ts";
import type { ContractRecord } from "../dataset/contracts.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { ExactSum } from "../exact-sum.ts";
import { formatDecimal, formatPounds, formatPoundsShort } from "../money.ts";
import { plain } from "../tables/csv-write.ts";
import { UNNAMED_ID } from "../tables/supplier-ids.ts";
import { type ChartEntry, chartDomId } from "./entry.ts";

export const SHARED_TOP = 15;
/** The supplier id payments with a withheld payee are filed under. */

export interface SharedSupplier {
  id: string;
  name: string;
  /** Councils that paid it, partnership order, with exact totals (all years). */
  byCouncil: { slug: string; total: bigint }[];
  combined: bigint;
  /** Contracts with this supplier listing two or more partners. */
  jointContracts: ContractRecord[];
  /** Contracts with this supplier listing one partner only. */
  singleContracts: ContractRecord[];
}

export interface SharedSuppliersInput {
  payments: PaymentTable;
  councils: readonly string[];
  supplierName: (id: string) => string;
  /** True for a supplier id that is itself a partner council (recharges). */
  isPartnerCouncil: (id: string) => boolean;
  contractsBySupplier: ReadonlyMap<string, readonly ContractRecord[]>;
  /** Each shared supplier's total per partner as the SQL aggregate gave them (else summed here). */
  totals?: readonly SharedSupplierTotal[];
}

/** One partner's exact total with one shared supplier. */
export interface SharedSupplierTotal {
  supplierId: string;
  council: string;
  total: bigint;
}

/** Each supplier's exact total per council (by index), summed here in one pass over the payments. */
function sumsOfPayments(input: SharedSuppliersInput): Map<string, (bigint | undefined)[]> {
  const { payments } = input;
  const councilIndex = new Map<number, number>();
  for (const [i, slug] of input.councils.entries()) {
    const id = payments.text.idOf(slug);
    if (id !== undefined) councilIndex.set(id, i);
  }
  const sums = new Map<number, (ExactSum | undefined)[]>();
  for (let row = 0; row < payments.size; row++) {
    if (payments.isPartnerPayment(row) || payments.isRedacted(row)) continue;
    const c = councilIndex.get(payments.council[row] as number);
    if (c === undefined) continue;
    const supplier = payments.supplierId[row] as number;
    let line = sums.get(supplier);
    if (!line) {
      line = [];
      sums.set(supplier, line);
    }
    let sum = line[c];
    if (!sum) {
      sum = new ExactSum();
      line[c] = sum;
    }
    sum.add(payments.amount[row] as number);
  }
  return new Map(
    [...sums].map(([supplier, line]) => [payments.text.get(supplier), line.map((sum) => sum?.value())]),
  );
}

/** The same from the SQL aggregate's rows (shared_suppliers.sql: already only suppliers of 2+ partners). */
function sumsOfTotals(input: SharedSuppliersInput, totals: readonly SharedSupplierTotal[]) {
  const councilIndex = new Map(input.councils.map((slug, i) => [slug, i]));
  const sums = new Map<string, (bigint | undefined)[]>();
  for (const t of totals) {
    const c = councilIndex.get(t.council);
    if (c === undefined) continue;
    const line = sums.get(t.supplierId) ?? [];
    line[c] = (line[c] ?? 0n) + t.total;
    sums.set(t.supplierId, line);
  }
  return sums;
}

/** Every shared supplier, largest combined spend first (ties by name, then id). */
export function sharedSuppliers(input: SharedSuppliersInput): SharedSupplier[] {
  const sums = input.totals ? sumsOfTotals(input, input.totals) : sumsOfPayments(input);
  const out: SharedSupplier[] = [];
  for (const [id, line] of sums) {
    if (line.filter((sum) => sum !== undefined).length < 2) continue;
    if (id === "" || id === UNNAMED_ID || input.isPartnerCouncil(id)) continue;
    const byCouncil = line.flatMap((total, c) =>
      total === undefined ? [] : [{ slug: input.councils[c] as string, total }],
    );
    const contracts = input.contractsBySupplier.get(id) ?? [];
    out.push({
      id,
      name: input.supplierName(id),
      byCouncil,
      combined: byCouncil.reduce((a, b) => a + b.total, 0n),
      jointContracts: contracts.filter((k) => k.councils.length >= 2),
      singleContracts: contracts.filter((k) => k.councils.length < 2),
    });
  }
  return out.sort((a, b) =>
    a.combined !== b.combined
      ? a.combined > b.combined
        ? -1
        : 1
      : a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Bar chart of the largest shared suppliers by combined spend. */
export function sharedSuppliersEntry(
  shared: readonly SharedSupplier[],
  options: { hostPath: string; councilName: (slug: string) => string; href: (id: string) => string },
): ChartEntry {
  const top = shared.slice(0, SHARED_TOP);
  const id = "shared-suppliers/top";
  const title = `The ${top.length} largest suppliers paid separately by two or more partners`;
  const data = top.map((s) => ({
    label: s.name,
    value: Number(s.combined) / 1e6,
    display: `${formatPoundsShort(s.combined)}${s.jointContracts.length > 0 ? " · joint contract" : ""}`,
  }));
  const desc = describeBars(top.map((s) => ({ label: s.name, micros: s.combined })));
  const table = barTable(title, "Supplier", "Combined spend", data, {
    exact: top.map((s) => formatPounds(s.combined)),
    hrefs: top.map((s) => options.href(s.id)),
  });
  return {
    id,
    title,
    caption:
      "Combined payments by every partner that paid each supplier, all years. “joint contract” marks a supplier already under a contract that lists two or more partners.",
    hostPath: options.hostPath,
    ...drawn({ kind: "bars", options: { id: chartDomId(id), title, desc, data, labelWidth: 250 } }),
    table: withColumns(
      table,
      ["Partners", "Joint contract"],
      top.map((s) => [String(s.byCouncil.length), s.jointContracts.length > 0 ? "Yes" : "No"]),
    ),
    csv: {
      header: [
        "supplier_id",
        "supplier",
        "council",
        "council_name",
        "spend",
        "combined_spend",
        "joint_contracts",
      ],
      rows: top.flatMap((s) =>
        s.byCouncil.map((c) => [
          s.id,
          s.name,
          c.slug,
          options.councilName(c.slug),
          plain(formatDecimal(c.total)),
          plain(formatDecimal(s.combined)),
          s.jointContracts.map((k) => k.reference || k.id).join(" "),
        ]),
      ),
    },
    councils: [...new Set(top.flatMap((s) => s.byCouncil.map((c) => c.slug)))],
    notes: [],
  };
}
