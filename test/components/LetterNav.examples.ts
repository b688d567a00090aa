// LetterNav: the letters of an A–Z list.
import LetterNav from "../../src/components/LetterNav.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

const counts = new Map([
  ["a", 12],
  ["b", 0],
  ["c", 3],
  ["0-9", 1],
]);

export default examplesOf("LetterNav", LetterNav, {
  suppliers: { props: { kind: "suppliers", counts } },
  "contracts-at-c": { props: { kind: "contracts", counts, current: "c" } },
  "hostile-text": { props: { kind: "suppliers", counts: new Map([[HOSTILE, 2]]), current: HOSTILE } },
});
