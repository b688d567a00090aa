// Every shared supplier as CSV: one line per supplier and paying council (text cells formula-guarded).

import { formatDecimal } from "../money.ts";
import { csvLine, plain } from "../tables/csv-write.ts";
import type { SharedSupplier } from "./shared-suppliers.ts";

export const SHARED_CSV_HEADER = [
  "supplier_id",
  "supplier",
  "council",
  "spend",
  "combined_spend",
  "partners",
  "joint_contracts",
  "single_council_contracts",
] as const;

export function sharedSuppliersCsv(shared: readonly SharedSupplier[]): string {
  let out = `${SHARED_CSV_HEADER.join(",")}\n`;
  for (const s of shared) {
    const joint = s.jointContracts.map((k) => k.id).join(" ");
    const single = s.singleContracts.map((k) => k.id).join(" ");
    for (const c of s.byCouncil) {
      out += `${csvLine([s.id, s.name, c.slug, plain(formatDecimal(c.total)), plain(formatDecimal(s.combined)), s.byCouncil.length, joint, single])}\n`;
    }
  }
  return out;
}
