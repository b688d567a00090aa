// The red flags of this build for pages: flags.json's summary and flags.csv's records (read once),
// and the flags about each supplier and contract. The /questions/ lists are in site/question-lists.ts.
import { type FlagRecord, loadFlagRecords, loadFlagsSummary } from "./flags.ts";

export const flagsSummary = loadFlagsSummary();
export const flagRecords: FlagRecord[] = await loadFlagRecords();

/** Flags grouped by one of their ids (supplier, contract), built on first use; "" ids left out. */
function flagsBy(key: (r: FlagRecord) => string): (id: string) => FlagRecord[] {
  let groups: Map<string, FlagRecord[]> | null = null;
  return (id) => {
    groups ??= Map.groupBy(
      flagRecords.filter((r) => key(r) !== ""),
      key,
    );
    return groups.get(id) ?? [];
  };
}

/** Flags about each supplier id. */
export const flagsOfSupplier = flagsBy((r) => r.supplierId);
/** Flags about each contract id. */
export const flagsOfContract = flagsBy((r) => r.contractId);
