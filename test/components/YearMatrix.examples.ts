// YearMatrix: exact totals by row and financial year.
import YearMatrix from "../../src/components/YearMatrix.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

const POUND = 1_000_000n;
const names: Record<string, string> = { alpha: "Alpha Council", beta: "Beta Council", hostile: HOSTILE };

export default examplesOf("YearMatrix", YearMatrix, {
  "one-row": {
    props: {
      caption: "Spending by financial year",
      rowLabel: "Council",
      label: (key) => names[key] ?? key,
      matrix: {
        rowKeys: ["alpha"],
        columnKeys: ["2022-23", "2023-24"],
        cells: [[120n * POUND, 2_500_050n * 10_000n]],
        rowTotals: [120n * POUND + 25_000_500_000n],
        columnTotals: [120n * POUND, 25_000_500_000n],
        total: 120n * POUND + 25_000_500_000n,
      },
    },
  },
  "rows-with-gaps-and-links": {
    props: {
      caption: "Spending by council and financial year",
      rowLabel: "Council",
      label: (key) => names[key] ?? key,
      href: (key) => `/councils/${key}/`,
      matrix: {
        rowKeys: ["alpha", "beta"],
        columnKeys: ["2022-23", "2023-24"],
        cells: [
          [10n * POUND, null],
          [-3n * POUND, 7n * POUND],
        ],
        rowTotals: [10n * POUND, 4n * POUND],
        columnTotals: [7n * POUND, 7n * POUND],
        total: 14n * POUND,
      },
    },
  },
  "hostile-text": {
    props: {
      caption: HOSTILE,
      rowLabel: HOSTILE,
      label: (key) => names[key] ?? key,
      href: (key) => `/suppliers/${encodeURIComponent(key)}/`,
      matrix: {
        rowKeys: ["hostile", HOSTILE],
        columnKeys: [HOSTILE],
        cells: [[POUND], [POUND]],
        rowTotals: [POUND, POUND],
        columnTotals: [2n * POUND],
        total: 2n * POUND,
      },
    },
  },
});
