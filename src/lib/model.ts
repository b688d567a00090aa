// Canonical record types shared by the ingest (writer) and the dataset module (reader).
// Money is held as integer millionths of a pound ("micros"): exact for every value councils
// publish (sub-penny values such as 841.4375 included); sums use bigint (see money.ts).

/** Integer number of millionths of a pound (1 pound = 1_000_000). Always an integer. */
export type Micros = number;

/** The canonical payment fields a published column can map to. */
export const SPEND_FIELDS = [
  "date",
  "amount",
  "supplier",
  "supplier_ref",
  "company_number",
  "transaction_ref",
  "invoice_ref",
  "expense_area",
  "expense_type",
  "expense_code",
  "description",
  "body_name",
  "body",
  "vat_number",
  "capital_revenue",
  "merchant_category",
] as const;
export type SpendField = (typeof SPEND_FIELDS)[number];

/** The canonical contract-register fields a published column can map to. */
export const CONTRACT_FIELDS = [
  "reference",
  "title",
  "description",
  "supplier",
  "company_number",
  "start_date",
  "end_date",
  "review_date",
  "total_value",
  "annual_value",
  "department",
  "procurement_route",
  "sme",
  "vcse",
  "purchasing_body",
] as const;
export type ContractField = (typeof CONTRACT_FIELDS)[number];

export type FileKind = "spend" | "contracts";

export interface Payment {
  id: string;
  council: string;
  /** ISO date yyyy-mm-dd */
  date: string;
  amount: Micros;
  supplierId: string;
  /** Supplier name exactly as published (trimmed); "Redacted" group keeps the published wording here. */
  supplier: string;
  redacted: boolean;
  /** The recipient is another council of the partnership (a recharge, not supplier spend). */
  partnerPayment: boolean;
  expenseArea: string;
  expenseType: string;
  description: string;
  transactionRef: string;
  possibleDuplicate: boolean;
  /** Relative to the council folder, e.g. spend/2024-04.csv */
  sourceFile: string;
  /** Physical line (1-based) of the record in the published file. */
  sourceLine: number;
}

export interface Contract {
  id: string;
  council: string;
  reference: string;
  title: string;
  description: string;
  supplierId: string;
  supplier: string;
  companyNumber: string;
  startDate: string;
  endDate: string;
  reviewDate: string;
  totalValue: Micros | null;
  annualValue: Micros | null;
  department: string;
  procurementRoute: string;
  sme: boolean | null;
  vcse: boolean | null;
  /** The body that let the contract, as published (may be another partner). */
  purchasingBody: string;
  /** Slug of the partner council that let it, when the purchasing body is a partner. */
  purchasingCouncil: string;
  /** Values the register gave as TBC / Various / N/A / -: field -> published text. */
  notes: string;
  sourceFile: string;
  sourceLine: number;
}

export interface Supplier {
  id: string;
  name: string;
  companyNumber: string;
  namesPublished: string[];
  councils: string[];
  total: bigint;
  paymentCount: number;
}

export interface RowReject {
  line: number;
  reason: string;
}

export interface FileQuality {
  council: string;
  kind: FileKind;
  file: string;
  sha256: string;
  bytes: number;
  encoding: string;
  header_line: number | null;
  columns: Record<string, string>;
  rows: number;
  accepted: number;
  rejected: number;
  /** Exact decimal string of the accepted amounts (spend) or total values (contracts). */
  amount_total: string;
  first_date: string | null;
  last_date: string | null;
  /** Why the whole file was not used (unreadable, no recognisable columns, replaced). */
  file_reason: string | null;
  replaced_by: string | null;
  possible_duplicates: number;
  warnings: string[];
  rejects: RowReject[];
}
