// Terminal progress: a live line per file on a TTY, one plain line per file otherwise (CI).
import type { FileQuality } from "../../model.ts";
import type { IngestReporter } from "../run.ts";

export function fileLine(quality: FileQuality, seconds: number): string {
  const rate = seconds > 0 ? Math.round(quality.rows / seconds) : quality.rows;
  const status = quality.file_reason
    ? `NOT USED: ${quality.file_reason}`
    : `${quality.accepted} kept, ${quality.rejected} rejected`;
  return `${quality.council}/${quality.file}  ${quality.encoding}  ${quality.rows} rows  ${status}  (${rate.toLocaleString("en-GB")} rows/s)`;
}

export function consoleReporter(stream: NodeJS.WriteStream): IngestReporter {
  const live = stream.isTTY === true;
  let started = 0;
  let label = "";
  let lastPaint = 0;
  return {
    fileStart(council, file) {
      started = performance.now();
      label = `${council}/${file}`;
    },
    fileProgress(rows) {
      if (!live || (rows & 1023) !== 0) return;
      const now = performance.now();
      if (now - lastPaint < 100) return;
      lastPaint = now;
      const rate = Math.round(rows / ((now - started) / 1000));
      stream.write(
        `\r\x1b[K${label}  ${rows.toLocaleString("en-GB")} rows  ${rate.toLocaleString("en-GB")} rows/s`,
      );
    },
    fileDone(quality, seconds) {
      const line = fileLine(quality, seconds ?? (performance.now() - started) / 1000);
      stream.write(live ? `\r\x1b[K${line}\n` : `${line}\n`);
    },
  };
}
