// SourceRef: a figure's published file and line.
import SourceRef from "../../src/components/SourceRef.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

export default examplesOf("SourceRef", SourceRef, {
  "spend-file": { props: { council: "alpha", file: "spend/2023-04.csv", line: 12 } },
  "spaces-in-name": { props: { council: "beta", file: "spend/April 2023 (final).csv", line: 2 } },
  "hostile-text": { props: { council: "alpha", file: `spend/${HOSTILE}.csv`, line: 3 } },
});
