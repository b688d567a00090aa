// The flags step's input: payments.parquet (written after the ingest) and contracts.csv in a dataset folder, and the
// councils (names, category overrides) and arrangements from the data folder's configuration.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DataConfig } from "../../config/load.ts";
import { groupContracts, loadRegisterEntries } from "../../dataset/contracts.ts";
import { CONTRACTS } from "../../tables/contracts.ts";
import type { FlagInput } from "./context.ts";
import { loadFlagPaymentsFromParquet } from "./payments.ts";

export async function loadFlagInput(datasetDir: string, config: DataConfig): Promise<FlagInput> {
  const contractsPath = join(datasetDir, CONTRACTS.file);
  const entries = existsSync(contractsPath) ? await loadRegisterEntries(contractsPath) : [];
  const slugs = config.councils.map((c) => c.slug);
  return {
    payments: await loadFlagPaymentsFromParquet(datasetDir),
    councils: config.councils.map((c) => ({
      slug: c.slug,
      name: c.config.name,
      categories: c.config.categories,
    })),
    contracts: groupContracts(entries, slugs, config.partnership.arrangements ?? []),
  };
}
