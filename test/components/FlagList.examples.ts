// FlagList: the questions about one supplier or contract, on its page.
import FlagList from "../../src/components/FlagList.astro";
import { examplesOf, HOSTILE } from "./examples.ts";
import { flagRecord } from "./records.ts";

export default examplesOf("FlagList", FlagList, {
  "two-questions": {
    props: {
      about: "payments to this supplier",
      records: [
        flagRecord(),
        // The stronger, listed first.
        flagRecord({ id: "unlisted-flag", indicator: "round-amounts", financialYear: "", score: 5_000 }),
      ],
    },
  },
  none: { props: { about: "payments to this supplier", records: [] } },
  "hostile-text": {
    props: {
      about: HOSTILE,
      records: [flagRecord({ id: HOSTILE, indicator: HOSTILE, council: HOSTILE, financialYear: HOSTILE })],
    },
  },
});
