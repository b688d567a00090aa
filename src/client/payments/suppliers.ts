// A typed supplier name → the ids of the suppliers it names, from the site's name index (the same
// index search uses: every name each council published a supplier under).
import { createNameIndex } from "../search/names.ts";

/** Suppliers a name can stand for, at most: more is too broad to be a supplier filter. */
export const MOST_SUPPLIERS = 200;

export interface SupplierLookup {
  ids: Set<string>;
  /** The names found, for the status line. */
  names: string[];
  /** The index held only a preview of the names (the most paid): a longer name finds the rest. */
  partial: boolean;
}

export function createSupplierLookup(base: string) {
  const index = createNameIndex(base);
  return async (typed: string): Promise<SupplierLookup> => {
    const result = await index.search({
      q: typed,
      kind: ["Supplier"],
      council: [],
      year: "",
      department: "",
      questions: false,
      sort: "",
    });
    const found = result.matches.slice(0, MOST_SUPPLIERS);
    const ids = new Set<string>();
    const names: string[] = [];
    for (const { entry } of found) {
      const id = /^suppliers\/([^/]+)\/$/.exec(entry[2])?.[1];
      if (id === undefined) continue;
      ids.add(decodeURIComponent(id));
      names.push(entry[1]);
    }
    return { ids, names, partial: !result.complete || result.matches.length > MOST_SUPPLIERS };
  };
}
