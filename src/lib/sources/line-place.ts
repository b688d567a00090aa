// Where a line of a published file is when the file is not text the viewer can show: a workbook's
// row on its sheet, or a line of a file inside an archive. The viewer then says where, and links the
// file as published, rather than pretend to show a line it cannot decode.

/** A workbook's sheet and the lines of the file its rows are (first_line is its first row's line). */
export interface SheetLines {
  name: string;
  first_line: number;
  last_line: number;
}

/** How the viewer finds a line of a file it cannot show as text. */
export type OpaqueFile =
  | { kind: "workbook"; sheets: SheetLines[] }
  | { kind: "member"; archive: string; member: string };

/**
 * The sheet and row a line of a workbook is: lines of a later sheet follow on from the last row of the
 * sheets before it, so its row is the line less the last line of the sheet before; null when no sheet
 * holds the line.
 */
export function sheetRowOf(
  sheets: readonly SheetLines[],
  line: number,
): { sheet: string; row: number } | null {
  let before = 0;
  for (const sheet of sheets) {
    if (line <= sheet.last_line)
      return line >= sheet.first_line ? { sheet: sheet.name, row: line - before } : null;
    before = sheet.last_line;
  }
  return null;
}

/** Where the line is, in words. */
export function linePlace(opaque: OpaqueFile, line: number): string {
  if (opaque.kind === "member") {
    return `Line ${line} is line ${line} of ${opaque.member}, a file inside the archive ${opaque.archive}. The site does not unpack archives in the browser: download the archive as published and open ${opaque.member} at line ${line}.`;
  }
  const place = sheetRowOf(opaque.sheets, line);
  const where = place
    ? `Line ${line} is row ${place.row} of the sheet "${place.sheet}" of this workbook.`
    : `No sheet of this workbook has a row read as line ${line}.`;
  return `${where} A workbook is not text, so its rows are not shown here: download it as published and open it at that sheet and row.`;
}
