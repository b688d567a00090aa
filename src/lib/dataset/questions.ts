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

let bySupplierMemo: Map<string, FlagRecord[]> | null = null;
/** Flags about each supplier id. */
export function flagsOfSupplier(id: string): FlagRecord[] {
  bySupplierMemo ??= Map.groupBy(
    flagRecords.filter((r) => r.supplierId !== ""),
    (r) => r.supplierId,
  );
  return bySupplierMemo.get(id) ?? [];
}

let byContractMemo: Map<string, FlagRecord[]> | null = null;
/** Flags about each contract id. */
export function flagsOfContract(id: string): FlagRecord[] {
  byContractMemo ??= Map.groupBy(
    flagRecords.filter((r) => r.contractId !== ""),
    (r) => r.contractId,
  );
  return byContractMemo.get(id) ?? [];
}
