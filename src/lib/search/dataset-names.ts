// The named things of a built dataset: councils (name, short name, aliases), suppliers (every name
// published) and contracts (title and reference), with their values and councils.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDirFromEnv, loadDataConfig } from "../config/load.ts";
import { type ContractRecord, groupContracts, loadRegisterEntries } from "../dataset/contracts.ts";
import { noticeOnlyContracts } from "../dataset/notice-contracts.ts";
import { loadOcds } from "../dataset/ocds.ts";
import { loadSuppliers, type SupplierRecord } from "../dataset/suppliers.ts";
import type { FileQuality } from "../model.ts";
import { formatDecimal } from "../money.ts";
import { councilHasRows } from "../views/council.ts";
import { indexEntries, type NamedThing } from "./entries.ts";
import { NAMES_DIR } from "./format.ts";
import { buildNameIndex, type NameIndex, type ShardOptions } from "./shards.ts";

export interface CouncilName {
  slug: string;
  name: string;
  otherNames: string[];
  /** Exact pounds paid, plain decimal. */
  total: string;
}

const id = (text: string) => encodeURIComponent(text);

export function namedThings(
  councils: CouncilName[],
  suppliers: SupplierRecord[],
  contracts: ContractRecord[],
): NamedThing[] {
  const nameOf = new Map(councils.map((c) => [c.slug, c.name]));
  const names = (slugs: string[]) => slugs.map((s) => nameOf.get(s) ?? s);
  const things: NamedThing[] = councils.map((c) => ({
    kind: "Council",
    name: c.name,
    variants: c.otherNames,
    path: `councils/${c.slug}/`,
    value: c.total,
    councils: [c.name],
  }));
  for (const s of suppliers) {
    things.push({
      kind: "Supplier",
      name: s.name,
      variants: s.namesPublished,
      path: `suppliers/${id(s.id)}/`,
      value: formatDecimal(s.total),
      councils: names(s.councils),
    });
  }
  for (const c of contracts) {
    things.push({
      kind: "Contract",
      name: c.title || c.reference || "Untitled contract",
      variants: c.reference ? [c.reference] : [],
      path: `contracts/${id(c.id)}/`,
      value: c.totalValue === null ? "" : formatDecimal(c.totalValue),
      councils: names(c.councils),
    });
  }
  return things;
}

interface QualityJson {
  councils: { council: string; amount_total: string }[];
  files: Pick<FileQuality, "council" | "kind" | "accepted">[];
}

/** Reads the dataset the ingest wrote and the data folder's configuration, and builds the index. */
export async function nameIndexFromDataset(
  datasetDir: string,
  dataDir = dataDirFromEnv(),
  options: ShardOptions = {},
): Promise<NameIndex> {
  const config = loadDataConfig(dataDir);
  const quality = JSON.parse(readFileSync(join(datasetDir, "quality.json"), "utf8")) as QualityJson;
  // A council none of whose payments could be read has no total (not £0.00): its page says why.
  const totals = new Map(
    quality.councils
      .filter((c) => councilHasRows(c.council, quality.files).payments)
      .map((c) => [c.council, c.amount_total]),
  );
  const councils: CouncilName[] = config.councils.map((c) => ({
    slug: c.slug,
    name: c.config.name,
    otherNames: [...(c.config.short_name ? [c.config.short_name] : []), ...(c.config.aliases ?? [])],
    total: totals.get(c.slug) ?? "",
  }));
  const suppliers = await loadSuppliers(join(datasetDir, "suppliers.csv"));
  const contractsCsv = join(datasetDir, "contracts.csv");
  const entries = existsSync(contractsCsv) ? await loadRegisterEntries(contractsCsv) : [];
  const contracts = groupContracts(
    entries,
    councils.map((c) => c.slug),
    config.partnership.arrangements ?? [],
  );
  // Contracts published only as OCDS notices have pages too (their ids as on the site).
  contracts.push(...noticeOnlyContracts(loadOcds(datasetDir)));
  const councilNames = councils.map((c) => c.name);
  return buildNameIndex(
    indexEntries(namedThings(councils, suppliers, contracts), councilNames),
    councilNames,
    options,
  );
}

/** Replaces <site>/search/names/ with the index's files. */
export function writeNameIndex(site: string, index: NameIndex): string {
  const dir = join(site, NAMES_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, bytes] of index.files) writeFileSync(join(dir, file), bytes);
  return dir;
}
