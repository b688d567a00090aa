// Pagefind, loaded only when needed (after the name results are on screen, or when the filters are
// opened): full-text results, the filter controls built from its filter counts, and sorting by value.
import { el } from "./render.ts";
import type { SearchState } from "./state.ts";

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindData> }[];
  unfilteredResultCount: number;
}

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
}

export interface FullText {
  filters(): Promise<FilterCounts>;
  search(state: SearchState): Promise<PagefindSearch | null>;
}

/** Loads Pagefind from the site's own bundle (once). */
export function createFullText(base: string): () => Promise<FullText> {
  let loading: Promise<FullText> | null = null;
  return () => {
    loading ??= (async () => {
      const url = `${base}pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await pagefind.options({ baseUrl: base, excerptLength: 24 });
      await pagefind.init();
      return {
        filters: () => pagefind.filters(),
        search: (state) => {
          const filters: Record<string, unknown> = {};
          if (state.kind.length > 0) filters.kind = { any: state.kind };
          if (state.council.length > 0) filters.council = { any: state.council };
          if (state.year) filters.year = state.year;
          if (state.department) filters.department = state.department;
          if (state.questions) filters.questions = QUESTIONS_VALUE;
          const sort =
            state.sort === "value-desc"
              ? { value: "desc" }
              : state.sort === "value-asc"
                ? { value: "asc" }
                : undefined;
          const term = state.q.trim() === "" ? null : state.q.trim();
          return pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
        },
      };
    })();
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
}

/** The value of the "questions" filter on pages with red flags (SearchTags.astro). */
export const QUESTIONS_VALUE = "Has questions";

const LABELS: Record<string, string> = {
  kind: "Kind",
  council: "Council",
  year: "Financial year",
  department: "Department",
};

/**
 * Filter controls in `container` from Pagefind's counts: checkboxes for kind and council, a select for
 * year and department, each named as in the query string and set from the state.
 */
export function buildFilterControls(container: HTMLElement, counts: FilterCounts, state: SearchState): void {
  container.replaceChildren();
  for (const name of ["kind", "council"] as const) {
    const values = Object.keys(counts[name] ?? {}).sort();
    if (values.length === 0) continue;
    const fieldset = el("fieldset", { class: "search-filter" }, el("legend", {}, LABELS[name] as string));
    for (const [i, value] of values.entries()) {
      const id = `filter-${name}-${i}`;
      const box = el("input", { type: "checkbox", id, name, value });
      box.checked = state[name].includes(value);
      const label = el(
        "label",
        { for: id },
        `${value} (${(counts[name]?.[value] ?? 0).toLocaleString("en-GB")})`,
      );
      fieldset.append(el("div", {}, box, " ", label));
    }
    container.append(fieldset);
  }
  const withQuestions = counts.questions?.[QUESTIONS_VALUE] ?? 0;
  if (withQuestions > 0) {
    const box = el("input", { type: "checkbox", id: "filter-questions", name: "questions", value: "yes" });
    box.checked = state.questions;
    const label = el(
      "label",
      { for: "filter-questions" },
      `Only pages with questions worth asking (${withQuestions.toLocaleString("en-GB")})`,
    );
    container.append(el("div", { class: "search-filter" }, box, " ", label));
  }
  for (const name of ["year", "department"] as const) {
    const values = Object.keys(counts[name] ?? {}).sort();
    if (values.length === 0) continue;
    const id = `filter-${name}`;
    const select = el("select", { id, name }, el("option", { value: "" }, "Any"));
    for (const value of values) select.append(el("option", { value }, value));
    select.value = values.includes(state[name]) ? state[name] : "";
    container.append(
      el("div", { class: "search-filter" }, el("label", { for: id }, LABELS[name] as string), " ", select),
    );
  }
}
