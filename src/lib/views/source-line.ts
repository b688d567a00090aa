// The /source-line/ viewer's list of published files, and the address of one line in it.
import type { FileQuality } from "../model.ts";
import type { OpaqueFile } from "../sources/line-place.ts";
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
      // A member is downloaded as the archive it is in.
      bytes: f.archive?.bytes ?? f.bytes,
      setAside: f.rejected > 0 || f.file_reason !== null,
      ...(opaqueOf(f) ? { opaque: opaqueOf(f) } : {}),
    }));
}

/** How to find a line of a file that is not text the viewer can show (a workbook, an archive's member). */
function opaqueOf(f: FileQuality): OpaqueFile | undefined {
  if (f.archive)
    return { kind: "member", archive: f.archive.file, member: f.file.slice(f.archive.file.length + 2) };
  if (f.format === "workbook") return { kind: "workbook", sheets: f.sheets ?? [] };
  return undefined;
}

/** The viewer's address for one line of a published file. */
export const sourceLinePath = (council: string, file: string, line: number): string =>
  pagePath(`source-line/?file=${encodeURIComponent(`${council}/${file}`)}&line=${line}`);
