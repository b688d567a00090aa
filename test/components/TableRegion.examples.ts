// TableRegion: a table that scrolls in its own named region.
import TableRegion from "../../src/components/TableRegion.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

const TABLE = '<table><caption>Totals</caption><tr><th scope="row">Alpha</th><td>£1.00</td></tr></table>';

export default examplesOf("TableRegion", TableRegion, {
  indexed: { props: { label: "Totals" }, slot: TABLE },
  "search-ignored": { props: { label: "Totals", searchIgnore: true }, slot: TABLE },
  "hostile-text": { props: { label: HOSTILE }, slot: TABLE },
});
