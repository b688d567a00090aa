// Suppliers from suppliers.csv: one id across all councils, with every name it was published under.
import type { Micros } from "../model.ts";
import { readCsvRows } from "./csv-rows.ts";
import { microsOf } from "./decimal.ts";

const COLUMNS = [
  "id",
  "name",
  "company_number",
  "names_published",
  "councils",
  "total",
  "payment_count",
  "partner_council",
] as const;

export interface SupplierRecord {
  id: string;
  name: string;
  companyNumber: string;
  namesPublished: string[];
  councils: string[];
  total: Micros;
  paymentCount: number;
  partnerCouncil: string;
}

export async function loadSuppliers(path: string): Promise<SupplierRecord[]> {
  const suppliers: SupplierRecord[] = [];
  await readCsvRows(path, COLUMNS, (cells, c) => {
    const cell = (i: number) => cells[i] ?? "";
    suppliers.push({
      id: cell(c.id),
      name: cell(c.name),
      companyNumber: cell(c.company_number),
      namesPublished: cell(c.names_published)
        .split(" | ")
        .filter((n) => n !== ""),
      councils: cell(c.councils)
        .split(" ")
        .filter((n) => n !== ""),
      total: microsOf(cell(c.total) || "0"),
      paymentCount: Number(cell(c.payment_count) || "0"),
      partnerCouncil: cell(c.partner_council),
    });
  });
  return suppliers;
}
