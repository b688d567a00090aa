// The chart catalogue for this build, from the dataset: every chart by stable id (the /embed/<id>/
// paths). Built once on first use.
import {
  aggregates,
  contracts,
  contractsBySupplier,
  councils,
  financialYears,
  partnership,
  payments,
  rowsByCouncil,
  rowsBySupplier,
  supplierById,
} from "../dataset/index.ts";
import { rowsOf } from "../dataset/row-groups.ts";
import { buildCatalogue, type Catalogue } from "../published-charts/catalogue.ts";
import type { ChartEntry } from "../published-charts/entry.ts";
import { contractView } from "../views/contract.ts";
import { councilPath, supplierPath } from "../views/links.ts";
import { councilSpans, supplierName } from "./partners.ts";
import { socialValueFigures } from "./social-value.ts";

const rows = (groups: typeof rowsBySupplier, key: string) => {
  const id = payments.text.idOf(key);
  return id === undefined ? new Int32Array(0) : rowsOf(groups, id);
};

/** Site paths (without the base) of the pages that host charts. */
export const hostPaths = {
  compare: "compare/",
  shared: "shared-suppliers/",
  hostOfCategory: (key: string) => `categories/${key}/`,
  hostOfSupplier: (id: string) => `suppliers/${encodeURIComponent(id)}/`,
  hostOfContract: (id: string) => `contracts/${encodeURIComponent(id)}/`,
  hostOfCouncil: (slug: string) => `councils/${slug}/`,
  hostOfArrangement: (id: string) => `arrangements/${id}/`,
};

let memo: Catalogue | null = null;

export function chartCatalogue(): Catalogue {
  memo ??= buildCatalogue({
    payments,
    councils,
    serviceOverrides: (slug) => councils.find((c) => c.slug === slug)?.categories?.services,
    cubeCells: aggregates.councilCategoryMonth,
    sharedTotals: aggregates.sharedSuppliers,
    spanOf: (slug) => councilSpans.get(slug),
    financialYears,
    contracts,
    contractsBySupplier,
    arrangements: partnership.arrangements ?? [],
    supplierName,
    isPartnerCouncil: (id) => (supplierById.get(id)?.partnerCouncil ?? "") !== "",
    rowsOfSupplier: (id) => rows(rowsBySupplier, id),
    rowsOfCouncil: (slug) => rows(rowsByCouncil, slug),
    termByCouncil: (contract) => contractView(contract, { payments, rowsBySupplier }).termSpend.byCouncil,
    socialValue: socialValueFigures,
    paths: { ...hostPaths, council: councilPath, supplier: supplierPath },
  });
  return memo;
}

/** A chart of this build by id (undefined when the catalogue has none). */
export const chartOf = (id: string): ChartEntry | undefined => chartCatalogue().chart(id);
