// Records written and read back by their columns' declared types: text guarded and unguarded, exact
// amounts, yes/no and not stated, lists with their separators, empty cells of nullable columns.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CONTRACTS, type ContractEntry } from "../../../src/lib/tables/contracts.ts";
import { unguard } from "../../../src/lib/tables/csv-write.ts";
import { recordLineOf, recordReaderOf } from "../../../src/lib/tables/records.ts";
import { SUPPLIERS, type SupplierRecord } from "../../../src/lib/tables/suppliers.ts";
import type { Table } from "../../../src/lib/tables/table.ts";

const cellsOf = (line: string): string[] =>
  (Papa.parse<string[]>(line).data[0] as string[]).map((cell) => unguard(cell));

const roundTrip = <T extends Table>(table: T, record: object) =>
  recordReaderOf(table, table.at)(cellsOf(recordLineOf(table)(record as never)));

const entry: ContractEntry = {
  id: "alpha-c1",
  council: "alpha",
  reference: "=C1",
  title: 'Bins, "wheeled"',
  description: "",
  supplierId: "acme",
  supplier: "Acme Ltd",
  companyNumber: "01234567",
  startDate: "2023-04-01",
  endDate: "",
  originalEndDate: "",
  awardDate: "2023-03-01",
  contractType: "Services",
  extensionOptions: "",
  supplierSize: "",
  supplierPostcode: "",
  reviewDate: "",
  totalValue: 841_437_500,
  annualValue: null,
  department: "Environment",
  procurementRoute: "Open",
  sme: false,
  vcse: null,
  purchasingBody: "",
  purchasingCouncil: "",
  notes: "end_date: TBC",
  sourceFile: "contracts/register.csv",
  sourceLine: 2,
};

describe("recordLineOf and recordReaderOf", () => {
  it("write a contract as contracts.csv has it and read it back", () => {
    const line = recordLineOf(CONTRACTS)(entry);
    expect(line).toBe(
      'alpha-c1,alpha,\'=C1,"Bins, ""wheeled""",,acme,Acme Ltd,01234567,2023-04-01,,,,2023-03-01,Services,,841.4375,,Environment,Open,false,,,,,,end_date: TBC,contracts/register.csv,2',
    );
    expect(roundTrip(CONTRACTS, entry)).toEqual(entry);
  });

  it("join and split lists by their separators, and write a bigint sum exactly", () => {
    const supplier: SupplierRecord = {
      id: "acme",
      name: "Acme Ltd",
      companyNumber: "",
      namesPublished: ["ACME LTD", "Acme Ltd"],
      councils: ["alpha", "beta"],
      total: -1_500_000,
      paymentCount: 3,
      partnerCouncil: "",
    };
    const line = recordLineOf(SUPPLIERS)({ ...supplier, total: 2n ** 60n });
    expect(line).toBe("acme,Acme Ltd,,ACME LTD | Acme Ltd,alpha beta,1152921504606.846976,3,");
    expect(roundTrip(SUPPLIERS, supplier)).toEqual(supplier);
  });

  it("read a missing cell as empty, at the positions of the file's own header", () => {
    const at = { ...SUPPLIERS.at, id: 1, name: 0, partner_council: 99 };
    const read = recordReaderOf(SUPPLIERS, at)(["Acme Ltd", "acme", "", "", "", "", "0", ""]);
    expect(read).toMatchObject({ id: "acme", name: "Acme Ltd", namesPublished: [], partnerCouncil: "" });
  });
});
