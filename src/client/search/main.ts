// The search page's script: name results at once from the small name index, then Pagefind's full-text
// results (loaded afterwards), with filters and sorting kept in the query string.
import { buildFilterControls, createFullText } from "./fulltext.ts";
import { createNameIndex } from "./names.ts";
import { el, markFirstResult, nameItem, type PageResult, pageItem, plural } from "./render.ts";
import { isEmpty, namesApply, readState, type SearchState, type Sort, writeState } from "./state.ts";

const PAGE_SIZE = 10;
/** The performance mark set each time the names of a query are shown (its detail: the query). */
export const NAMES_SHOWN = "search:names-shown";
const NAME_LIMIT = 20;

function required<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`search page: #${id} is missing`);
  return node as T;
}

export function startSearch(): void {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const form = required<HTMLFormElement>("search-form");
  const input = required<HTMLInputElement>("search-q");
  const options = required<HTMLDetailsElement>("search-options");
  const filterBox = required<HTMLDivElement>("search-filters");
  const sortSelect = required<HTMLSelectElement>("search-sort");
  const nameStatus = required<HTMLParagraphElement>("name-status");
  const textStatus = required<HTMLParagraphElement>("text-status");
  const nameSection = required<HTMLElement>("name-results");
  const textSection = required<HTMLElement>("text-results");
  const nameList = nameSection.querySelector("ol") as HTMLOListElement;
  const textList = textSection.querySelector("ol") as HTMLOListElement;
  const moreButton = textSection.querySelector("button") as HTMLButtonElement;

  const names = createNameIndex(base);
  const fullText = createFullText(base);
  let state: SearchState = readState(location.search);
  let nameRun = 0;
  let textRun = 0;
  let filtersBuilt = false;
  let pending: PageResult[] = [];
  let pendingData: (() => Promise<PageResult>)[] = [];

  options.hidden = false;
  input.value = state.q;
  sortSelect.value = state.sort;
  if (state.kind.length + state.council.length > 0 || state.year || state.department || state.questions)
    options.open = true;

  async function showNames(): Promise<void> {
    const run = ++nameRun;
    if (!namesApply(state)) {
      nameSection.hidden = true;
      nameStatus.textContent =
        state.q.trim() && (state.year || state.department || state.questions)
          ? "Names are not filtered by year, department or questions: see the pages below."
          : "";
      return;
    }
    try {
      const result = await names.search(state);
      if (run !== nameRun) return;
      const shown = result.matches.slice(0, NAME_LIMIT);
      nameList.replaceChildren(...shown.map((m) => nameItem(m, result.manifest, base)));
      nameSection.hidden = shown.length === 0;
      const more = result.matches.length > shown.length ? `, the first ${shown.length} shown` : "";
      const among = result.complete ? "" : " among the highest values";
      nameStatus.textContent =
        result.matches.length > 0
          ? `${plural(result.matches.length, "name matches", "names match")}${among}${more}.`
          : result.complete
            ? `No supplier, contract or council name matches “${state.q.trim()}”.`
            : `No name${among} matches “${state.q.trim()}”: type more of the name, or see the pages below.`;
      if (shown.length > 0) markFirstResult();
      // For bench:search: when the names for each query were on screen.
      performance.mark(NAMES_SHOWN, { detail: state.q });
    } catch {
      if (run === nameRun)
        nameStatus.textContent = "The name index could not be loaded; full-text results follow.";
    }
  }

  async function loadPageData(count: number): Promise<void> {
    const batch = pendingData.splice(0, count);
    const results = await Promise.all(batch.map((load) => load()));
    pending = results;
  }

  async function showPages(): Promise<void> {
    const run = ++textRun;
    if (isEmpty(state)) {
      textSection.hidden = true;
      textStatus.textContent = "";
      return;
    }
    textStatus.textContent = "Searching the full text…";
    try {
      const engine = await fullText();
      if (!filtersBuilt && options.open) {
        buildFilterControls(filterBox, await engine.filters(), state);
        filtersBuilt = true;
      }
      const search = await engine.search(state);
      if (run !== textRun || !search) return;
      pendingData = search.results.map((r) => async () => {
        const data = await r.data();
        return {
          url: data.url,
          title: data.meta.title ?? data.url,
          summary: data.meta.summary ?? "",
          excerpt: state.q.trim() ? data.excerpt : "",
          kind: data.filters.kind?.[0] ?? "",
        };
      });
      await loadPageData(PAGE_SIZE);
      if (run !== textRun) return;
      textList.replaceChildren(...pending.map(pageItem));
      textSection.hidden = search.results.length === 0;
      moreButton.hidden = pendingData.length === 0;
      textStatus.textContent =
        search.results.length === 0
          ? "No page matches in full text."
          : `${plural(search.results.length, "page", "pages")} in full text${state.sort ? ", by value" : ""}.`;
      if (search.results.length > 0) markFirstResult();
    } catch {
      if (run === textRun) textStatus.textContent = "Full-text search could not be loaded.";
    }
  }

  function run(push: boolean): void {
    const query = writeState(state);
    if (query !== location.search)
      history[push ? "pushState" : "replaceState"](null, "", `${location.pathname}${query}`);
    // Names first; Pagefind starts once they are painted, so it never delays them.
    void showNames().then(() => requestAnimationFrame(() => setTimeout(() => void showPages(), 0)));
  }

  // While typing, names follow every key at once (a shard of the name index, fetched once); the
  // address and the full-text results wait for a pause, so Pagefind never holds up the names.
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("focus", () => names.warm(), { once: true });
  input.addEventListener("input", () => {
    clearTimeout(typing);
    state = { ...state, q: input.value };
    void showNames();
    typing = setTimeout(() => run(false), 250);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    state = { ...state, q: input.value };
    run(true);
  });
  form.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target === input) return;
    const data = new FormData(form);
    state = {
      ...state,
      kind: data.getAll("kind").map(String),
      council: data.getAll("council").map(String),
      year: String(data.get("year") ?? ""),
      department: String(data.get("department") ?? ""),
      questions: data.get("questions") === "yes",
      sort: sortSelect.value as Sort,
    };
    run(true);
  });
  options.addEventListener("toggle", () => {
    if (!options.open || filtersBuilt) return;
    filterBox.replaceChildren(el("p", {}, "Loading filters…"));
    void fullText()
      .then(async (engine) => {
        if (filtersBuilt) return;
        buildFilterControls(filterBox, await engine.filters(), state);
        filtersBuilt = true;
      })
      .catch(() => filterBox.replaceChildren(el("p", {}, "Filters could not be loaded.")));
  });
  moreButton.addEventListener("click", () => {
    const first = textList.children.length;
    void loadPageData(PAGE_SIZE).then(() => {
      textList.append(...pending.map(pageItem));
      moreButton.hidden = pendingData.length === 0;
      (textList.children[first]?.querySelector("a") as HTMLAnchorElement | null)?.focus();
    });
  });
  window.addEventListener("popstate", () => {
    state = readState(location.search);
    input.value = state.q;
    sortSelect.value = state.sort;
    if (filtersBuilt) {
      void fullText().then(async (engine) => buildFilterControls(filterBox, await engine.filters(), state));
    }
    run(false);
  });

  if (!isEmpty(state)) run(false);
}
