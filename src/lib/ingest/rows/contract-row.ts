// Turns one contract-register record into a contract or a reject reason. Placeholders such as
// TBC, Various, N/A or "-" become empty values with a note, never rejects.
import type { Micros } from "../../model.ts";
import { parseAmount } from "../../money.ts";
import type { ContractEntry, ContractField } from "../../tables/contracts.ts";
import type { Camel } from "../../tables/table.ts";
import type { ColumnMapping } from "../map/columns.ts";
import { classifyPlaceholder, parseUkDate, parseYesNo } from "../map/values.ts";
import { normaliseCompanyNumber } from "../suppliers/supplier-names.ts";

/** A register record read: the contracts.csv fields a register publishes (CONTRACT_FIELDS), and its notes. */
export type ContractRow = Pick<ContractEntry, Camel<ContractField>> & { notes: string[] };

/** doubleAmounts: the published values read from a binary double's printing (631.1899999999999), if any. */
export type ContractRowResult =
  | { ok: true; row: ContractRow; doubleAmounts: string[] | null }
  | { ok: false; reason: string };

/** Reads the cells of one record through the file's column mapping, noting placeholders. */
class FieldReader {
  readonly notes: string[] = [];
  doubleAmounts: string[] | null = null;
  private readonly cells: string[];
  private readonly mapping: ColumnMapping;
  constructor(cells: string[], mapping: ColumnMapping) {
    this.cells = cells;
    this.mapping = mapping;
  }

  raw(field: ContractField): string {
    const index = this.mapping.fields[field];
    return index === undefined ? "" : (this.cells[index] ?? "").trim().replace(/\s+/g, " ");
  }

  text(field: ContractField): string {
    const value = this.raw(field);
    if (value === "") return "";
    const placeholder = classifyPlaceholder(value);
    if (placeholder === null) return value;
    this.notes.push(`${field}: ${placeholder}`);
    return "";
  }

  date(field: ContractField): string {
    const value = this.text(field);
    if (value === "") return "";
    const iso = parseUkDate(value);
    if (iso === null) this.notes.push(`${field}: not a date "${value.slice(0, 30)}"`);
    return iso ?? "";
  }

  money(field: ContractField): Micros | null {
    const value = this.text(field);
    if (value === "") return null;
    const amount = parseAmount(value);
    if (amount.ok) {
      if (amount.fromDouble) this.doubleAmounts = [...(this.doubleAmounts ?? []), value];
      return amount.micros;
    }
    this.notes.push(`${field}: not an amount "${value.slice(0, 30)}"`);
    return null;
  }

  yesNo(field: ContractField): boolean | null {
    const value = this.text(field);
    if (value === "") return null;
    const answer = parseYesNo(value);
    if (answer === null) this.notes.push(`${field}: not yes or no "${value.slice(0, 30)}"`);
    return answer;
  }

  companyNumber(): string {
    const value = this.text("company_number");
    if (value === "") return "";
    const number = normaliseCompanyNumber(value);
    if (number === null) this.notes.push(`company_number: not a company number "${value.slice(0, 20)}"`);
    return number ?? "";
  }
}

/** SME status from a published supplier size: micro, small and medium firms are SMEs, large ones not. */
export function smeOfSize(size: string): boolean | null {
  if (/\b(micro|small|medium|sme)\b/i.test(size)) return true;
  if (/\blarge\b/i.test(size)) return false;
  return null;
}

export function readContractRow(cells: string[], mapping: ColumnMapping): ContractRowResult {
  const r = new FieldReader(cells, mapping);
  const reference = r.text("reference");
  const title = r.text("title");
  const supplierText = r.raw("supplier");
  if (reference === "" && title === "") {
    if (supplierText === "") {
      const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
      return {
        ok: false,
        reason: `not a contract record: no reference, title or supplier (starts "${(filled[0] ?? "").slice(0, 60)}")`,
      };
    }
    return { ok: false, reason: "contract reference and title both missing" };
  }
  const row: ContractRow = {
    reference,
    title,
    description: r.text("description"),
    supplier: r.text("supplier"),
    companyNumber: r.companyNumber(),
    startDate: r.date("start_date"),
    endDate: r.date("end_date"),
    originalEndDate: r.date("original_end_date"),
    reviewDate: r.date("review_date"),
    awardDate: r.date("award_date"),
    contractType: r.text("contract_type"),
    extensionOptions: r.text("extension_options"),
    totalValue: r.money("total_value"),
    annualValue: r.money("annual_value"),
    department: r.text("department"),
    procurementRoute: r.text("procurement_route"),
    supplierSize: r.text("supplier_size"),
    supplierPostcode: r.text("supplier_postcode"),
    sme: r.yesNo("sme"),
    vcse: r.yesNo("vcse"),
    purchasingBody: r.text("purchasing_body"),
    notes: r.notes,
  };
  if (row.sme === null) row.sme = smeOfSize(row.supplierSize);
  return { ok: true, row, doubleAmounts: r.doubleAmounts };
}
