// The /payments/ page's script: reads the filter from the address, runs it over payments.parquet by
// HTTP range requests (src/lib/payment-browser/), shows one page of matches and downloads them all.
// Submitting the form or following a page link changes the address (history), so every view is a link.
import { count, counted } from "../../lib/format.ts";
import { paymentsCsvPieces } from "../../lib/payment-browser/download.ts";
import {
  filterBounds,
  type PaymentFilter,
  readFilter,
  writeFilter,
} from "../../lib/payment-browser/filter.ts";
import { PAGE_SIZE, pageOf } from "../../lib/payment-browser/order.ts";
import { paymentsAt, type QueryResult, runQuery, SHOWN_COLUMNS } from "../../lib/payment-browser/query.ts";
import { MOST_DOWNLOADED, openPayments, readFailure, saveCsv } from "./open.ts";
import { pageLinks, paymentRow } from "./render.ts";
import { createSupplierLookup } from "./suppliers.ts";

const SORT_WORDS: Record<PaymentFilter["sort"], string> = {
  "date-desc": "newest first",
  "date-asc": "oldest first",
  "amount-desc": "largest first",
  "amount-asc": "smallest first",
};
const FIELDS = ["council", "supplier", "from", "to", "min", "max", "department", "type", "sort"] as const;

function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`payments page: #${id} is missing`);
  return node as T;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export function startPaymentsBrowser(): void {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const form = required<HTMLFormElement>("payments-form");
  const status = required<HTMLParagraphElement>("payments-status");
  const results = required<HTMLElement>("payments-results");
  const caption = required<HTMLTableCaptionElement>("payments-caption");
  const body = required<HTMLTableElement>("payments-table").tBodies[0] as HTMLTableSectionElement;
  const pages = required<HTMLElement>("payments-pages");
  const download = required<HTMLButtonElement>("payments-download");
  const supplierId = required<HTMLInputElement>("pf-supplier_id");
  const councilSelect = required<HTMLSelectElement>("pf-council");
  const councilNames = new Map([...councilSelect.options].map((o) => [o.value, o.text]));
  const councilName = (slug: string) => councilNames.get(slug) ?? slug;
  const lookupSuppliers = createSupplierLookup(base);

  const open = () => openPayments(form.dataset.parquet ?? "");

  let run = 0;
  let last: { key: string; result: QueryResult; about: string } | null = null;

  const fill = (filter: PaymentFilter) => {
    for (const name of FIELDS) {
      const input = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (input) input.value = String(filter[name]);
    }
    supplierId.value = filter.supplierId;
  };

  const showProblems = (problems: Map<string, string>) => {
    for (const name of FIELDS) {
      const input = form.elements.namedItem(name) as HTMLElement | null;
      const message = document.getElementById(`pf-${name}-error`);
      if (!input || !message) continue;
      message.textContent = problems.get(name) ?? "";
      if (problems.has(name)) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
  };

  async function show(filter: PaymentFilter): Promise<void> {
    const mine = ++run;
    const { bounds, problems } = filterBounds(filter);
    showProblems(problems);
    if (problems.size > 0) {
      status.textContent = "Check the filter: some fields need correcting.";
      return;
    }
    const key = writeFilter({ ...filter, page: 1 });
    status.textContent = "Reading the payments…";
    try {
      const { parquet, received } = await open();
      if (last?.key !== key) {
        let ids: Set<string> | null = null;
        let about = "";
        if (filter.supplierId !== "") {
          ids = new Set([filter.supplierId]);
        } else if (filter.supplier !== "") {
          const found = await lookupSuppliers(filter.supplier);
          ids = found.ids;
          about =
            found.ids.size === 0
              ? ` No supplier's name matches “${filter.supplier}”.`
              : ` ${counted(found.ids.size, "supplier")} named like “${filter.supplier}”${found.partial ? " (the most paid: type more of the name to narrow it)" : ""}.`;
        }
        const result = await runQuery(parquet, filter, bounds, ids);
        if (mine !== run) return;
        last = { key, result, about };
      }
      const { result, about } = last;
      const { rows, pages: pageCount } = pageOf(result.order, filter.page);
      const page = Math.min(filter.page, pageCount);
      const shown = await paymentsAt(parquet, result.matches, rows, SHOWN_COLUMNS);
      if (mine !== run) return;
      const total = result.order.length;
      body.replaceChildren(...shown.map((p) => paymentRow(p, councilName)));
      const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
      caption.textContent =
        total === 0
          ? "No payments match"
          : `Payments ${count(first)} to ${count(first + shown.length - 1)} of ${count(total)}, ${SORT_WORDS[filter.sort]}`;
      if (filter.supplierId !== "" && shown[0]) caption.textContent += `, to ${shown[0].supplier}`;
      pages.replaceChildren(pageLinks(page, pageCount, (n) => writeFilter({ ...filter, page: n }) || "?"));
      results.hidden = false;
      download.disabled = total === 0;
      status.textContent =
        `${counted(total, "payment")} match${total === 1 ? "es" : ""}.${about}` +
        ` Read ${result.groupsRead} of ${result.groups} parts of the dataset (${megabytes(received.bytes)} so far).`;
    } catch (error) {
      if (mine !== run) return;
      results.hidden = true;
      status.textContent = `${readFailure(error)} Download the whole dataset below instead.`;
    }
  }

  const go = (filter: PaymentFilter) => {
    history.pushState(null, "", `${location.pathname}${writeFilter(filter)}`);
    void show(filter);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new URLSearchParams();
    for (const [name, value] of new FormData(form)) data.append(name, String(value));
    go({ ...readFilter(`?${data}`), page: 1 });
  });
  // A name typed replaces a supplier chosen on its page.
  (form.elements.namedItem("supplier") as HTMLInputElement).addEventListener("input", () => {
    supplierId.value = "";
  });
  pages.addEventListener("click", (event) => {
    const link = (event.target as Element).closest("a");
    if (!link) return;
    event.preventDefault();
    go(readFilter(new URL(link.href).search));
    results.scrollIntoView();
  });
  download.addEventListener("click", async () => {
    if (!last) return;
    const { result } = last;
    if (result.order.length > MOST_DOWNLOADED) {
      status.textContent = `${count(result.order.length)} payments are more than this page builds (${count(MOST_DOWNLOADED)}): narrow the filter, or download the whole dataset below.`;
      return;
    }
    status.textContent = `Preparing ${counted(result.order.length, "payment")}…`;
    const { parquet } = await open();
    const pieces = await paymentsCsvPieces(parquet, result, (done, groups) => {
      status.textContent = `Preparing ${counted(result.order.length, "payment")}… (${Math.round((100 * done) / groups)} %)`;
    });
    saveCsv(pieces, "payments-filtered.csv");
    status.textContent = `Downloaded ${counted(result.order.length, "payment")} as payments-filtered.csv.`;
  });
  window.addEventListener("popstate", () => {
    const filter = readFilter(location.search);
    fill(filter);
    void show(filter);
  });

  const filter = readFilter(location.search);
  fill(filter);
  void show(filter);
}
