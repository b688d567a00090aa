// The red flags of this build for pages: flags.json's summary, flags.csv's records, and the index of
// /questions/ pages (read once, on first use).
import { pageOf, type QuestionList, questionLists } from "../views/questions.ts";
import { type FlagRecord, loadFlagRecords, loadFlagsSummary } from "./flags.ts";

export const flagsSummary = loadFlagsSummary();
export const flagRecords: FlagRecord[] = await loadFlagRecords();

let listsMemo: Map<string, QuestionList> | null = null;
/** The /questions/ lists: one per indicator and council. */
export function questionsLists(): Map<string, QuestionList> {
  listsMemo ??= questionLists(flagRecords);
  return listsMemo;
}

let placeMemo: Map<string, { indicator: string; council: string; page: number }> | null = null;
/** Where a flag is listed on /questions/: its list and page. */
export function flagPlace(id: string): { indicator: string; council: string; page: number } | undefined {
  if (!placeMemo) {
    placeMemo = new Map();
    for (const list of questionsLists().values())
      for (const [position, i] of list.records.entries())
        placeMemo.set((flagRecords[i] as FlagRecord).id, {
          indicator: list.indicator,
          council: list.council,
          page: pageOf(position),
        });
  }
  return placeMemo.get(id);
}

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
