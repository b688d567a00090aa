// dataset/ocds.ts: what the ingest read from the councils' OCDS files (ocds.json), and each
// register entry's OCDS contract (the same contract published as a notice).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OCDS_DATASET_FILE, type OcdsContract, type OcdsDataset } from "../ocds/model.ts";

/** ocds.json of a dataset folder; empty when the dataset was written before OCDS was read. */
export function loadOcds(datasetDir: string): OcdsDataset {
  const path = join(datasetDir, OCDS_DATASET_FILE);
  if (!existsSync(path)) return { contracts: [], set_aside: [], files: [] };
  return JSON.parse(readFileSync(path, "utf8")) as OcdsDataset;
}

/** Register entry id (contracts.csv) → the OCDS contract matched to it. */
export function ocdsByRegisterEntry(ocds: OcdsDataset): Map<string, OcdsContract> {
  const byEntry = new Map<string, OcdsContract>();
  for (const contract of ocds.contracts)
    for (const match of contract.register_matches) byEntry.set(match.entry_id, contract);
  return byEntry;
}
