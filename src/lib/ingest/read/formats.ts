// The formats the ingest reads and the file names (extensions) each takes. Imports nothing: the
// data-file listing uses it before the configuration, or any reader, is loaded.

/** Format -> the extensions of its files, lower case, without the dot. */
export const FORMAT_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  csv: ["csv", "txt", "tsv"],
  workbook: ["xlsx", "xlsm", "xls"],
  zip: ["zip"],
};

/** Whether a file of this name is an archive whose members are listed as files of their own. */
export const isArchiveName = (name: string): boolean =>
  FORMAT_EXTENSIONS.zip?.includes(extensionOf(name)) ?? false;

/** The lower-case extension of a file name ("" when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot === -1 || dot < name.lastIndexOf("/") ? "" : name.slice(dot + 1).toLowerCase();
}

/** The format whose files are named like this, or null. */
export function formatOfName(name: string): string | null {
  const extension = extensionOf(name);
  for (const [format, extensions] of Object.entries(FORMAT_EXTENSIONS)) {
    if (extensions.includes(extension)) return format;
  }
  return null;
}

/** Whether a file of this name is one the ingest reads. */
export function isReadableName(name: string): boolean {
  return formatOfName(name) !== null;
}
