// The payments browser's table rows and page links, built as DOM nodes (published text is always
// set as text, never parsed as HTML).
import { formatDate } from "../../lib/format.ts";
import { formatPounds } from "../../lib/money.ts";
import { isoOfDay } from "../../lib/payment-browser/filter.ts";
import type { ShownPayment } from "../../lib/payment-browser/query.ts";
import { sourcePath, supplierPath } from "../../lib/views/links.ts";
import { sourceLinePath } from "../../lib/views/source-line.ts";
import { el } from "../dom.ts";

/** One table row: date, council, supplier (its page), department, type, amount, file:line. */
export function paymentRow(p: ShownPayment, councilName: (slug: string) => string): HTMLTableRowElement {
  const iso = isoOfDay(p.date);
  return el(
    "tr",
    {},
    el("td", { "data-csv": iso }, formatDate(iso)),
    el("td", {}, councilName(p.council)),
    el("td", {}, el("a", { href: supplierPath(p.supplier_id) }, p.supplier || p.supplier_id)),
    el("td", {}, p.expense_area),
    el("td", {}, p.expense_type),
    el("td", { class: "num" }, formatPounds(p.amount)),
    el(
      "td",
      {},
      el("a", { href: sourcePath(p.council, p.source_file), class: "source-ref" }, p.source_file),
      el("span", { class: "source-line" }, ":"),
      el(
        "a",
        {
          href: sourceLinePath(p.council, p.source_file, p.source_line),
          "aria-label": `line ${p.source_line} of ${p.source_file}, as published`,
        },
        String(p.source_line),
      ),
    ),
  );
}

/** Previous / next links and where this page is (each link a permalink to that page). */
export function pageLinks(page: number, pages: number, hrefOf: (page: number) => string): HTMLElement {
  const list = el("ul");
  if (page > 1) list.append(el("li", {}, el("a", { href: hrefOf(page - 1), rel: "prev" }, "Previous page")));
  list.append(el("li", { "aria-current": "page" }, `Page ${page} of ${pages}`));
  if (page < pages) list.append(el("li", {}, el("a", { href: hrefOf(page + 1), rel: "next" }, "Next page")));
  return list;
}
