// SearchBox: the search form that works without JavaScript.
import SearchBox from "../../src/components/SearchBox.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

export default examplesOf("SearchBox", SearchBox, {
  empty: { props: {} },
  "with-query": { props: { value: "zurich" } },
  "hostile-text": { props: { value: HOSTILE } },
});
