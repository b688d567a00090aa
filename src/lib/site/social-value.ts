// /social-value/, the council pages' social value figures and data/social-value.csv: spend and
// contract value per council and financial year with SMEs, VCSEs and local suppliers (the method is
// in views/social-value.ts).
import { councils, ocds, payments, registerEntries, suppliers } from "../dataset/index.ts";
import { formatDecimal } from "../money.ts";
import { type CellsOf, csvLineOf, plain } from "../tables/csv-write.ts";
import { SOCIAL_VALUE } from "../tables/social-value.ts";
import {
  DIMENSIONS,
  type Dimension,
  financialYearOf,
  noticeAward,
  percentOf,
  type SocialValueFigure,
  SocialValueTally,
  type Status,
  SupplierEvidence,
} from "../views/social-value.ts";

const UNKNOWN: Record<Dimension, Status> = { sme: "unknown", vcse: "unknown", local: "unknown" };

function evidence(): SupplierEvidence {
  const found = new SupplierEvidence();
  for (const entry of registerEntries) found.addRegister(entry);
  for (const contract of ocds.contracts)
    for (const award of contract.awards) for (const supplier of award.suppliers) found.addNotice(supplier);
  for (const supplier of suppliers) found.addCompanyNumber(supplier.id, supplier.companyNumber);
  return found;
}

function figures(): SocialValueFigure[] {
  const found = evidence();
  const areas = new Map(
    councils.map((c) => [c.slug, c.local_postcode_areas ? new Set(c.local_postcode_areas) : null]),
  );
  const tally = new SocialValueTally();
  const cache = new Map<string, Record<Dimension, Status>>();
  const statusOf = (council: string, supplierId: string) => {
    const key = `${council}\u0000${supplierId}`;
    let status = cache.get(key);
    if (!status) {
      status = supplierId === "" ? UNKNOWN : found.statusOf(supplierId, areas.get(council) ?? null);
      cache.set(key, status);
    }
    return status;
  };
  const t = payments.text;
  for (let row = 0; row < payments.size; row++) {
    if (payments.isPartnerPayment(row) || payments.isRedacted(row)) continue;
    const council = t.get(payments.council[row] as number);
    const year = t.get(payments.year[row] as number);
    if (year === "") continue;
    const supplierId = t.get(payments.supplierId[row] as number);
    tally.add(council, year, "spend", payments.amount[row] as number, statusOf(council, supplierId));
  }
  for (const entry of registerEntries) {
    if (entry.totalValue === null || entry.startDate === "") continue;
    tally.add(
      entry.council,
      financialYearOf(entry.startDate),
      "contract_value",
      entry.totalValue,
      statusOf(entry.council, entry.supplierId),
    );
  }
  for (const notice of ocds.contracts) {
    if (notice.register_matches.length > 0) continue;
    const award = noticeAward(notice);
    if (!award) continue;
    const id = award.supplier?.supplier_id ?? "";
    tally.add(
      notice.council,
      financialYearOf(award.start),
      "contract_value",
      award.micros,
      statusOf(notice.council, id),
    );
  }
  return tally.all(councils.map((c) => c.slug));
}

let cached: SocialValueFigure[] | null = null;
/** Every council's figures by year and measure (computed once). */
export const socialValueFigures = (): SocialValueFigure[] => {
  cached ??= figures();
  return cached;
};

/** A council's figures, newest year first. */
export const councilSocialValue = (slug: string): SocialValueFigure[] =>
  socialValueFigures()
    .filter((f) => f.council === slug)
    .reverse();

/** The shares shown: percent of total, and of the part whose status is known. */
export function sharesOf(
  f: SocialValueFigure,
): Record<Dimension, { percent: string; unknownPercent: string }> {
  return Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      { percent: percentOf(f.yes[d], f.total), unknownPercent: percentOf(f.unknown[d], f.total) },
    ]),
  ) as Record<Dimension, { percent: string; unknownPercent: string }>;
}

const money = (v: bigint) => plain(formatDecimal(v));
const percent = (part: bigint, total: bigint) => {
  const p = percentOf(part, total);
  return p === "" ? null : plain(p);
};

const CELLS: CellsOf<typeof SOCIAL_VALUE, SocialValueFigure> = {
  council: (f) => f.council,
  financial_year: (f) => f.financialYear,
  measure: (f) => f.measure,
  total: (f) => money(f.total),
  records: (f) => f.count,
  sme: (f) => money(f.yes.sme),
  sme_unknown: (f) => money(f.unknown.sme),
  sme_percent: (f) => percent(f.yes.sme, f.total),
  vcse: (f) => money(f.yes.vcse),
  vcse_unknown: (f) => money(f.unknown.vcse),
  vcse_percent: (f) => percent(f.yes.vcse, f.total),
  local: (f) => money(f.yes.local),
  local_unknown: (f) => money(f.unknown.local),
  local_percent: (f) => percent(f.yes.local, f.total),
};
const socialValueLine = csvLineOf(SOCIAL_VALUE, CELLS);

/** data/social-value.csv. */
export const socialValueCsvText = (): string =>
  `${[SOCIAL_VALUE.header, ...socialValueFigures().map(socialValueLine)].join("\n")}\n`;
