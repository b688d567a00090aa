// Filter a server-rendered table and download the rows left visible as CSV, in the browser. Plain DOM
// code, no framework: each `.table-tools[data-table]` block (TableTools.astro) is wired; without
// JavaScript site.css does not show it, and the full table is simply there.
import { rowMatches } from "../lib/table/row-filter.ts";
import type { Cell } from "../lib/table/visible-csv.ts";

/** A cell's value: data-csv (an exact number or ISO date, written as is), else data-text or its text. */
function readCell(cell: Element): Cell {
  const plain = cell.getAttribute("data-csv");
  const text = cell.getAttribute("data-text") ?? cell.textContent ?? "";
  return { text: text.replace(/\s+/g, " ").trim(), plain: plain ?? undefined };
}

/** Wires one tool block to its table; does nothing when the table is not on the page. */
function wireTools(tools: HTMLElement): void {
  const table = document.getElementById(tools.dataset.table ?? "");
  const input = tools.querySelector("input");
  const button = tools.querySelector("button");
  const count = tools.querySelector(".table-tools-count");
  if (!table || !input || !button || !count) return;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>("tbody tr")];
  const filter = () => {
    let visible = 0;
    for (const row of rows) {
      const match = rowMatches(row.textContent ?? "", input.value);
      row.hidden = !match;
      if (match) visible++;
    }
    count.textContent =
      visible === rows.length ? `${rows.length} rows` : `Showing ${visible} of ${rows.length} rows`;
  };
  // The CSV writer (papaparse, 7 kB gzipped) is loaded on the first download only.
  const download = async () => {
    const { visibleRowsCsv } = await import("../lib/table/visible-csv.ts");
    const header = [...table.querySelectorAll("thead th")].map((th) => readCell(th).text);
    const shown = rows
      .filter((row) => !row.hidden)
      .map((row) => [...row.querySelectorAll("th, td")].map(readCell));
    const blob = new Blob([visibleRowsCsv(header, shown)], { type: "text/csv;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = tools.dataset.filename ?? "table.csv";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  input.addEventListener("input", filter);
  button.addEventListener("click", () => void download());
  filter();
}

/** Wires every table tool block on the page. */
export function startTableTools(): void {
  for (const tools of document.querySelectorAll<HTMLElement>(".table-tools[data-table]")) wireTools(tools);
}
