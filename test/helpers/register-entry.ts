// A contract-register entry for tests: every field filled with a neutral value, overridden as needed.
import type { RegisterEntry } from "../../src/lib/dataset/contracts.ts";
import { UNSTATED_DETAILS } from "../../src/lib/tables/contracts.ts";

export const registerEntry = (over: Partial<RegisterEntry>): RegisterEntry => ({
  id: "x",
  council: "alpha",
  reference: "",
  title: "A contract",
  description: "",
  supplierId: "acme",
  supplier: "Acme Ltd",
  companyNumber: "",
  startDate: "2023-04-01",
  endDate: "",
  ...UNSTATED_DETAILS,
  reviewDate: "",
  totalValue: null,
  annualValue: null,
  department: "",
  procurementRoute: "",
  sme: null,
  vcse: null,
  purchasingBody: "",
  purchasingCouncil: "",
  notes: "",
  sourceFile: "contracts/register.csv",
  sourceLine: 2,
  ...over,
});
