// The /source-line/ page's script: fetches the original published file the address names (only one
// the site lists), decodes it in the encoding the ingest found, and shows the line asked for with the
// lines around it, the header row and the line's cells under their published headings. All text is
// set as text.
import Papa from "papaparse";
import { linePlace } from "../lib/sources/line-place.ts";
import {
  ASK_ABOVE_BYTES,
  decodePublished,
  LINES_AROUND,
  type LineWindow,
  lineWindow,
  physicalLines,
  recordCells,
  rejectOfLine,
  requestedLine,
  type ViewerFile,
} from "../lib/sources/published-text.ts";
import { unguard } from "../lib/tables/csv-write.ts";
import { el } from "./dom.ts";

/** This page's address for another line of a file (relative: the page keeps its own path). */
const lineHref = (source: ViewerFile, line: number) =>
  `?file=${encodeURIComponent(`${source.council}/${source.file}`)}&line=${line}`;

function lineRow(number: number, text: string, current: boolean): HTMLTableRowElement {
  const code = el("code", {}, text === "" ? "(blank line)" : text);
  return el(
    "tr",
    current ? { class: "current-line" } : {},
    el("th", { scope: "row", class: "num" }, String(number)),
    el("td", {}, current ? el("mark", {}, code) : code),
  );
}

/** A record's filled cells under the file's headings, its empty columns named on one line. */
function cellList(headings: readonly string[], cells: readonly string[]): HTMLElement | null {
  if (cells.length === 0) return null;
  const heading = (i: number) => (headings[i] ?? "").trim() || `Column ${i + 1}`;
  const list = el("dl", { class: "facts" });
  const empty: string[] = [];
  cells.forEach((cell, i) => {
    if (cell.trim() !== "") list.append(el("dt", {}, heading(i)), el("dd", {}, cell));
    else if ((headings[i] ?? "").trim() !== "") empty.push(heading(i));
  });
  if (empty.length > 0) list.append(el("dt", {}, "Empty"), el("dd", {}, empty.join(", ")));
  return list;
}

/** For a large file: a button to download it (on a phone, or a metered connection, it may cost). */
function confirmDownload(root: HTMLElement, status: HTMLElement, source: ViewerFile): Promise<boolean> {
  const size = `${(source.bytes / 1024 / 1024).toFixed(1)} MB`;
  status.textContent = `${source.file} is ${size}: showing one of its lines downloads the whole file.`;
  const button = el("button", { type: "button" }, `Download ${size} and show the line`);
  root.append(button);
  return new Promise((resolve) => {
    button.addEventListener("click", () => {
      button.remove();
      resolve(true);
    });
  });
}

/** What the site did with the line, when it set it (or its file) aside: from rejects.csv. */
async function rejectNote(
  rejectsHref: string,
  source: ViewerFile,
  line: number,
): Promise<HTMLElement | null> {
  const response = await fetch(rejectsHref).catch(() => null);
  if (!response?.ok) return null;
  const rows = Papa.parse<Record<string, string>>(await response.text(), {
    header: true,
    skipEmptyLines: true,
    transform: unguard,
  }).data;
  const reject = rejectOfLine(rows, source.council, source.file, line);
  if (!reject) return null;
  if (reject.duplicateOf) {
    // A record published again is counted once, where it was first published.
    const { file, line: original } = reject.duplicateOf;
    const href = lineHref({ ...source, file }, original);
    return el(
      "p",
      { class: "note", id: "line-reject" },
      "Shared Ledger counts this record once, where it was first published: it repeats ",
      el("a", { href }, `${file}, line ${original}`),
      ".",
    );
  }
  return el(
    "p",
    { class: "note", id: "line-reject" },
    reject.wholeFile ? "Shared Ledger did not use this file: " : "Shared Ledger set this record aside: ",
    reject.reason,
    ".",
  );
}

/** The window of lines as a table, the line asked for highlighted. */
function linesTable(source: ViewerFile, window: LineWindow, line: number): HTMLElement {
  const rows = window.lines.map((l) => lineRow(l.number, l.text, l.number === line));
  if (window.header) rows.unshift(lineRow(window.header.number, window.header.text, false));
  const first = window.lines[0]?.number ?? line;
  const last = window.lines.at(-1)?.number ?? line;
  const afterHeader = window.header ? `, after its header (line ${window.header.number})` : "";
  return el(
    "div",
    { class: "table-scroll", role: "region", "aria-label": `Lines of ${source.file}`, tabindex: "0" },
    el(
      "table",
      { class: "source-lines" },
      el(
        "caption",
        {},
        `Lines ${first} to ${last} of ${source.file}${afterHeader}; line ${line} highlighted`,
      ),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col", class: "num" }, "Line"),
          el("th", { scope: "col" }, "Text as published"),
        ),
      ),
      el("tbody", {}, ...rows),
    ),
  );
}

/** Links to the windows before and after this one (each centred on a line of its own), or null. */
function pagingLinks(source: ViewerFile, first: number, last: number, count: number): HTMLElement | null {
  const links: HTMLElement[] = [];
  if (first > 1)
    links.push(el("a", { href: lineHref(source, Math.max(1, first - 1 - LINES_AROUND)) }, "Earlier lines"));
  if (last < count)
    links.push(el("a", { href: lineHref(source, Math.min(count, last + 1 + LINES_AROUND)) }, "Later lines"));
  if (links.length === 0) return null;
  return el("p", { class: "source-paging" }, ...links.flatMap((link, i) => (i > 0 ? [" · ", link] : [link])));
}

/** For a workbook or an archive's member: where the line is, and the file as published to open it in. */
async function showPlace(
  root: HTMLElement,
  status: HTMLElement,
  source: ViewerFile,
  line: number,
): Promise<void> {
  const rejected = source.setAside ? rejectNote(root.dataset.rejects ?? "", source, line) : null;
  const view = el(
    "section",
    { "aria-labelledby": "source-line-title" },
    el("h2", { id: "source-line-title" }, `${source.council_name}: ${source.file}, line ${line}`),
    el("p", {}, linePlace(source.opaque as NonNullable<ViewerFile["opaque"]>, line)),
    el(
      "p",
      {},
      el("a", { href: source.href }, "Download the file as published"),
      ` (${source.bytes.toLocaleString("en-GB")} bytes).`,
    ),
  );
  const note = await rejected;
  if (note) view.append(note);
  status.textContent = `Where line ${line} of ${source.file} is.`;
  status.classList.add("visually-hidden");
  document.title = `${source.file}, line ${line}: ${document.title}`;
  root.append(view);
}

export async function showSourceLine(): Promise<void> {
  const root = document.getElementById("source-line");
  const status = document.getElementById("source-status");
  if (!root || !status) return;
  const files = JSON.parse(root.dataset.files ?? "[]") as ViewerFile[];
  const asked = requestedLine(new URLSearchParams(location.search), files);
  if ("problem" in asked) {
    status.textContent = `${asked.problem} Follow a line number from a payment, contract or question to see it here.`;
    return;
  }
  const source = asked.source as ViewerFile;
  if (source.opaque) {
    await showPlace(root, status, source, asked.line);
    return;
  }
  if (source.bytes > ASK_ABOVE_BYTES && !(await confirmDownload(root, status, source))) return;
  status.textContent = `Loading ${source.file}…`;
  // Why the line was set aside, if it was: only a file with records set aside is looked up.
  const rejected = source.setAside ? rejectNote(root.dataset.rejects ?? "", source, asked.line) : null;
  const response = await fetch(source.href).catch(() => null);
  if (!response?.ok) {
    status.textContent = `${source.file} could not be loaded${response ? ` (${response.status})` : ""}.`;
    return;
  }
  const lines = physicalLines(decodePublished(new Uint8Array(await response.arrayBuffer()), source.encoding));
  if (asked.line > lines.length) {
    status.textContent = `${source.file} has ${lines.length} lines: there is no line ${asked.line}.`;
    return;
  }
  const window = lineWindow(lines, asked.line, source.header_line);
  const headerText = source.header_line === null ? null : (lines[source.header_line - 1] ?? null);
  const first = window.lines[0]?.number ?? asked.line;
  const last = window.lines.at(-1)?.number ?? asked.line;
  const view = el(
    "section",
    { "aria-labelledby": "source-line-title" },
    el("h2", { id: "source-line-title" }, `${source.council_name}: ${source.file}, line ${asked.line}`),
    el(
      "p",
      {},
      `As published (${source.encoding}), unchanged. `,
      el("a", { href: source.href }, "Download the whole file"),
      ` (${lines.length.toLocaleString("en-GB")} lines).`,
    ),
  );
  const note = await rejected;
  if (note) view.append(note);
  const cells = cellList(
    headerText === null ? [] : recordCells([headerText], 1),
    recordCells(lines, asked.line),
  );
  if (cells) view.append(el("h3", {}, "Its cells, under the file's headings"), cells);
  view.append(el("h3", {}, "The line in its file"), linesTable(source, window, asked.line));
  const paging = pagingLinks(source, first, last, lines.length);
  if (paging) view.append(paging);
  // Screen readers hear that the line is shown; on screen the heading says it.
  status.textContent = `Showing line ${asked.line} of ${source.file}.`;
  status.classList.add("visually-hidden");
  document.title = `${source.file}, line ${asked.line}: ${document.title}`;
  root.append(view);
}
