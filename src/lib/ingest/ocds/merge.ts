// Releases of one contracting process (the same ocid) merged into one contract: releases in date
// order (then file order), each field the latest release's value, with any different value an earlier
// release published kept beside it (shown, not hidden). Awards are merged by their id.
import type { MergedField, OcdsAward, OcdsContract, Traced } from "../../ocds/model.ts";
import type { ParsedAward, ParsedRelease } from "./release.ts";

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

/** The contracts of one council's releases, one per ocid, in order of first appearance. */
export function mergeReleases(council: string, releases: ParsedRelease[]): OcdsContract[] {
  const byOcid = new Map<string, ParsedRelease[]>();
  for (const release of releases) {
    const list = byOcid.get(release.ocid);
    if (list) list.push(release);
    else byOcid.set(release.ocid, [release]);
  }
  return [...byOcid].map(([ocid, list]) => {
    const ordered = list
      .map((release, order) => ({ release, order }))
      .sort((a, b) => (a.release.date ?? "").localeCompare(b.release.date ?? "") || a.order - b.order)
      .map(({ release }) => release);
    const contract: OcdsContract = {
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
      releases: [],
      register_matches: [],
    };
    const awards = new Map<string, OcdsAward>();
    for (const release of ordered) {
      for (const field of CONTRACT_FIELDS)
        (contract as unknown as Record<string, unknown>)[field] = mergeField(
          contract[field] as never,
          release[field] as never,
        );
      for (const award of release.awards) awards.set(award.id, mergeAward(awards.get(award.id), award));
      contract.releases.push({ id: release.id, date: release.date, tags: release.tags, at: release.at });
    }
    contract.awards = [...awards.values()];
    return contract;
  });
}
