// A supplier page's model: its view (totals by council and year, largest payments, contracts), its
// summary sentences, its Companies House link, the councils that paid it, its questions and its chart
// when several partners pay it.
import type { FlagRecord } from "../dataset/flags.ts";
import {
  councils,
  financialYears,
  listedContractsBySupplier,
  payments,
  rowsBySupplier,
  suppliers,
  totalsBySupplier,
} from "../dataset/index.ts";
import { flagsOfSupplier } from "../dataset/questions.ts";
import type { SupplierRecord } from "../dataset/suppliers.ts";
import { count, counted } from "../format.ts";
import { formatPoundsShort } from "../money.ts";
import type { ChartEntry } from "../published-charts/entry.ts";
import { isPayeeGroup } from "../tables/supplier-ids.ts";
import { companiesHouseUrl } from "../views/links.ts";
import { LARGEST_PAYMENTS, type SupplierView, supplierView } from "../views/supplier.ts";
import { chartOf } from "./charts.ts";
import { councilList, councilName } from "./partners.ts";

export interface SupplierPage {
  supplier: SupplierRecord;
  view: SupplierView;
  /** The page's description: "Acme: £1.2m in 34 payments from all 5 partners." */
  summary: string;
  /** The search result's summary: "£1.2m · Alpha, Beta". */
  searchSummary: string;
  /** Names of the councils that list it. */
  councilNames: string[];
  /** Its chart of what each partner paid it, when several do (and it is among the largest). */
  shared: ChartEntry | undefined;
  flags: FlagRecord[];
  /** Its Companies House record, when its company number has the register's shape. */
  companiesHouse: string | null;
  /** A group of payees (withheld, not published) rather than one supplier. */
  isGroup: boolean;
  /** The name of the partner council it is ("" when it is not one). */
  partnerCouncilName: string;
  /** The largest payments' heading and caption, and the download link's text. */
  largestHeading: string;
  largestCaption: string;
  downloadText: string;
}

/** One page per supplier. */
export const supplierPaths = () =>
  suppliers.map((supplier) => ({ params: { id: supplier.id }, props: { supplier } }));

export function supplierPage(supplier: SupplierRecord): SupplierPage {
  const view = supplierView(supplier, {
    payments,
    rowsBySupplier,
    contractsBySupplier: listedContractsBySupplier,
    councilOrder: councils.map((c) => c.slug),
    financialYears,
    totals: (id) => totalsBySupplier.get(id) ?? [],
  });
  const paidBy = view.byCouncilYear.rowKeys;
  const one = view.largest.length === 1;
  return {
    supplier,
    view,
    summary: `${supplier.name}: ${formatPoundsShort(view.total)} in ${counted(view.paymentCount, "payment")} from ${councilList(paidBy, true) || "no council"}.`,
    searchSummary: `${formatPoundsShort(view.total)} · ${councilList(paidBy)}`,
    councilNames: supplier.councils.map(councilName),
    shared: chartOf(`supplier/${supplier.id}`),
    flags: flagsOfSupplier(supplier.id),
    companiesHouse: companiesHouseUrl(supplier.companyNumber),
    isGroup: isPayeeGroup(supplier.id),
    partnerCouncilName: supplier.partnerCouncil ? councilName(supplier.partnerCouncil) : "",
    largestHeading: one ? "The payment" : "Largest payments",
    largestCaption: one
      ? "The payment, with the published file and line it comes from"
      : `The ${Math.min(view.largest.length, LARGEST_PAYMENTS)} largest payments, with the published file and line each comes from`,
    downloadText: view.paymentCount === 1 ? "The one payment" : `All ${count(view.paymentCount)} payments`,
  };
}
