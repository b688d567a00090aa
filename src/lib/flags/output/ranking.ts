// Which questions are listed: each council's strongest of each indicator, by score (pounds at stake ×
// strength of evidence), at most LISTED_PER_LIST of them. The flags step uses it to choose the flags
// whose payments go into flag_payments.csv, and the site to choose the flags /questions/ shows: one
// rule, so that every question shown has its payments in the download.

/** Most questions listed per indicator and council on /questions/. */
export const LISTED_PER_LIST = 50;

/**
 * flag_payments.csv lists the payments of the questions listed and of every question scoring at least
 * this (whole pounds); the others' payments are by id on their line of flags.csv.
 */
export const FLAG_PAYMENTS_MIN_SCORE = 5_000;

/** What a question is ranked by. */
export interface RankFacts {
  indicator: string;
  council: string;
  score: number;
  /** The flag's figure (any unit, compared by size): breaks ties of score. */
  amount: number;
  id: string;
}

/** Strongest first: score, then the figure's size, then id. */
export function strongerFirst(a: RankFacts, b: RankFacts): number {
  if (a.score !== b.score) return b.score - a.score;
  const x = Math.abs(a.amount);
  const y = Math.abs(b.amount);
  if (x !== y) return y - x;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const listKey = (indicator: string, council: string): string => `${indicator}/${council}`;

/** One indicator's questions about one council, strongest first (indexes into the items). */
export interface RankedList {
  indicator: string;
  council: string;
  ranked: number[];
}

/** Every item in one list, by its indicator and council, strongest first; lists in order of first item. */
export function rankedLists<T>(items: readonly T[], facts: (item: T) => RankFacts): Map<string, RankedList> {
  const all = items.map(facts);
  const lists = new Map<string, RankedList>();
  all.forEach((f, i) => {
    const key = listKey(f.indicator, f.council);
    let list = lists.get(key);
    if (!list) {
      list = { indicator: f.indicator, council: f.council, ranked: [] };
      lists.set(key, list);
    }
    list.ranked.push(i);
  });
  for (const list of lists.values())
    list.ranked.sort((a, b) => strongerFirst(all[a] as RankFacts, all[b] as RankFacts));
  return lists;
}

/** The items listed on /questions/: the first LISTED_PER_LIST of each list (a mark per item). */
export function listedItems<T>(items: readonly T[], facts: (item: T) => RankFacts): Uint8Array {
  const listed = new Uint8Array(items.length);
  for (const list of rankedLists(items, facts).values())
    for (const i of list.ranked.slice(0, LISTED_PER_LIST)) listed[i] = 1;
  return listed;
}
