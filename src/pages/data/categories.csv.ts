// /data/categories.csv: every published department and expense type with its comparable category.
import { mappingCsv } from "../../lib/categories/mapping.ts";
import { categoryMappingOf } from "../../lib/dataset/index.ts";

export function GET(): Response {
  return new Response(mappingCsv(categoryMappingOf().entries), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
}
