// The comparable category of every published department and expense type in this build (worked out
// once, on first use): the about page's tables and data/categories.csv.
import { type Mapping, mappingCsv } from "../categories/mapping.ts";
import { councils, payments } from "../dataset/index.ts";
import { categoryMapping } from "../views/categories.ts";

let mappingMemo: Mapping | null = null;
/** Every published department and expense type with its comparable category. */
export function categoryMappingOf(): Mapping {
  mappingMemo ??= categoryMapping(payments, (slug) => councils.find((c) => c.slug === slug)?.categories);
  return mappingMemo;
}

/** data/categories.csv. */
export const categoriesCsvText = (): string => mappingCsv(categoryMappingOf().entries);
