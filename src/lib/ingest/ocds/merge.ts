// Releases of one contracting process (the same ocid) merged into one contract as they are read: in date
// order (then file order), each field the latest release's value, with any different value an earlier
// release published kept beside it (shown, not hidden). Awards and contracts[] entries are merged by
// their ids; an award's value and dates missing from every awards[] entry come from the contracts[]
// entry that names it, and a contracts[] entry whose award no release describes implies that award.
import type { MergedField, OcdsAward, OcdsContract, OcdsNoticeContract, Traced } from "../../ocds/model.ts";
import type { ParsedAward, ParsedContract, ParsedRelease } from "./release.ts";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Adds a release's value of a field to the merged field: the later value wins, a different earlier one is kept. */
function mergeField<T>(merged: MergedField<T> | null, next: Traced<T> | null): MergedField<T> | null {
  if (!next) return merged;
  if (!merged) return { ...next };
  if (same(merged.value, next.value)) return merged;
  const earlier = [...(merged.earlier ?? []), { value: merged.value, at: merged.at }];
  return { value: next.value, at: next.at, earlier };
}

const AWARD_FIELDS = ["status", "date", "value", "start_date", "end_date"] as const;
const CONTRACT_FIELDS = [
  "reference",
  "title",
  "description",
  "buyer",
  "tender_value",
  "suitable_sme",
  "suitable_vcse",
  "start_date",
  "end_date",
  "category",
] as const;

function mergeAward(merged: OcdsAward | undefined, next: ParsedAward): OcdsAward {
  const award: OcdsAward = merged ?? {
    id: next.id,
    status: null,
    date: null,
    value: null,
    start_date: null,
    end_date: null,
    suppliers: [],
    at: next.at,
  };
  for (const field of AWARD_FIELDS)
    (award as unknown as Record<string, unknown>)[field] = mergeField(
      award[field] as never,
      next[field] as never,
    );
  if (next.suppliers.length > 0) award.suppliers = next.suppliers;
  award.at = next.at;
  return award;
}

const NOTICE_CONTRACT_FIELDS = ["title", "status", "value", "start_date", "end_date", "date_signed"] as const;

/** Merges a release's contracts[] entry into the one of the same id (inOrder: the release is the latest so far). */
function mergeNoticeContract(
  merged: OcdsNoticeContract | undefined,
  next: ParsedContract,
  inOrder: boolean,
): OcdsNoticeContract {
  const contract: OcdsNoticeContract = merged ?? {
    id: next.id,
    award_id: next.award_id,
    title: null,
    status: null,
    value: null,
    start_date: null,
    end_date: null,
    date_signed: null,
    transactions: [],
    at: next.at,
  };
  const merge = inOrder || !merged ? mergeField : mergeLate;
  for (const field of NOTICE_CONTRACT_FIELDS)
    (contract as unknown as Record<string, unknown>)[field] = merge(
      contract[field] as never,
      next[field] as never,
    );
  if (inOrder || !merged) {
    if (next.award_id !== null) contract.award_id = next.award_id;
    if (next.transactions.length > 0) contract.transactions = next.transactions;
    contract.at = next.at;
  } else {
    contract.award_id ??= next.award_id;
    if (contract.transactions.length === 0) contract.transactions = next.transactions;
  }
  return contract;
}

/** An award's value and dates that no awards[] entry gave, from the contracts[] entry naming the award. */
function fillFromContracts(award: OcdsAward, contracts: Iterable<OcdsNoticeContract>): void {
  for (const contract of contracts) {
    if (contract.award_id !== award.id) continue;
    award.value ??= contract.value;
    award.start_date ??= contract.start_date;
    award.end_date ??= contract.end_date;
  }
}

/** contracts[] statuses that are also award statuses (OCDS 1.1 closed codelists). */
const AWARD_STATUSES = new Set(["pending", "active", "cancelled"]);

/**
 * The awards a contract's contracts[] entries imply where no awards[] entry describes them: an entry
 * naming an award no release published, or, when the releases publish no award at all, an entry naming
 * none. Its value, dates and status (where the award codelist has it) are the entry's, traced to it;
 * its suppliers are unknown (contracts[] names none).
 */
function awardsFromContracts(awards: OcdsAward[], contracts: OcdsNoticeContract[]): OcdsAward[] {
  const known = new Set(awards.map((award) => award.id));
  const implied: OcdsAward[] = [];
  for (const entry of contracts) {
    const id = entry.award_id ?? (awards.length === 0 ? `${entry.id}-award` : null);
    if (id === null || known.has(id)) continue;
    known.add(id);
    implied.push({
      id,
      status: entry.status && AWARD_STATUSES.has(entry.status.value) ? entry.status : null,
      date: entry.date_signed,
      value: entry.value,
      start_date: entry.start_date,
      end_date: entry.end_date,
      suppliers: [],
      at: entry.at,
    });
  }
  return implied;
}

interface Merging {
  contract: OcdsContract;
  awards: Map<string, OcdsAward>;
  contracts: Map<string, OcdsNoticeContract>;
  /** The date of the latest release merged so far ("" when undated). */
  latest: string;
  /** Arrival order of each entry of contract.releases, to sort them stably at the end. */
  orders: number[];
}

/** An earlier-dated release arriving late: fills empty fields, adds a different value as an earlier one. */
function mergeLate<T>(merged: MergedField<T> | null, next: Traced<T> | null): MergedField<T> | null {
  if (!next) return merged;
  if (!merged) return { ...next };
  if (same(merged.value, next.value) || merged.earlier?.some((e) => same(e.value, next.value))) return merged;
  return { ...merged, earlier: [{ value: next.value, at: next.at }, ...(merged.earlier ?? [])] };
}

/**
 * Merges releases into contracts as they are read, one at a time, so that a file's releases are never
 * all held: memory grows with the contracts and the fields kept, not with the releases' text. Releases
 * arriving in date order merge exactly as sorting them first would; a release dated before one already
 * merged never replaces the later value (its different values are kept as earlier ones).
 */
export class ContractMerger {
  private readonly byOcid = new Map<string, Merging>();
  private arrivals = 0;
  private readonly council: string;
  constructor(council: string) {
    this.council = council;
  }

  add(release: ParsedRelease): void {
    let merging = this.byOcid.get(release.ocid);
    if (!merging) {
      merging = {
        contract: emptyContract(release.ocid, this.council),
        awards: new Map(),
        contracts: new Map(),
        latest: "",
        orders: [],
      };
      this.byOcid.set(release.ocid, merging);
    }
    const { contract, awards, contracts } = merging;
    const date = release.date ?? "";
    const inOrder = date >= merging.latest;
    const merge = inOrder ? mergeField : mergeLate;
    if (inOrder) merging.latest = date;
    for (const field of CONTRACT_FIELDS)
      (contract as unknown as Record<string, unknown>)[field] = merge(
        contract[field] as never,
        release[field] as never,
      );
    for (const award of release.awards) {
      const current = awards.get(award.id);
      awards.set(award.id, inOrder || !current ? mergeAward(current, award) : mergeLateAward(current, award));
    }
    for (const entry of release.contracts)
      contracts.set(entry.id, mergeNoticeContract(contracts.get(entry.id), entry, inOrder));
    contract.releases.push({ id: release.id, date: release.date, tags: release.tags, at: release.at });
    merging.orders.push(this.arrivals++);
  }

  /** The contracts, one per ocid, in order of first appearance; each one's releases in date order. */
  finish(): OcdsContract[] {
    return [...this.byOcid.values()].map(({ contract, awards, contracts, orders }) => {
      const entries = contract.releases.map((release, i) => ({ release, order: orders[i] as number }));
      entries.sort((a, b) => (a.release.date ?? "").localeCompare(b.release.date ?? "") || a.order - b.order);
      contract.releases = entries.map(({ release }) => release);
      contract.awards = [...awards.values()];
      contract.contracts = [...contracts.values()];
      for (const award of contract.awards) fillFromContracts(award, contract.contracts);
      contract.awards.push(...awardsFromContracts(contract.awards, contract.contracts));
      return contract;
    });
  }
}

function mergeLateAward(award: OcdsAward, next: ParsedAward): OcdsAward {
  for (const field of AWARD_FIELDS)
    (award as unknown as Record<string, unknown>)[field] = mergeLate(
      award[field] as never,
      next[field] as never,
    );
  if (award.suppliers.length === 0) award.suppliers = next.suppliers;
  return award;
}

/** A contract with nothing known yet but its ocid and council. */
export const emptyContract = (ocid: string, council: string): OcdsContract => ({
  ocid,
  council,
  reference: null,
  title: null,
  description: null,
  buyer: null,
  tender_value: null,
  suitable_sme: null,
  suitable_vcse: null,
  start_date: null,
  end_date: null,
  category: null,
  awards: [],
  contracts: [],
  releases: [],
  register_matches: [],
});

/** The contracts of one council's releases, one per ocid, in order of first appearance. */
export function mergeReleases(council: string, releases: ParsedRelease[]): OcdsContract[] {
  const merger = new ContractMerger(council);
  for (const release of releases) merger.add(release);
  return merger.finish();
}
