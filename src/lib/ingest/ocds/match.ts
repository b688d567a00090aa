// Which register entries of a council describe the same contract as an OCDS contracting process: the
// entry's reference is the ocid (OpenContractingID) or the notice's own reference (tender or award
// id); failing that, the same supplier (company number, else normalised name), the same start date
// and a total value within 1 % of the award's. A register entry is matched to one process at most.
import type { OcdsContract } from "../../ocds/model.ts";
import type { StagedContract } from "../rows/contracts-file.ts";
import { supplierKey } from "../suppliers/supplier-names.ts";

const referenceKey = (text: string) => text.toUpperCase().replace(/\s+/g, "");

/** The references a process is published under: its ocid, the notice's tender id and its award ids. */
function referencesOf(contract: OcdsContract): Set<string> {
  const tenderIds = contract.reference
    ? [contract.reference.value, ...(contract.reference.earlier ?? []).map((e) => e.value)]
    : [];
  return new Set([contract.ocid, ...tenderIds, ...contract.awards.map((a) => a.id)].map(referenceKey));
}

const day = (iso: string | undefined | null) => (iso ? iso.slice(0, 10) : "");

function sameSupplierValueStart(contract: OcdsContract, entry: StagedContract): boolean {
  if (entry.totalValue === null || entry.startDate === "") return false;
  return contract.awards.some((award) => {
    const value = award.value?.value.micros ?? contract.tender_value?.value.micros;
    const start = day(award.start_date?.value ?? contract.start_date?.value);
    if (value === undefined || value === 0 || start !== entry.startDate) return false;
    if (Math.abs(value - (entry.totalValue as number)) > Math.abs(value) / 100) return false;
    return award.suppliers.some(
      (s) =>
        (s.company_number !== null && s.company_number === entry.companyNumber) ||
        (s.name !== null && entry.supplier !== "" && supplierKey(s.name) === supplierKey(entry.supplier)),
    );
  });
}

/** Sets register_matches on each contract; entries: the council's register entries (contracts.csv ids). */
export function matchRegister(contracts: OcdsContract[], entries: StagedContract[]): void {
  const taken = new Set<string>();
  for (const contract of contracts) {
    const references = referencesOf(contract);
    for (const entry of entries) {
      if (taken.has(entry.id) || entry.reference === "") continue;
      const key = referenceKey(entry.reference);
      if (!references.has(key)) continue;
      contract.register_matches.push({
        entry_id: entry.id,
        by: key === referenceKey(contract.ocid) ? "ocid" : "reference",
      });
      taken.add(entry.id);
    }
  }
  for (const contract of contracts) {
    if (contract.register_matches.length > 0) continue;
    const entry = entries.find((e) => !taken.has(e.id) && sameSupplierValueStart(contract, e));
    if (!entry) continue;
    contract.register_matches.push({ entry_id: entry.id, by: "supplier, value and dates" });
    taken.add(entry.id);
  }
}
