// A council's OCDS files (ocds/): each read as a stream, each release merged into its contract (by ocid)
// as it is read (no file's releases are all held), and matched to the council's register entries. A file that must not be read (a symbolic link, a
// path leading out of the data folder) or cannot be opened is set aside whole, saying why.
import { join } from "node:path";
import { listOcdsFiles, refusedFileReason } from "../../config/data-files.ts";
import type { OcdsContract, OcdsFileSummary, OcdsSetAside } from "../../ocds/model.ts";
import type { StagedContract } from "../rows/contracts-file.ts";
import { supplierKey } from "../suppliers/supplier-names.ts";
import type { SupplierRegistry } from "../suppliers/supplier-registry.ts";
import { matchRegister } from "./match.ts";
import { ContractMerger } from "./merge.ts";
import { readOcdsFile } from "./ocds-file.ts";

export interface CouncilOcds {
  contracts: OcdsContract[];
  set_aside: OcdsSetAside[];
  files: OcdsFileSummary[];
}

const unreadFile = (council: string, file: string, reason: string): OcdsFileSummary => ({
  council,
  file,
  sha256: "",
  bytes: 0,
  releases: 0,
  kept: 0,
  set_aside: 0,
  file_reason: reason,
});

/** register: every register entry kept so far (only this council's are matched). */
export async function ingestCouncilOcds(
  council: string,
  dir: string,
  register: StagedContract[],
): Promise<CouncilOcds> {
  const merger = new ContractMerger(council);
  const add = (release: Parameters<ContractMerger["add"]>[0]) => merger.add(release);
  const result: CouncilOcds = { contracts: [], set_aside: [], files: [] };
  for (const file of listOcdsFiles(dir)) {
    const refused = refusedFileReason(dir, file);
    if (refused) {
      result.files.push(unreadFile(council, file, refused));
      continue;
    }
    try {
      const read = await readOcdsFile(join(dir, file), council, file, undefined, add);
      result.set_aside.push(...read.set_aside);
      result.files.push(read.summary);
    } catch (error) {
      result.files.push(unreadFile(council, file, `cannot be read: ${(error as Error).message}`));
    }
  }
  result.contracts = merger.finish();
  matchRegister(
    result.contracts,
    register.filter((entry) => entry.council === council),
  );
  return result;
}

/** Links each OCDS supplier to the supplier of the same name (matching key) among payments and registers. */
export function linkOcdsSuppliers(ocds: { contracts: OcdsContract[] }, registry: SupplierRegistry): void {
  const resolved = registry.resolve();
  for (const contract of ocds.contracts)
    for (const award of contract.awards)
      for (const supplier of award.suppliers)
        supplier.supplier_id = supplier.name ? (resolved.get(supplierKey(supplier.name))?.id ?? null) : null;
}
