// The pages and files the published dataset says the site must have: a page per council (quality.json),
// per supplier (suppliers.csv), per contract (contracts.csv grouped as the pages group it, and each
// OCDS notice no register entry describes, from ocds.json), and every original file under sources/ with the sha256 quality.json (or, for OCDS files, ocds.json) states.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { groupContracts, loadRegisterEntries } from "../dataset/contracts.ts";
import { noticeOnlyContracts } from "../dataset/notice-contracts.ts";
import { loadOcds } from "../dataset/ocds.ts";
import { CONTRACTS } from "../tables/contracts.ts";
import { readCsvRows } from "../tables/csv-read.ts";
import { SUPPLIERS } from "../tables/suppliers.ts";
import { columnsOf } from "../tables/table.ts";
import type { Problem } from "./problems.ts";

interface QualitySubset {
  councils: { council: string }[];
  files: { council: string; file: string; sha256: string; archive?: { file: string; sha256: string } }[];
}

export interface ExpectedCounts {
  councils: number;
  suppliers: number;
  contracts: number;
  sources: number;
}

export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

async function supplierIds(path: string): Promise<string[]> {
  const ids: string[] = [];
  await readCsvRows(path, columnsOf(SUPPLIERS, "id"), (cells, at) => {
    ids.push(cells[at.id] ?? "");
  });
  return ids;
}

/**
 * Checks the site folder `site` against the dataset it publishes in `dataDir` (normally `<site>/data`).
 * `exists(file)` says whether a path relative to the site folder is a file of the site.
 */
export async function checkExpected(
  site: string,
  dataDir: string,
  exists: (file: string) => boolean,
): Promise<{ problems: Problem[]; counts: ExpectedCounts }> {
  const problems: Problem[] = [];
  const counts: ExpectedCounts = { councils: 0, suppliers: 0, contracts: 0, sources: 0 };
  const qualityPath = join(dataDir, "quality.json");
  if (!existsSync(qualityPath)) {
    problems.push({
      file: relative(site, qualityPath),
      message: "missing: cannot check council pages and sources",
      kind: "dataset",
    });
    return { problems, counts };
  }
  const quality = JSON.parse(readFileSync(qualityPath, "utf8")) as QualitySubset;
  const slugs = quality.councils.map((c) => c.council);
  const expectPage = (folder: string, id: string, what: string, listedIn: string) => {
    const file = `${folder}/${id}/index.html`;
    if (id === "" || !exists(file)) {
      problems.push({
        file,
        message: `missing page for ${what} "${id}" (listed in ${listedIn})`,
        kind: `missing ${what} page`,
      });
    }
  };

  for (const slug of slugs) expectPage("councils", slug, "council", "quality.json");
  counts.councils = slugs.length;

  const suppliersPath = join(dataDir, SUPPLIERS.file);
  if (existsSync(suppliersPath)) {
    const ids = await supplierIds(suppliersPath);
    for (const id of ids) expectPage("suppliers", id, "supplier", SUPPLIERS.file);
    counts.suppliers = ids.length;
  } else
    problems.push({
      file: relative(site, suppliersPath),
      message: "missing: cannot check supplier pages",
      kind: "dataset",
    });

  const ocds = loadOcds(dataDir);
  const notices = noticeOnlyContracts(ocds);
  for (const c of notices) expectPage("contracts", c.id, "contract", "ocds.json");
  counts.contracts = notices.length;
  const contractsPath = join(dataDir, CONTRACTS.file);
  if (existsSync(contractsPath)) {
    const contracts = groupContracts(await loadRegisterEntries(contractsPath), slugs);
    for (const c of contracts) expectPage("contracts", c.id, "contract", CONTRACTS.file);
    counts.contracts += contracts.length;
  } else
    problems.push({
      file: relative(site, contractsPath),
      message: "missing: cannot check contract pages",
      kind: "dataset",
    });

  const checked = new Set<string>();
  const published: QualitySubset["files"] = [...quality.files, ...ocds.files];
  for (const q of published) {
    // A refused file (a link, a path outside the data folder) is not published; an archive's member is
    // published inside its archive, which is checked once.
    if (q.sha256 === "" && !q.archive) continue;
    const f = q.archive ? { council: q.council, file: q.archive.file, sha256: q.archive.sha256 } : q;
    const file = `sources/${f.council}/${f.file}`;
    if (checked.has(file)) continue;
    checked.add(file);
    counts.sources++;
    if (!exists(file)) {
      problems.push({ file, message: "missing original file listed in quality.json", kind: "source file" });
      continue;
    }
    const actual = await sha256OfFile(join(site, file));
    if (actual !== f.sha256) {
      problems.push({
        file,
        message: `sha256 ${actual} differs from quality.json (${f.sha256})`,
        kind: "source file",
      });
    }
  }
  return { problems, counts };
}
