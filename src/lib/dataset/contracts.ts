// Contract-register entries from contracts.csv, and the contracts they describe: an entry repeated in
// several partners' registers for one contract let by a partner on behalf of all is one contract.
import { CONTRACTS, type ContractEntry } from "../tables/contracts.ts";
import { readRecords } from "../tables/csv-read.ts";

/** One contract-register entry as contracts.csv holds it. */
export type RegisterEntry = ContractEntry;

/** One contract: the entry of the council that let it (or the first entry) and every entry for it. */
export interface ContractRecord extends RegisterEntry {
  /** The council that let it: the purchasing partner when named, else the registering council. */
  lettingCouncil: string;
  /** Every council whose register lists it, the letting council, and the partners of an arrangement
   * in partnership.json that names it; in partnership order. */
  councils: string[];
  entries: RegisterEntry[];
  /** The partnership arrangement that declares this contract, if any. */
  arrangement: { id: string; name: string } | null;
  /** Councils named by the arrangement whose own register does not list the contract. */
  unlisted: string[];
}

/** A partnership arrangement's claim: these partners share the contracts with these references. */
export interface DeclaredContracts {
  id: string;
  name: string;
  partners: string[];
  contracts?: string[] | undefined;
}

export const loadRegisterEntries = (path: string): Promise<RegisterEntry[]> => readRecords(path, CONTRACTS);

const referenceKey = (reference: string): string => reference.toUpperCase().replace(/\s+/g, "");

/**
 * Groups register entries into contracts. Entries are one contract when they share a reference and the
 * same letting council (the purchasing partner, else the registering council) and supplier; entries
 * without a reference stay apart. `councilOrder` lists council slugs in partnership order.
 */
export function groupContracts(
  entries: RegisterEntry[],
  councilOrder: string[],
  arrangements: DeclaredContracts[] = [],
): ContractRecord[] {
  const order = new Map(councilOrder.map((slug, i) => [slug, i]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 99) - (order.get(b) ?? 99);
  const declared = new Map<string, DeclaredContracts>();
  for (const a of arrangements) for (const ref of a.contracts ?? []) declared.set(referenceKey(ref), a);
  const groups = new Map<string, RegisterEntry[]>();
  for (const entry of entries) {
    const letting = entry.purchasingCouncil || entry.council;
    const key =
      entry.reference === ""
        ? `\u0000${entry.id}`
        : `${letting}\u0000${entry.supplierId}\u0000${referenceKey(entry.reference)}`;
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  const contracts: ContractRecord[] = [];
  for (const list of groups.values()) {
    const first = list[0] as RegisterEntry;
    const letting = first.purchasingCouncil || first.council;
    const main = list.find((e) => e.council === letting) ?? first;
    const listing = new Set([letting, ...list.map((e) => e.council)]);
    const arrangement = main.reference === "" ? undefined : declared.get(referenceKey(main.reference));
    const partners = arrangement?.partners ?? [];
    const councils = [...new Set([...listing, ...partners])].sort(byOrder);
    // Fill gaps in the main entry from the others (one register may omit the description).
    const pick = <K extends keyof RegisterEntry>(field: K): RegisterEntry[K] => {
      if (main[field] !== "" && main[field] !== null) return main[field];
      return list.find((e) => e[field] !== "" && e[field] !== null)?.[field] ?? main[field];
    };
    contracts.push({
      ...main,
      description: pick("description"),
      endDate: pick("endDate"),
      reviewDate: pick("reviewDate"),
      totalValue: pick("totalValue"),
      annualValue: pick("annualValue"),
      procurementRoute: pick("procurementRoute"),
      sme: pick("sme"),
      vcse: pick("vcse"),
      lettingCouncil: letting,
      councils,
      entries: list,
      arrangement: arrangement ? { id: arrangement.id, name: arrangement.name } : null,
      unlisted: partners.filter((p) => !listing.has(p)).sort(byOrder),
    });
  }
  return contracts;
}
