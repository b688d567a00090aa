// flag_payments.csv: the payments behind the flags it is given (write.ts: those listed on /questions/,
// those scoring above the floor, and those whose line of flags.csv cannot list them all), one line
// each (flag id, payment id, council, date, amount, published file and line, and the flag's word about
// it, such as "credit note"), in flags.csv's order and each flag's own. Joins to payments.csv by
// payment_id.
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { ByteSink, put, putAmount, putInt } from "../../tables/byte-writer.ts";
import { textCell } from "../../tables/csv-write.ts";
import { FLAG_PAYMENTS } from "../../tables/flag-payments.ts";
import type { PackedStrings } from "../../tables/packed-strings.ts";
import type { FlagContext } from "../engine/context.ts";
import type { Flag } from "../engine/flag.ts";

/** Bytes of a text cell as written (guarded and quoted, UTF-8). */
const cellBytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(textCell(text), "utf8"));

/**
 * Item i of some packed strings at pos, as textCell writes it: plain ASCII copied from its block as
 * is, anything else (a character to quote or guard, or beyond ASCII) through textCell.
 */
function putPacked(buf: Uint8Array, at: number, strings: PackedStrings, i: number): number {
  const text = strings.block(i);
  const from = strings.start(i);
  const to = strings.end(i);
  const first = text.charCodeAt(from);
  let plain = !(first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13);
  for (let k = from; k < to && plain; k++) {
    const c = text.charCodeAt(k);
    plain = c < 128 && c !== 34 && c !== 44 && c !== 10 && c !== 13;
  }
  if (!plain) return put(buf, at, cellBytes(strings.get(i)));
  let pos = at;
  for (let k = from; k < to; k++) buf[pos++] = text.charCodeAt(k);
  return pos;
}

/**
 * Writes outDir/flag_payments.csv; returns the number of lines after the header. A million lines are
 * written as bytes, straight into large buffers, their cells in FLAG_PAYMENTS's column order: councils, dates and files repeat on most lines and
 * are encoded once each, amounts and line numbers are formatted in place (byte-writer.ts).
 */
export function writeFlagPaymentsCsv(
  outDir: string,
  ctx: FlagContext,
  flags: readonly Flag[],
  included: (index: number) => boolean = () => true,
): number {
  const p = ctx.payments;
  const cells: (Uint8Array | undefined)[] = [];
  const cell = (id: number): Uint8Array => {
    let bytes = cells[id];
    if (bytes === undefined) {
      bytes = cellBytes(p.text.get(id));
      cells[id] = bytes;
    }
    return bytes;
  };
  const fd = openSync(join(outDir, FLAG_PAYMENTS.file), "w");
  const sink = new ByteSink((chunk) => writeSync(fd, chunk));
  const header = Buffer.from(FLAG_PAYMENTS.header, "latin1");
  put(sink.reserve(header.length + 1), sink.pos, header);
  sink.pos += header.length;
  let lines = 0;
  for (let f = 0; f < flags.length; f++) {
    if (!included(f)) continue;
    const flag = flags[f] as Flag;
    const head = cellBytes(flag.id);
    const notes = flag.notes;
    for (const row of flag.rows) {
      const idLength = p.ids.end(row) - p.ids.start(row);
      const council = cell(p.council[row] as number);
      const date = cell(p.date[row] as number);
      const file = cell(p.file[row] as number);
      const note = notes?.get(row);
      const noteBytes = note === undefined ? undefined : cellBytes(note);
      const buf = sink.reserve(
        head.length +
          idLength * 3 +
          2 +
          council.length +
          date.length +
          file.length +
          (noteBytes?.length ?? 0) +
          80,
      );
      let pos = sink.pos;
      buf[pos++] = 10;
      pos = put(buf, pos, head);
      buf[pos++] = 44;
      pos = putPacked(buf, pos, p.ids, row);
      buf[pos++] = 44;
      pos = put(buf, pos, council);
      buf[pos++] = 44;
      pos = put(buf, pos, date);
      buf[pos++] = 44;
      pos = putAmount(buf, pos, p.amount[row] as number);
      buf[pos++] = 44;
      pos = put(buf, pos, file);
      buf[pos++] = 44;
      pos = putInt(buf, pos, p.line[row] as number);
      buf[pos++] = 44;
      if (noteBytes !== undefined) pos = put(buf, pos, noteBytes);
      sink.pos = pos;
    }
    lines += flag.rows.length;
  }
  const last = sink.reserve(1);
  last[sink.pos++] = 10;
  sink.finish();
  closeSync(fd);
  return lines;
}
