// The /source-line/ viewer's list of published files, and the address of one line in it.
import type { FileQuality } from "../model.ts";
import type { ViewerFile } from "../sources/published-text.ts";
import { pagePath, sourcePath } from "./links.ts";

/** Every published file the viewer may show (files that were read: an empty or binary one has no lines). */
export function viewerFiles(
  files: readonly FileQuality[],
  councilName: (slug: string) => string,
): ViewerFile[] {
  return files
    .filter((f) => f.encoding !== "" && f.bytes > 0)
    .map((f) => ({
      council: f.council,
      council_name: councilName(f.council),
      file: f.file,
      encoding: f.encoding,
      header_line: f.header_line,
      href: sourcePath(f.council, f.file),
      bytes: f.bytes,
      setAside: f.rejected > 0 || f.file_reason !== null,
    }));
}

/** The viewer's address for one line of a published file. */
export const sourceLinePath = (council: string, file: string, line: number): string =>
  pagePath(`source-line/?file=${encodeURIComponent(`${council}/${file}`)}&line=${line}`);
