// FlagItem: one red flag as a question, with its records and a request to send.
import FlagItem from "../../src/components/FlagItem.astro";
import { examplesOf, HOSTILE } from "./examples.ts";
import { flagRecord } from "./records.ts";

const many = Array.from({ length: 30 }, (_, i) => i + 2);

export default examplesOf("FlagItem", FlagItem, {
  "two-records": { props: { title: "Identical records", record: flagRecord() } },
  "more-records-than-shown-with-contract": {
    props: {
      title: "Payments just under a threshold",
      record: flagRecord({
        id: "below-threshold.beta.acme",
        indicator: "below-threshold",
        council: "beta",
        contractId: "alpha-c-001",
        rows: many.length,
        paymentIds: many.map((line) => `p-${line}`),
        sources: many.map((line) => `spend/2023-05.csv:${line}`),
      }),
    },
  },
  "hostile-text": {
    props: {
      title: HOSTILE,
      record: flagRecord({
        id: "hostile",
        supplier: HOSTILE,
        question: HOSTILE,
        sources: [`spend/${HOSTILE}.csv:3`],
        paymentIds: [HOSTILE],
        rows: 1,
      }),
    },
  },
});
