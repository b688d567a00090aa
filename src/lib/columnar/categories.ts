// The service category of each council's published department, as the cost-comparison charts class
// them (council.json "categories.service" overrides first, then the keyword rules): the mapping the
// category aggregate's SQL joins on.
import { classifyService } from "../categories/classify.ts";
import type { DataConfig } from "../config/load.ts";
import type { DepartmentCategory } from "./aggregates.ts";

export function departmentCategoryOf(config: DataConfig): DepartmentCategory {
  const overrides = new Map(config.councils.map((c) => [c.slug, c.config.categories?.services]));
  return (council, department) => classifyService(department, overrides.get(council)).id;
}
