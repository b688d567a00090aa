// contracts.csv: every contract-register entry kept, one line each (an entry repeated in several
// partners' registers stays one line per register; the site groups them into contracts).
import { type ColumnName, col, defineTable, type RecordOf } from "./table.ts";

/** Read from the register's column mapped to the field of this name. */
const MAPPED = { mapped: true } as const;
/** Also empty (null) when the register does not state it. */
const MAPPED_NULLABLE = { mapped: true, nullable: true } as const;

export const CONTRACTS = defineTable({
  name: "contracts",
  file: "contracts.csv",
  published: "data/contracts.csv",
  splitInto: ["data/councils/<council>/contracts.csv"],
  title: "Contract register entries",
  description:
    "Every entry kept from the councils' published contract registers, one line per entry, in council and " +
    "file order. Placeholders (TBC, Various, N/A) become empty cells, noted in notes.",
  key: ["id"],
  foreignKeys: [{ fields: ["supplier_id"], reference: { resource: "suppliers", fields: ["id"] } }],
  columns: [
    col("id", "string", "Identifier of this register entry."),
    col("council", "string", "The council whose register lists the contract."),
    col("reference", "string", "Contract reference as published.", MAPPED),
    col("title", "string", "Contract title.", MAPPED),
    col("description", "string", "Contract description.", MAPPED),
    col("supplier_id", "string", "Supplier identifier (matches suppliers.csv and payments.csv)."),
    col("supplier", "string", "Supplier name as published.", MAPPED),
    col(
      "company_number",
      "string",
      "Companies House number restored to 8 characters, or society number.",
      MAPPED,
    ),
    col("start_date", "date", "Start date.", MAPPED),
    col("end_date", "date", "End or current expiry date.", MAPPED),
    col(
      "original_end_date",
      "date",
      "The end date first agreed, when the register also gives a current expiry date.",
      MAPPED,
    ),
    col("review_date", "date", "Review date.", MAPPED),
    col("award_date", "date", "Date the contract was awarded.", MAPPED),
    col(
      "contract_type",
      "string",
      "Type or category of contract as published (goods, services, works…).",
      MAPPED,
    ),
    col("extension_options", "string", "Options to extend the contract, as published.", MAPPED),
    col("total_value", "number", "Total contract value in pounds as published.", MAPPED_NULLABLE),
    col("annual_value", "number", "Annual value in pounds as published.", MAPPED_NULLABLE),
    col("department", "string", "Department or directorate.", MAPPED),
    col("procurement_route", "string", "Procurement route or process used.", MAPPED),
    col(
      "sme",
      "boolean",
      "Supplier is a small or medium-sized enterprise (empty when not stated).",
      MAPPED_NULLABLE,
    ),
    col(
      "supplier_size",
      "string",
      "Size of the supplier as published (micro, small, medium, large); sets sme when the register has no SME column.",
      MAPPED,
    ),
    col("supplier_postcode", "string", "Supplier's postcode as published.", MAPPED),
    col(
      "vcse",
      "boolean",
      "Supplier is a voluntary, community or social enterprise (empty when not stated).",
      MAPPED_NULLABLE,
    ),
    col("purchasing_body", "string", "The body that let the contract, as published.", MAPPED),
    col("purchasing_council", "string", "Slug of the partner council that let it, when it is a partner."),
    col("notes", "string", "Placeholders and unreadable values found in the register (e.g. end_date: TBC)."),
    col("source_file", "string", "The published register file, relative to the council's folder."),
    col("source_line", "integer", "Physical line of the entry in the published file."),
  ],
});

export type ContractColumn = ColumnName<typeof CONTRACTS>;
/** One contract-register entry: a line of contracts.csv. */
export type ContractEntry = RecordOf<typeof CONTRACTS>;

/** The contract-register fields a published column can map to: the mapped columns, in file order. */
export type ContractField = Extract<(typeof CONTRACTS)["columns"][number], { mapped: true }>["name"];
export const CONTRACT_FIELDS = CONTRACTS.columns.flatMap((c) =>
  "mapped" in c ? [c.name] : [],
) as readonly ContractField[];

/** A register entry built in code: every field it does not give unstated ("" or null). */
export const contractEntry = (
  given: Partial<ContractEntry> & Pick<ContractEntry, "id" | "council" | "sourceFile" | "sourceLine">,
): ContractEntry => ({
  reference: "",
  title: "",
  description: "",
  supplierId: "",
  supplier: "",
  companyNumber: "",
  startDate: "",
  endDate: "",
  originalEndDate: "",
  reviewDate: "",
  awardDate: "",
  contractType: "",
  extensionOptions: "",
  totalValue: null,
  annualValue: null,
  department: "",
  procurementRoute: "",
  sme: null,
  supplierSize: "",
  supplierPostcode: "",
  vcse: null,
  purchasingBody: "",
  purchasingCouncil: "",
  notes: "",
  ...given,
});
