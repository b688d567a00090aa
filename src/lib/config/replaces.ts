// Which published files a council's corrected re-issues replace (council.json's files.<name>.replaces).
// Types only from the schema: the ingest's worker threads use this without loading zod.
import type { CouncilConfig, FileOptions } from "./schema.ts";

/** The files one file's options say it replaces: none, one or a list. */
export function replacedFiles(options: FileOptions): string[] {
  const { replaces } = options;
  return replaces === undefined ? [] : typeof replaces === "string" ? [replaces] : replaces;
}

/** Each replaced file of a council, with the corrected re-issue that replaces it. */
export function replacementsOf(config: CouncilConfig): Map<string, string> {
  const replacedBy = new Map<string, string>();
  for (const [file, options] of Object.entries(config.files ?? {}))
    for (const replaced of replacedFiles(options)) replacedBy.set(replaced, file);
  return replacedBy;
}
