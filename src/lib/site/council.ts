// A council page's model: its view (spend by year, month and department, top suppliers, contracts,
// files), its summary sentence, which downloads and feeds it has, its questions, its monthly chart,
// and the records of its files kept and set aside.

import { flagCount } from "../dataset/flags.ts";
import {
  aggregates,
  type Council,
  councils,
  files,
  listedContracts,
  ocds,
  payments,
  rowsByCouncil,
} from "../dataset/index.ts";
import { flagsSummary } from "../dataset/questions.ts";
import { counted } from "../format.ts";
import type { FileQuality } from "../model.ts";
import { formatPoundsShort } from "../money.ts";
import { type FeedLink, feedLinks } from "../publish/feed-catalogue.ts";
import type { ChartEntry } from "../published-charts/entry.ts";
import { type CouncilView, councilHasRows, councilView, noPaymentsNote } from "../views/council.ts";
import { type CouncilOcds, councilOcds } from "../views/ocds-quality.ts";
import { chartOf } from "./charts.ts";
import { supplierName } from "./partners.ts";

export interface CouncilPage {
  council: Council;
  view: CouncilView;
  /** Whether any of its payments were kept (else the page says why not instead of its totals). */
  hasPayments: boolean;
  /** Whether it has rows in payments.csv and contracts.csv (its downloads are linked only then). */
  hasRows: { payments: boolean; contracts: boolean };
  /** The page's description: "Alpha: £1.2m in 340 payments." or why there are none. */
  summary: string;
  /** The search result's summary: "£1.2m in 340 payments". */
  searchSummary: string;
  /** Its feeds, for what it has (an empty feed is nothing to subscribe to). */
  feeds: FeedLink[];
  /** Questions the flags raise about its payments. */
  questions: number;
  /** Its monthly chart (announced in the head), and the same when the page shows it (more than one month). */
  monthly: ChartEntry | undefined;
  monthlyChart: ChartEntry | undefined;
  /** Records in its files, kept and set aside. */
  kept: number;
  rejected: number;
  /** Its files as listed: payment files, then contract registers. */
  listedFiles: FileQuality[];
  /** Its OCDS files: releases read, kept and set aside (undefined when it published none). */
  ocds: CouncilOcds | undefined;
}

/** One page per partner council. */
export const councilPaths = () =>
  councils.map((council) => ({ params: { slug: council.slug }, props: { council } }));

export function councilPage(council: Council): CouncilPage {
  const view = councilView(council.slug, {
    payments,
    aggregates,
    rowsByCouncil,
    contracts: listedContracts,
    files,
    supplierName,
  });
  const hasRows = councilHasRows(council.slug, files);
  const hasPayments = hasRows.payments;
  const inPayments = `${formatPoundsShort(view.total)} in ${counted(view.paymentCount, "payment")}`;
  const monthly = chartOf(`council/${council.slug}/all/monthly`);
  return {
    council,
    view,
    hasPayments,
    hasRows,
    summary: hasPayments ? `${council.name}: ${inPayments}.` : noPaymentsNote(council.name, view.files),
    searchSummary: hasPayments ? inPayments : "No payments read yet",
    feeds: feedLinks(import.meta.env.BASE_URL, { slug: council.slug, name: council.name }).filter(
      (f) => hasRows[f.kind],
    ),
    questions: flagCount(flagsSummary, "by_council", council.slug),
    monthly,
    monthlyChart: view.monthly.months.length > 1 ? monthly : undefined,
    kept: view.files.reduce((a, f) => a + f.accepted, 0),
    rejected: view.files.reduce((a, f) => a + f.rejected, 0),
    listedFiles: [
      ...view.files.filter((f) => f.kind === "spend"),
      ...view.files.filter((f) => f.kind === "contracts"),
    ],
    ocds: councilOcds(ocds, council.slug),
  };
}
