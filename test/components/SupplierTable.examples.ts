// SupplierTable: suppliers with their councils, payments and total.
import SupplierTable from "../../src/components/SupplierTable.astro";
import { examplesOf, HOSTILE } from "./examples.ts";
import { supplierRecord } from "./records.ts";

const renamed = supplierRecord({
  id: "ip12345r",
  name: "Northern Leisure Trust",
  namesPublished: ["Northern Leisure Trust", "NORTHERN LEISURE TRUST LTD"],
  councils: ["alpha"],
  total: -250_000_000,
  paymentCount: 1,
});

export default examplesOf("SupplierTable", SupplierTable, {
  "names-shown": {
    props: {
      caption: "Suppliers",
      suppliers: [supplierRecord(), renamed],
      id: "suppliers",
      filename: "suppliers.csv",
      showNames: true,
    },
  },
  none: { props: { caption: "Suppliers", suppliers: [], id: "suppliers", filename: "suppliers.csv" } },
  "hostile-text": {
    props: {
      caption: HOSTILE,
      suppliers: [supplierRecord({ id: HOSTILE, name: HOSTILE, namesPublished: [HOSTILE, `${HOSTILE} 2`] })],
      id: "hostile",
      filename: "hostile.csv",
      showNames: true,
    },
  },
});
