// SearchTags: what Pagefind reads from an entity page.
import SearchTags from "../../src/components/SearchTags.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

export default examplesOf("SearchTags", SearchTags, {
  supplier: {
    props: {
      kind: "Supplier",
      councils: ["Alpha Council", "Beta Council"],
      years: ["2022-23", "2023-24"],
      departments: ["Waste Services"],
      value: "12345.67",
      summary: "£12,345.67 from Alpha Council and Beta Council",
      questions: 2,
    },
  },
  "council-no-questions": {
    props: { kind: "Council", councils: ["Alpha Council"], value: "0", summary: "£0.00" },
  },
  "hostile-text": {
    props: {
      kind: "Contract",
      councils: [HOSTILE],
      years: [HOSTILE],
      departments: [HOSTILE],
      value: HOSTILE,
      summary: HOSTILE,
      questions: 1,
    },
  },
});
