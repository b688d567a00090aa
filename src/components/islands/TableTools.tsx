// Filter a server-rendered table and download the rows left visible as CSV, in the browser.
// Rendered only with JavaScript (client:only): without it the full table is simply there.
import { useEffect, useState } from "react";
import { type Cell, rowMatches, visibleRowsCsv } from "../../lib/table/visible-csv.ts";

interface Props {
  /** id of the <table> to work on. */
  table: string;
  /** File name offered for the download. */
  filename: string;
}

/** A cell's value: data-csv (an exact number or ISO date, written as is), else data-text or its text. */
function readCell(cell: Element): Cell {
  const plain = cell.getAttribute("data-csv");
  const text = cell.getAttribute("data-text") ?? cell.textContent ?? "";
  return { text: text.replace(/\s+/g, " ").trim(), plain: plain ?? undefined };
}

export default function TableTools({ table, filename }: Props) {
  // Each island is its own React root, so useId() could repeat across islands: derive from the table.
  const id = `${table}-tools`;
  const [filter, setFilter] = useState("");
  const [shown, setShown] = useState<{ visible: number; total: number } | null>(null);

  useEffect(() => {
    const rows = document.querySelectorAll<HTMLTableRowElement>(`#${CSS.escape(table)} tbody tr`);
    let visible = 0;
    for (const row of rows) {
      const match = rowMatches(row.textContent ?? "", filter);
      row.hidden = !match;
      if (match) visible++;
    }
    setShown({ visible, total: rows.length });
  }, [filter, table]);

  const download = () => {
    const element = document.getElementById(table);
    if (!element) return;
    const header = [...element.querySelectorAll("thead th")].map((th) => readCell(th).text);
    const rows = [...element.querySelectorAll<HTMLTableRowElement>("tbody tr")]
      .filter((row) => !row.hidden)
      .map((row) => [...row.querySelectorAll("th, td")].map(readCell));
    const blob = new Blob([visibleRowsCsv(header, rows)], { type: "text/csv;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  return (
    <div className="table-tools">
      <label htmlFor={`${id}-filter`}>Filter this list</label>
      <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <button type="button" onClick={download}>
        Download what I see (CSV)
      </button>
      <p aria-live="polite" className="table-tools-count">
        {shown &&
          (shown.visible === shown.total
            ? `${shown.total} rows`
            : `Showing ${shown.visible} of ${shown.total} rows`)}
      </p>
    </div>
  );
}
