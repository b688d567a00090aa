// The data-quality page's model: the records kept and set aside overall and by council, the months no
// file covers, the scorecard (also data/scorecard.csv), the commonest reasons records were set aside,
// and every published file with its notes and its records set aside grouped by reason (OCDS files:
// releases read, kept and set aside).
import {
  contracts,
  councils,
  files,
  ocds,
  payments,
  qualityByCouncil,
  qualityTotals,
  rejectReasons,
} from "../dataset/index.ts";
import { count } from "../format.ts";
import type { FileQuality } from "../model.ts";
import { isPublishedSource } from "../views/links.ts";
import { fileMonths } from "../views/months.ts";
import { type CouncilOcds, councilOcds } from "../views/ocds-quality.ts";
import { type ReasonGroup, reasonGroups, totalRowNote, warningParts } from "../views/quality.ts";
import { CODE_FIELDS, type CouncilScore, scorecard } from "../views/scorecard.ts";
import { scorecardCsv } from "../views/scorecard-csv.ts";

/** A published file as the page lists it. */
export interface FileRow {
  file: FileQuality;
  /** Whether the file is published under /sources/ (a refused file, such as a symbolic link, is not copied). */
  published: boolean;
  /** Why the whole file was set aside, else how many possible duplicates it holds, else "". */
  note: string;
  /** Its records set aside, grouped by reason (none when the whole file was set aside). */
  reasons: ReasonGroup[];
  /** Its notes, each as text and the lines it names. */
  warnings: ReturnType<typeof warningParts>[];
}

/** A council's records kept and set aside, and the months none of its payment files covers. */
export interface CouncilRecords {
  slug: string;
  name: string;
  files: number;
  rows: number;
  accepted: number;
  rejected: number;
  missingMonths: string[];
}

export interface DataQualityPage {
  totals: { files: number; rows: number; accepted: number; rejected: number };
  scores: CouncilScore[];
  /** Whether some council is listed last, not scored. */
  someNotScored: boolean;
  /** The Transparency Code fields a file is checked for: "body name, date, …". */
  codeFields: string;
  byCouncil: CouncilRecords[];
  rejectReasons: { reason: string; count: number }[];
  /** Contract register columns no field reads, per register (so a publisher sees what is not shown). */
  unusedRegisterColumns: { council: string; file: string; columns: string[] }[];
  /** Each council's files, and its OCDS files (undefined when it published none). */
  filesByCouncil: { slug: string; name: string; files: FileRow[]; ocds: CouncilOcds | undefined }[];
  /** What the published data cannot support, by council ("no contract register published, …"). */
  councilNotes: { slug: string; name: string; note: string }[];
}

/** The note for a council no contract in the register covers (the red flags raise no such questions). */
export const NO_REGISTER_NOTE =
  "no contract register published, so spend cannot be checked against contracts";

let scoresMemo: CouncilScore[] | null = null;
/** The scorecard, best first (worked out once for the page and its CSV). */
export function scores(): CouncilScore[] {
  scoresMemo ??= scorecard(councils, files, payments);
  return scoresMemo;
}

/** data/scorecard.csv. */
export const scorecardCsvText = (): string => scorecardCsv(scores());

export function fileRow(f: FileQuality): FileRow {
  return {
    file: f,
    published: isPublishedSource(f),
    note:
      f.file_reason ??
      (f.possible_duplicates > 0 ? `${count(f.possible_duplicates)} possible duplicate payments. ` : "") +
        totalRowNote(f),
    reasons: !f.file_reason && f.rejects.length > 0 ? reasonGroups(f.rejects) : [],
    warnings: f.warnings.map((w) => warningParts(w)),
  };
}

export function dataQualityPage(): DataQualityPage {
  const quality = new Map(qualityByCouncil.map((q) => [q.council, q]));
  const ownFiles = (slug: string) => files.filter((f) => f.council === slug);
  const scored = scores();
  return {
    totals: qualityTotals,
    scores: scored,
    someNotScored: scored.some((s) => s.notScored !== null),
    codeFields: CODE_FIELDS.map((g) => g.label).join(", "),
    byCouncil: councils.map((c) => {
      const q = quality.get(c.slug);
      return {
        slug: c.slug,
        name: c.name,
        files: q?.files ?? 0,
        rows: q?.rows ?? 0,
        accepted: q?.accepted ?? 0,
        rejected: q?.rejected ?? 0,
        missingMonths: fileMonths(ownFiles(c.slug)).missing,
      };
    }),
    rejectReasons,
    unusedRegisterColumns: files
      .filter((f) => f.kind === "contracts" && (f.unused_columns ?? []).length > 0)
      .map((f) => ({ council: f.council, file: f.file, columns: f.unused_columns as string[] })),
    filesByCouncil: councils.map((c) => ({
      slug: c.slug,
      name: c.name,
      files: ownFiles(c.slug).map(fileRow),
      ocds: councilOcds(ocds, c.slug),
    })),
    councilNotes: councils
      .filter((c) => !contracts.some((k) => k.councils.includes(c.slug)))
      .map((c) => ({ slug: c.slug, name: c.name, note: NO_REGISTER_NOTE })),
  };
}
