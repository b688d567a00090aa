// What is being searched for, read from and written to the page's query string so a search can be
// shared: ?q=zurich&kind=Supplier&council=Kestwick+Borough+Council&year=2023-24&department=ICT&sort=value-desc

export type Sort = "" | "value-desc" | "value-asc";

export interface SearchState {
  q: string;
  kind: string[];
  council: string[];
  year: string;
  department: string;
  /** Only pages with questions worth asking (red flags). */
  questions: boolean;
  sort: Sort;
}

const SORTS: readonly Sort[] = ["", "value-desc", "value-asc"];

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get("sort") ?? "";
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    kind: params.getAll("kind"),
    council: params.getAll("council"),
    year: params.get("year") ?? "",
    department: params.get("department") ?? "",
    questions: params.get("questions") === "yes",
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : "",
  };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== "") params.set("q", state.q.trim());
  for (const k of state.kind) params.append("kind", k);
  for (const c of state.council) params.append("council", c);
  if (state.year) params.set("year", state.year);
  if (state.department) params.set("department", state.department);
  if (state.questions) params.set("questions", "yes");
  if (state.sort) params.set("sort", state.sort);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** Whether anything at all is asked for. */
export const isEmpty = (s: SearchState): boolean =>
  s.q.trim() === "" &&
  s.kind.length === 0 &&
  s.council.length === 0 &&
  !s.year &&
  !s.department &&
  !s.questions;

/** Year, department and questions are known to full-text search only: the name index cannot apply them. */
export const namesApply = (s: SearchState): boolean =>
  s.q.trim() !== "" && !s.year && !s.department && !s.questions;
