// Contracts a council published only as an OCDS notice (no register entry describes them), as
// contracts of the site: each with a page, in the A–Z lists, on its council's and supplier's pages and
// in search. Its id is derived from its council and ocid, so it is the same in every build, and holds
// an underscore, which no register contract id can (those are a council slug, a hyphen and a slug of
// the reference or title: letters, digits and hyphens only).
import { createHash } from "node:crypto";
import type { OcdsContract, OcdsDataset } from "../ocds/model.ts";
import { contractEntry } from "../tables/contracts.ts";
import type { ContractRecord } from "./contracts.ts";

export const NOTICE_ID_PREFIX = "ocds_";

const SME_SCALES = new Set(["sme", "micro", "small", "medium"]);
const SAFE = /[^a-z0-9-]+/g;

/**
 * "ocds_<council>_<ocid>" with the ocid lowercased and anything but letters, digits and hyphens
 * made a hyphen; when that changes the ocid, 8 hex digits of its SHA-256 are added, so two ocids
 * differing only there keep different ids.
 */
export function noticeContractId(council: string, ocid: string): string {
  const safe = ocid
    .toLowerCase()
    .replace(SAFE, "-")
    .replace(/^-+|-+$/g, "");
  const exact = safe === ocid;
  const hash = exact ? "" : `-${createHash("sha256").update(ocid).digest("hex").slice(0, 8)}`;
  return `${NOTICE_ID_PREFIX}${council}_${safe || "ocid"}${hash}`;
}

export const isNoticeContract = (contract: Pick<ContractRecord, "id" | "entries">): boolean =>
  contract.entries.length === 0 && contract.id.startsWith(NOTICE_ID_PREFIX);

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : "");

/** A notice as a contract: its first award's supplier (the first of several), value and dates. */
export function noticeContractRecord(notice: OcdsContract): ContractRecord {
  const award = notice.awards[0];
  const suppliers = award?.suppliers ?? [];
  const first = suppliers[0];
  // Several suppliers (a framework): the term spend would be one supplier's, so none is linked.
  const single = suppliers.length === 1 ? first : undefined;
  const scale = single?.scale?.value.toLowerCase();
  const entry = contractEntry({
    id: noticeContractId(notice.council, notice.ocid),
    council: notice.council,
    reference: notice.reference?.value ?? "",
    title: notice.title?.value ?? "",
    description: notice.description?.value ?? "",
    supplierId: single?.supplier_id ?? "",
    supplier: suppliers.map((s) => s.name ?? "Supplier not named").join(", "),
    companyNumber: single?.company_number ?? "",
    startDate: day(award?.start_date?.value ?? notice.start_date?.value),
    endDate: day(award?.end_date?.value ?? notice.end_date?.value),
    awardDate: day(award?.date?.value),
    contractType: notice.category?.value ?? "",
    totalValue: award?.value?.value.micros ?? notice.tender_value?.value.micros ?? null,
    sme: scale === undefined ? null : SME_SCALES.has(scale),
    supplierSize: single?.scale?.value ?? "",
    supplierPostcode: single?.postcode?.value ?? "",
    vcse: single?.vcse?.value ?? null,
    purchasingBody: notice.buyer?.value ?? "",
    sourceFile: (notice.releases[0]?.at ?? "").replace(/[:#].*$/, ""),
    sourceLine: 0,
  });
  return {
    ...entry,
    lettingCouncil: notice.council,
    councils: [notice.council],
    entries: [],
    arrangement: null,
    unlisted: [],
  };
}

/** The notices no register entry describes, as contracts, in council then file order. */
export function noticeOnlyContracts(ocds: Pick<OcdsDataset, "contracts">): ContractRecord[] {
  return ocds.contracts.filter((n) => n.register_matches.length === 0).map(noticeContractRecord);
}

/** Contract id → its notice, for the notice-only contracts' pages. */
export function noticesById(ocds: Pick<OcdsDataset, "contracts">): Map<string, OcdsContract> {
  return new Map(
    ocds.contracts
      .filter((n) => n.register_matches.length === 0)
      .map((n) => [noticeContractId(n.council, n.ocid), n]),
  );
}
