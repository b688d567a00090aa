// data/ocds/release-package.json and one per council: every contract the partnership knows (register
// entries grouped as on the contract pages, and notices the councils published as OCDS with no
// register entry), with the payments during each contract's term as its transactions (in a council's
// package, only the payments that council made). Each release is built and written in turn.
import type { ContractRecord } from "../dataset/contracts.ts";
import {
  contracts,
  councilName,
  councils,
  ocds,
  ocdsByEntry,
  partnership,
  payments,
  rowsBySupplier,
} from "../dataset/index.ts";
import type { OcdsContract } from "../ocds/model.ts";
import {
  councilRelease,
  licenceUrl,
  type PackageContract,
  type PackageParty,
  type PackageTransaction,
  PLACEHOLDER_OCID_PREFIX,
  releasePackageParts as packageParts,
  textStream,
} from "../ocds/release-package.ts";
import { type ContractTerm, termRows } from "../views/contract.ts";

const prefix = partnership.ocds?.ocid_prefix ?? PLACEHOLDER_OCID_PREFIX;
const buyerParty = (slug: string) => ({ id: `${prefix}-council-${slug}`, name: councilName(slug) });

function supplierParty(supplierId: string, name: string, companyNumber: string): PackageParty {
  return {
    id: companyNumber ? `GB-COH-${companyNumber}` : `${prefix}-supplier-${supplierId || "unnamed"}`,
    name: name || "Supplier not named",
    roles: ["supplier", "payee"],
    ...(companyNumber ? { identifier: { scheme: "GB-COH", id: companyNumber, legalName: name } } : {}),
  };
}

/** The payments a contract's term spend counts, as transactions from each paying council. */
function transactionsOf(term: ContractTerm, payee: { id: string; name: string }): PackageTransaction[] {
  return termRows(term, { payments, rowsBySupplier }).map((row) => ({
    id: payments.ids.get(row),
    date: payments.text.get(payments.date[row] as number),
    micros: payments.amount[row] as number,
    payer: buyerParty(payments.text.get(payments.council[row] as number)),
    payee,
  }));
}

/** Parties: the buyer and every paying council, then the suppliers (each id once). */
function partiesOf(buyer: string, payers: string[], suppliers: PackageParty[]): PackageParty[] {
  const councils = [...new Set([buyer, ...payers])].map((slug) => ({
    ...buyerParty(slug),
    roles: slug === buyer ? ["buyer", "payer"] : ["payer"],
  }));
  const unique = [...new Map(suppliers.map((s) => [s.id, s])).values()];
  return [...councils, ...unique];
}

const registerDate = (contract: ContractRecord, notice: OcdsContract | undefined) =>
  contract.awardDate || contract.startDate || notice?.releases.at(-1)?.date || "2000-01-01";
const noticeDate = (notice: OcdsContract) => notice.releases.at(-1)?.date ?? "2000-01-01";

/** A register contract, with the OCDS notice of the same contract when a council published one. */
function registerContract(contract: ContractRecord, notice: OcdsContract | undefined): PackageContract {
  const supplier = supplierParty(contract.supplierId, contract.supplier, contract.companyNumber);
  if (contract.sme !== null) supplier.details = { scale: contract.sme ? "sme" : "large" };
  const payee = { id: supplier.id, name: supplier.name };
  const transactions = transactionsOf(contract, payee);
  const award = notice?.awards[0];
  const ocid = notice?.ocid ?? `${prefix}-${contract.id}`;
  return {
    ocid,
    id: `${ocid}-${prefix}`,
    date: registerDate(contract, notice),
    tags: ["award", "contract", ...(transactions.length > 0 ? ["implementation"] : [])],
    buyer: buyerParty(contract.lettingCouncil),
    parties: partiesOf(
      contract.lettingCouncil,
      transactions.map((t) => t.payer.id.slice(`${prefix}-council-`.length)),
      [supplier],
    ),
    reference: contract.reference,
    title: notice?.title?.value ?? contract.title,
    description: contract.description,
    award: {
      id: award?.id ?? `${ocid}-award`,
      status: "active",
      micros: award?.value?.value.micros ?? contract.totalValue,
      suppliers: [payee],
      start: contract.startDate,
      end: contract.endDate,
    },
    transactions,
  };
}

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : "");

/** A notice a council published as OCDS that no register entry describes. */
function noticeContract(notice: OcdsContract): PackageContract {
  const award = notice.awards[0];
  const suppliers = (award?.suppliers ?? []).map((s) => {
    const party = supplierParty(s.supplier_id ?? "", s.name ?? "", s.company_number ?? "");
    if (s.scale) party.details = { scale: s.scale.value };
    if (s.postcode) party.address = { postalCode: s.postcode.value };
    return party;
  });
  const start = day(award?.start_date?.value ?? notice.start_date?.value);
  const end = day(award?.end_date?.value ?? notice.end_date?.value);
  const linked = award?.suppliers.length === 1 ? award.suppliers[0] : undefined;
  const payee = suppliers[0] ? { id: suppliers[0].id, name: suppliers[0].name } : null;
  const transactions =
    linked?.supplier_id && payee
      ? transactionsOf(
          { supplierId: linked.supplier_id, councils: [notice.council], startDate: start, endDate: end },
          payee,
        )
      : [];
  return {
    ocid: notice.ocid,
    id: `${notice.ocid}-${prefix}`,
    date: noticeDate(notice),
    tags: award ? ["award", ...(transactions.length > 0 ? ["implementation"] : [])] : ["tender"],
    buyer: buyerParty(notice.council),
    parties: partiesOf(notice.council, [], suppliers),
    reference: notice.reference?.value ?? "",
    title: notice.title?.value ?? "",
    description: notice.description?.value ?? "",
    award: award
      ? {
          id: award.id,
          status: award.status?.value === "active" || !award.status ? "active" : award.status.value,
          micros: award.value?.value.micros ?? notice.tender_value?.value.micros ?? null,
          suppliers: suppliers.map((s) => ({ id: s.id, name: s.name })),
          start,
          end,
        }
      : null,
    transactions,
  };
}

/** A release of the package, built only when its text is written (the dates are known beforehand). */
interface Packaged {
  build: () => PackageContract;
  councils: string[];
  date: string;
}

/** Every contract as a release, register contracts first (as on the site), then notices alone. */
function allContracts(): Packaged[] {
  const matched = new Set<string>();
  const out: Packaged[] = contracts.map((contract) => {
    const notice = contract.entries.map((e) => ocdsByEntry.get(e.id)).find((n) => n !== undefined);
    if (notice) matched.add(`${notice.council}\u0000${notice.ocid}`);
    return {
      build: () => registerContract(contract, notice),
      councils: contract.councils,
      date: registerDate(contract, notice),
    };
  });
  for (const notice of ocds.contracts)
    if (!matched.has(`${notice.council}\u0000${notice.ocid}`))
      out.push({ build: () => noticeContract(notice), councils: [notice.council], date: noticeDate(notice) });
  return out;
}

let cached: Packaged[] | null = null;
const packaged = () => {
  cached ??= allContracts();
  return cached;
};

/** The latest date any release of the package has (its publishedDate: the same input, the same bytes). */
const latestDate = (list: Packaged[]) => ["2000-01-01", ...list.map((c) => c.date)].sort().at(-1) as string;

/** The releases of a package, each built in turn; a council's carry only the payments it made. */
function* releasesOf(list: Packaged[], council: string | undefined): Generator<PackageContract> {
  const payer = council === undefined ? undefined : buyerParty(council).id;
  for (const item of list) {
    const release = item.build();
    yield payer === undefined ? release : councilRelease(release, payer);
  }
}

/** The release package's text in parts: the partnership's (council undefined) or one council's. */
export function releasePackageParts(council: string | undefined, site: URL | undefined): Iterable<string> {
  const list = packaged().filter((c) => council === undefined || c.councils.includes(council));
  const path =
    council === undefined
      ? "data/ocds/release-package.json"
      : `data/ocds/councils/${council}/release-package.json`;
  const publisher = partnership.ocds?.publisher ?? { name: partnership.name };
  return packageParts(
    {
      uri: site ? new URL(path, site).href : `urn:shared-ledger:${prefix}:${path}`,
      publishedDate: latestDate(list),
      publisher,
      license: licenceUrl(partnership.licence),
    },
    releasesOf(list, council),
  );
}

/** The package as a response body streamed a few releases at a time (no release's JSON outlives its turn). */
export const releasePackageResponse = (council: string | undefined, site: URL | undefined): Response =>
  new Response(textStream(releasePackageParts(council, site)), {
    headers: { "content-type": "application/json" },
  });

/** One package per council: data/ocds/councils/<slug>/release-package.json. */
export const councilPackagePaths = () => councils.map((c) => ({ params: { slug: c.slug } }));
