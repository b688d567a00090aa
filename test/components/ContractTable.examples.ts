// ContractTable: contracts with their supplier, councils, value and term.
import ContractTable from "../../src/components/ContractTable.astro";
import { examplesOf, HOSTILE } from "./examples.ts";
import { contractRecord } from "./records.ts";

const open = contractRecord({ id: "alpha-c-002", title: "", reference: "", endDate: "", totalValue: null });

export default examplesOf("ContractTable", ContractTable, {
  "with-tools": {
    props: {
      caption: "Contracts",
      contracts: [contractRecord(), open],
      id: "contracts",
      filename: "contracts.csv",
    },
  },
  "on-a-supplier-page": {
    props: { caption: "Contracts with Acme", contracts: [contractRecord()], hideSupplier: true },
  },
  "hostile-text": {
    props: {
      caption: HOSTILE,
      contracts: [contractRecord({ id: HOSTILE, title: HOSTILE, supplier: HOSTILE, supplierId: HOSTILE })],
    },
  },
});
