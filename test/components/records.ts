// Records of the mini fixture's councils (alpha, beta) for the components that take the dataset's
// records: a contract, a supplier and a flag, each with the fields a test changes given.
import type { ContractRecord, RegisterEntry } from "../../src/lib/dataset/contracts.ts";
import type { FlagRecord } from "../../src/lib/dataset/flags.ts";
import type { SupplierRecord } from "../../src/lib/dataset/suppliers.ts";
import { contractEntry } from "../../src/lib/tables/contracts.ts";

export const POUND = 1_000_000;

export function contractRecord(fields: Partial<ContractRecord> = {}): ContractRecord {
  const entry: RegisterEntry = contractEntry({
    id: "alpha-c-001",
    council: "alpha",
    reference: "C-001",
    title: "Waste collection (joint)",
    supplierId: "01026167",
    supplier: "Acme Supplies Limited",
    companyNumber: "01026167",
    startDate: "2022-04-01",
    endDate: "2025-03-31",
    totalValue: 1_200_000 * POUND,
    annualValue: 400_000 * POUND,
    sme: false,
    purchasingBody: "Beta Borough Council",
    purchasingCouncil: "beta",
    sourceFile: "contracts/register.csv",
    sourceLine: 2,
  });
  return {
    ...entry,
    lettingCouncil: "beta",
    councils: ["alpha", "beta"],
    entries: [entry],
    arrangement: null,
    unlisted: [],
    ...fields,
  };
}

export function supplierRecord(fields: Partial<SupplierRecord> = {}): SupplierRecord {
  return {
    id: "01026167",
    name: "Acme Supplies Ltd",
    companyNumber: "01026167",
    namesPublished: ["Acme Supplies Ltd"],
    councils: ["alpha", "beta"],
    total: 10_600 * POUND,
    paymentCount: 12,
    partnerCouncil: "",
    ...fields,
  };
}

export function flagRecord(fields: Partial<FlagRecord> = {}): FlagRecord {
  return {
    id: "identical-record.alpha.01026167.1753y95-13",
    indicator: "identical-record",
    council: "alpha",
    councils: ["alpha"],
    supplierId: "01026167",
    supplier: "Acme Supplies Ltd",
    contractId: "",
    department: "",
    category: "",
    financialYear: "2023-24",
    amount: 1_060 * POUND,
    score: 318,
    evidence: "records identical in every column of one file",
    threshold: "identical in every column",
    firstDate: "2023-04-10",
    lastDate: "2023-04-10",
    question:
      "spend/2023-04.csv lists the same payment of £530.00 twice (lines 13 and 14). Was it paid twice?",
    rows: 2,
    paymentIds: ["1753y95-13", "1753y95-14"],
    sources: ["spend/2023-04.csv:13", "spend/2023-04.csv:14"],
    notes: "",
    ...fields,
  };
}
