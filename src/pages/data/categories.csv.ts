// /data/categories.csv: every published department and expense type with its comparable category.
import { categoriesCsvText } from "../../lib/site/category-mapping.ts";

export function GET(): Response {
  return new Response(categoriesCsvText(), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
}
