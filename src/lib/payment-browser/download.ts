// "Download what I see" for any number of payments: payments.csv's lines in the order asked for,
// built one row group at a time (each read once, then let go), so memory holds the lines being
// written rather than every column of every group. The result is a list of text pieces for a Blob.
import { PAYMENTS } from "../tables/payments.ts";
import { type ParquetPayment, paymentLine } from "./csv.ts";
import type { PaymentsParquet } from "./parquet.ts";
import type { QueryResult } from "./query.ts";

/** Positions into `result.order`, bucketed by the row group of the payment there. */
function ordersByGroup(result: QueryResult): Map<number, number[]> {
  const byGroup = new Map<number, number[]>();
  for (let k = 0; k < result.order.length; k++) {
    const group = result.matches.group[result.order[k] as number] as number;
    const list = byGroup.get(group);
    if (list) list.push(k);
    else byGroup.set(group, [k]);
  }
  return byGroup;
}

/**
 * payments.csv's header and one line per matching payment, in `result`'s order, as pieces to join
 * (or hand to a Blob), `linesPerPiece` lines a piece so that no one string grows with the download.
 * `progress` hears the row groups done of all.
 */
export async function paymentsCsvPieces(
  file: PaymentsParquet,
  result: QueryResult,
  progress: (groupsDone: number, groups: number) => void = () => {},
  linesPerPiece = 10_000,
): Promise<string[]> {
  const lines: (string | undefined)[] = new Array(result.order.length);
  const byGroup = ordersByGroup(result);
  let done = 0;
  for (const [group, positions] of byGroup) {
    const unread = PAYMENTS.names.filter((name) => !file.holds(group, name));
    const columns = (await file.columns(group, PAYMENTS.names)) as Record<string, ArrayLike<unknown>>;
    const payment: Record<string, unknown> = {};
    for (const k of positions) {
      const row = result.matches.row[result.order[k] as number] as number;
      for (const name of PAYMENTS.names) payment[name] = columns[name]?.[row];
      lines[k] = paymentLine(payment as ParquetPayment);
    }
    file.forget(group, unread);
    progress(++done, byGroup.size);
  }
  const pieces = [`${PAYMENTS.header}\n`];
  for (let start = 0; start < lines.length; start += linesPerPiece) {
    const end = Math.min(lines.length, start + linesPerPiece);
    pieces.push(`${lines.slice(start, end).join("\n")}\n`);
    lines.fill(undefined, start, end);
  }
  return pieces;
}
