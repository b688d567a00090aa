// The reader of published CSV (and tab-separated) text: one pass hashes the bytes and finds their
// encoding (decode.ts), then the decoded text streams through papaparse in batches (csv.ts). A file
// that is not text at all (compressed, a workbook, a PDF) is rejected whole without being parsed.
import { parseCsvText } from "./csv.ts";
import { openText, sniffFile } from "./decode.ts";
import type { FileReport, Reader } from "./reader.ts";

export const csvReader: Reader = {
  format: "csv",
  async read(request, onBatch): Promise<FileReport> {
    const path = request.file.path;
    const sniff = await sniffFile(path, request.encoding, { bytes: request.bytes });
    const report: FileReport = {
      sha256: sniff.sha256,
      bytes: sniff.bytes,
      encoding: sniff.encoding,
      encodingReason: sniff.encodingReason,
      rejection: sniff.binary ? `not a CSV text file: it looks like ${sniff.binary}` : null,
    };
    if (!sniff.binary) {
      const delimiter = await parseCsvText(openText(path, sniff), onBatch);
      if (delimiter !== null) report.delimiter = delimiter;
    }
    return report;
  },
};
