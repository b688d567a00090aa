// Every shared supplier as CSV (declared in tables/shared-suppliers.ts): one line per supplier and
// paying council (text cells formula-guarded, amounts plain decimals).

import { formatDecimal } from "../money.ts";
import { type CellsOf, csvLineOf, plain } from "../tables/csv-write.ts";
import { SHARED_SUPPLIERS } from "../tables/shared-suppliers.ts";
import type { SharedSupplier } from "./shared-suppliers.ts";

/** A shared supplier and one council that paid it. */
interface SupplierCouncil {
  supplier: SharedSupplier;
  council: SharedSupplier["byCouncil"][number];
}

const ids = (contracts: SharedSupplier["jointContracts"], separator: string) =>
  contracts.map((k) => k.id).join(separator);

const CELLS: CellsOf<typeof SHARED_SUPPLIERS, SupplierCouncil> = {
  supplier_id: ({ supplier }) => supplier.id,
  supplier: ({ supplier }) => supplier.name,
  council: ({ council }) => council.slug,
  spend: ({ council }) => plain(formatDecimal(council.total)),
  combined_spend: ({ supplier }) => plain(formatDecimal(supplier.combined)),
  partners: ({ supplier }) => supplier.byCouncil.length,
  joint_contracts: ({ supplier }) =>
    ids(supplier.jointContracts, SHARED_SUPPLIERS.column.joint_contracts.list),
  single_council_contracts: ({ supplier }) =>
    ids(supplier.singleContracts, SHARED_SUPPLIERS.column.single_council_contracts.list),
};
const sharedLine = csvLineOf(SHARED_SUPPLIERS, CELLS);

export function sharedSuppliersCsv(shared: readonly SharedSupplier[]): string {
  let out = `${SHARED_SUPPLIERS.header}\n`;
  for (const supplier of shared) {
    for (const council of supplier.byCouncil) out += `${sharedLine({ supplier, council })}\n`;
  }
  return out;
}
