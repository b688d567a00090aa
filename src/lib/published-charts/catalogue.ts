// Every chart the site publishes, by stable id: the ids are the /embed/<id>/ paths, so they must not
// change between builds of the same data. Charts are built on demand (a supplier's chart only when
// its page or embed is rendered), from the inputs assembled once here.
import { classifyService, normaliseText, type Overrides } from "../categories/classify.ts";
import type { ServiceId } from "../categories/sercop.ts";
import type { ContractRecord } from "../dataset/contracts.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import type { SocialValueFigure } from "../views/social-value.ts";
import { type ArrangementInput, arrangementEntry, arrangementFigures } from "./arrangement.ts";
import { contractMonths, contractSpendEntry } from "./contract-spend.ts";
import { buildSpendCube, type CubeCell, cubePeriods, type SpendCube } from "./cube.ts";
import type { ChartEntry } from "./entry.ts";
import { jointContractEntry } from "./joint-contract.ts";
import { type CouncilInfo, categoryKey, perResidentEntry } from "./per-resident.ts";
import { GRANULARITIES } from "./periods.ts";
import {
  type SharedSupplier,
  type SharedSupplierTotal,
  sharedSuppliers,
  sharedSuppliersEntry,
} from "./shared-suppliers.ts";
import { SOCIAL_VALUE_DIMENSIONS, socialValueEntry } from "./social-value.ts";
import { supplierEntry } from "./supplier.ts";
import { trendEntry } from "./trend.ts";

/** Shared suppliers with charts of their own (by year, quarter and month, each with an embed page):
 * the largest by combined spend. */
export const SUPPLIER_CHARTS = 100;

export interface Arrangement {
  id: string;
  name: string;
  description?: string | undefined;
  partners: string[];
  start_date: string;
  review_date?: string | undefined;
  end_date?: string | undefined;
  categories?: string[] | undefined;
  savings_target?: { amount: number; per: "year" | "total"; shared?: string | undefined } | undefined;
  contracts?: string[] | undefined;
}

export interface CatalogueInput {
  payments: PaymentTable;
  councils: readonly CouncilInfo[];
  serviceOverrides: (slug: string) => Overrides<ServiceId> | undefined;
  /** The spend cube's cells as the SQL aggregate gave them (else summed from the payments). */
  cubeCells?: readonly CubeCell[];
  /** Each shared supplier's total per partner as the SQL aggregate gave them (else summed from the payments). */
  sharedTotals?: readonly SharedSupplierTotal[];
  /** The first and last date each council's payment files cover (their months are the charts'). */
  spanOf?: (slug: string) => { first: string; last: string } | undefined;
  financialYears: readonly string[];
  contracts: readonly ContractRecord[];
  contractsBySupplier: ReadonlyMap<string, readonly ContractRecord[]>;
  arrangements: readonly Arrangement[];
  supplierName: (id: string) => string;
  isPartnerCouncil: (supplierId: string) => boolean;
  rowsOfSupplier: (id: string) => ArrayLike<number>;
  rowsOfCouncil: (slug: string) => ArrayLike<number>;
  /** Payments to a contract's supplier by each partner during its term. */
  termByCouncil: (contract: ContractRecord) => { key: string; total: bigint; count: number }[];
  /** Social value figures per council, year and measure (computed when a social value chart is first drawn). */
  socialValue?: () => readonly SocialValueFigure[];
  paths: {
    council: (slug: string) => string;
    supplier: (id: string) => string;
    /** Site paths without the base, for hostPath. */
    hostOfSupplier: (id: string) => string;
    hostOfContract: (id: string) => string;
    hostOfCategory: (key: string) => string;
    hostOfCouncil: (slug: string) => string;
    hostOfArrangement: (id: string) => string;
    compare: string;
    shared: string;
  };
}

export interface Catalogue {
  cube: SpendCube;
  shared: SharedSupplier[];
  /** Every chart id, in a stable order. */
  ids: string[];
  /** The chart with this id (built the first time it is asked for), or undefined. */
  chart(id: string): ChartEntry | undefined;
}

/** Whether a published department is in an arrangement's categories: a service id or the published name. */
export function arrangementScope(
  categories: readonly string[],
  overrides: (slug: string) => Overrides<ServiceId> | undefined,
): (council: string, department: string) => boolean {
  const names = new Set(categories.map(normaliseText));
  const ids = new Set(categories);
  return (council, department) =>
    names.has(normaliseText(department)) || ids.has(classifyService(department, overrides(council)).id);
}

export function buildCatalogue(input: CatalogueInput): Catalogue {
  const slugs = input.councils.map((c) => c.slug);
  const cube = buildSpendCube({
    payments: input.payments,
    councils: slugs,
    overridesOf: input.serviceOverrides,
    spanOf: input.spanOf,
    cells: input.cubeCells,
  });
  const shared = sharedSuppliers({
    payments: input.payments,
    councils: slugs,
    supplierName: input.supplierName,
    isPartnerCouncil: input.isPartnerCouncil,
    contractsBySupplier: input.contractsBySupplier,
    totals: input.sharedTotals,
  });
  const makers = new Map<string, () => ChartEntry | null>();
  const categories: (number | null)[] = [null, ...cube.categories.map((_, k) => k)];
  const years = cubePeriods(cube, "yearly").map((p) => p.key);
  const councils = input.councils;
  for (const category of categories) {
    const key = categoryKey(cube, category);
    for (const year of years) {
      makers.set(`per-resident/${key}/${year}`, () =>
        perResidentEntry({
          cube,
          councils,
          category,
          year,
          hostPath: category === null ? input.paths.compare : input.paths.hostOfCategory(key),
          href: input.paths.council,
        }),
      );
    }
    for (const granularity of GRANULARITIES) {
      makers.set(`trend/${key}/${granularity}`, () =>
        trendEntry({
          cube,
          councils,
          category,
          granularity,
          hostPath: category === null ? input.paths.compare : input.paths.hostOfCategory(key),
        }),
      );
    }
  }
  for (const slug of slugs) {
    makers.set(`council/${slug}/all/monthly`, () =>
      trendEntry({
        cube,
        councils,
        category: null,
        granularity: "monthly",
        council: slug,
        hostPath: input.paths.hostOfCouncil(slug),
      }),
    );
  }
  makers.set("shared-suppliers/top", () =>
    sharedSuppliersEntry(shared, {
      hostPath: input.paths.shared,
      councilName: (slug) => councils.find((c) => c.slug === slug)?.name ?? slug,
      href: input.paths.supplier,
    }),
  );
  for (const s of shared.slice(0, SUPPLIER_CHARTS)) {
    for (const granularity of ["yearly", "quarterly", "monthly"] as const) {
      makers.set(granularity === "yearly" ? `supplier/${s.id}` : `supplier/${s.id}/${granularity}`, () =>
        supplierEntry({
          payments: input.payments,
          rows: input.rowsOfSupplier(s.id),
          supplier: { id: s.id, name: s.name },
          councils,
          financialYears: input.financialYears,
          granularity,
          hostPath: input.paths.hostOfSupplier(s.id),
          spanOf: input.spanOf,
        }),
      );
    }
  }
  const councilName = (slug: string) => councils.find((c) => c.slug === slug)?.name ?? slug;
  // A contract's payments to date, for a contract paid in two months or more of its term.
  for (const contract of input.contracts) {
    if (contract.supplierId === "") continue;
    const figures = contractMonths(contract, input.payments, input.rowsOfSupplier(contract.supplierId));
    if (figures === null) continue;
    makers.set(`contract/${contract.id}`, () =>
      contractSpendEntry({ contract, figures, hostPath: input.paths.hostOfContract(contract.id) }),
    );
  }
  for (const contract of input.contracts) {
    if (contract.councils.length < 2) continue;
    makers.set(`joint-contract/${contract.id}`, () =>
      jointContractEntry({
        contract,
        termByCouncil: input.termByCouncil(contract),
        councilName,
        hostPath: input.paths.hostOfContract(contract.id),
      }),
    );
  }
  for (const arrangement of input.arrangements) {
    if ((arrangement.categories ?? []).length === 0) continue;
    const arrangementInput: ArrangementInput = {
      arrangement,
      payments: input.payments,
      rowsOf: input.rowsOfCouncil,
      inScope: arrangementScope(arrangement.categories ?? [], input.serviceOverrides),
      councils,
      hostPath: input.paths.hostOfArrangement(arrangement.id),
    };
    makers.set(`arrangement/${arrangement.id}`, () =>
      arrangementEntry(arrangementInput, arrangementFigures(arrangementInput)),
    );
  }
  const { socialValue } = input;
  if (socialValue)
    for (const dimension of SOCIAL_VALUE_DIMENSIONS)
      makers.set(`social-value/${dimension.id}`, () =>
        socialValueEntry({
          figures: socialValue(),
          dimension: dimension.id,
          councilName,
          hostPath: "social-value/",
        }),
      );
  // Each chart is built once, when first asked for: its page, embed page, data, drawing and oEmbed
  // document all ask.
  const built = new Map<string, ChartEntry | undefined>();
  return {
    cube,
    shared,
    ids: [...makers.keys()],
    chart: (id) => {
      if (!built.has(id)) built.set(id, makers.get(id)?.() ?? undefined);
      return built.get(id);
    },
  };
}
