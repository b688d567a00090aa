// LargestSuppliers: the suppliers paid most, ranked.
import LargestSuppliers from "../../src/components/LargestSuppliers.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

const POUND = 1_000_000n;

export default examplesOf("LargestSuppliers", LargestSuppliers, {
  partnership: {
    props: {
      caption: "Suppliers paid most",
      suppliers: [
        { key: "acme-ltd", name: "ACME LTD", total: 1_234_567n * POUND + 890_000n, count: 1_204 },
        { key: "zurich-insurance", name: "Zurich Insurance", total: 99n * POUND, count: 1 },
      ],
    },
  },
  "none-search-ignored": { props: { caption: "Suppliers paid most", suppliers: [], searchIgnore: true } },
  "hostile-text": {
    props: { caption: HOSTILE, suppliers: [{ key: HOSTILE, name: HOSTILE, total: -5n * POUND, count: 2 }] },
  },
});
