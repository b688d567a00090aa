// The /questions/ lists of this build (one per indicator and council, built on first use), and where
// each flag listed there is, for the links to it from supplier and contract pages.
import type { FlagRecord } from "../dataset/flags.ts";
import { flagRecords } from "../dataset/questions.ts";
import { type QuestionList, questionLists } from "../views/questions.ts";

let listsMemo: Map<string, QuestionList> | null = null;
/** The /questions/ lists: one per indicator and council. */
export function questionsLists(): Map<string, QuestionList> {
  listsMemo ??= questionLists(flagRecords);
  return listsMemo;
}

/** Where a flag is listed on /questions/ (none for a flag only in flags.csv). */
export interface FlagPlace {
  indicator: string;
  council: string;
}

let placeMemo: Map<string, FlagPlace> | null = null;
/** Where a flag is listed on /questions/: its list, or undefined when it is not among the strongest. */
export function flagPlace(id: string): FlagPlace | undefined {
  if (!placeMemo) {
    placeMemo = new Map();
    for (const list of questionsLists().values())
      for (const i of list.records)
        placeMemo.set((flagRecords[i] as FlagRecord).id, {
          indicator: list.indicator,
          council: list.council,
        });
  }
  return placeMemo.get(id);
}
