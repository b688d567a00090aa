// ColumnsTable: the columns of one download.
import ColumnsTable from "../../src/components/ColumnsTable.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

export default examplesOf("ColumnsTable", ColumnsTable, {
  payments: {
    props: {
      path: "payments.csv",
      name: "payments",
      fields: [
        { name: "id", type: "string", description: "The payment's id, stable between builds." },
        { name: "amount", type: "number", description: "In pounds, exactly as published." },
        { name: "notes", type: "string" },
      ],
    },
  },
  "no-columns": { props: { path: "empty.csv", name: "empty", fields: [] } },
  "hostile-text": {
    props: {
      path: `${HOSTILE}.csv`,
      name: "hostile",
      fields: [{ name: HOSTILE, type: HOSTILE, description: HOSTILE }],
    },
  },
});
