// Suppliers from suppliers.csv: one id across all councils, with every name it was published under.
import { readRecords } from "../tables/csv-read.ts";
import { SUPPLIERS, type SupplierRecord } from "../tables/suppliers.ts";

export type { SupplierRecord };

export const loadSuppliers = (path: string): Promise<SupplierRecord[]> => readRecords(path, SUPPLIERS);
