// Ingests one contract-register file into contracts (kept in memory: registers are small).
import { ExactSum } from "../../exact-sum.ts";
import type { FileQuality } from "../../model.ts";
import type { ContractEntry } from "../../tables/contracts.ts";
import type { ColumnMapping } from "../map/columns.ts";
import { readPublishedFile } from "../read/published-file.ts";
import { supplierSlug } from "../suppliers/supplier-names.ts";
import { readContractRow } from "./contract-row.ts";
import type { CouncilRun } from "./council-run.ts";
import { emptyQuality, noteDoubleAmount, refuseOutsideData, settleFile } from "./file-quality.ts";

/** A contract before supplier ids are resolved: the registry's name entry instead of supplierId. */
export type StagedContract = Omit<ContractEntry, "supplierId"> & { nameId: number | null };

export async function ingestContractsFile(
  run: CouncilRun,
  file: string,
  contracts: StagedContract[],
  usedIds: Set<string>,
): Promise<FileQuality> {
  const quality = emptyQuality(run.slug, "contracts", file);
  const options = run.config.files?.[file];
  const replacedBy = run.replacedBy.get(file) ?? null;
  const total = new ExactSum();
  let mapping: ColumnMapping | null = null;

  const onRecord = (cells: string[], line: number, problem: string | undefined) => {
    if (replacedBy || !mapping) return;
    if (problem) {
      quality.rejects.push({ line, reason: problem });
      return;
    }
    const result = readContractRow(cells, mapping);
    if (!result.ok) {
      quality.rejects.push({ line, reason: result.reason });
      return;
    }
    const row = result.row;
    const nameId = row.supplier ? run.registry.entryOf(row.supplier) : null;
    if (nameId !== null) run.registry.note(nameId, run.slug, null, row.companyNumber);
    const purchasingKey = row.purchasingBody
      ? run.registry.entry(run.registry.entryOf(row.purchasingBody)).key
      : "";
    if (row.totalValue !== null) total.add(row.totalValue);
    quality.accepted++;
    for (const published of result.doubleAmounts ?? []) noteDoubleAmount(quality, line, published);
    const { notes, ...fields } = row;
    contracts.push({
      ...fields,
      id: uniqueId(`${run.slug}-${supplierSlug((row.reference || row.title).toLowerCase())}`, usedIds),
      council: run.slug,
      nameId,
      purchasingCouncil: purchasingKey ? run.registry.partnerOf(purchasingKey) : "",
      notes: notes.join("; "),
      sourceFile: file,
      sourceLine: line,
    });
  };

  if (refuseOutsideData(quality, run.dir)) return quality;
  let read: Awaited<ReturnType<typeof readPublishedFile>>;
  try {
    read = await readPublishedFile({
      path: run.pathOf(file),
      kind: "contracts",
      overrides: run.config.columns,
      encoding: options?.encoding,
      headerLine: options?.header_line,
      onHeader: (found) => {
        mapping = found;
      },
      onRecord,
    });
  } catch (error) {
    quality.file_reason = `file could not be read: ${(error as Error).message}`;
    return quality;
  }
  settleFile(quality, read, "contracts", replacedBy, total);
  return quality;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
