// bench:ingest's DuckDB comparison: each payment file read again by DuckDB's read_csv with the settings
// the ingest found for it (its --read-settings: delimiter, encoding, first data line, amount column),
// every cell as text, and the amount column summed exactly as a DECIMAL after stripping spaces, £ and
// thousands commas. Files DuckDB cannot read so are listed with the reason and left out of both sides.
import type { FileReadSettings } from "../ingest/output/read-settings.ts";

/** DuckDB's name for the ingest's encoding, or null when DuckDB reads no such encoding without extensions. */
export function duckEncoding(encoding: string): string | null {
  const name = encoding.toLowerCase();
  if (name === "utf-8" || name === "ascii") return "utf-8";
  if (name === "utf-16le" || name === "utf-16be" || name === "utf-16") return "utf-16";
  // DuckDB's latin-1 refuses bytes 0x80–0x9f, which windows-1252 uses for € and quotes: such a file
  // fails when read and is then left out (bench:ingest probes every file before timing).
  if (name === "latin1" || name === "iso-8859-1" || name === "windows-1252") return "latin-1";
  return null;
}

/**
 * The SQL macro reading a published amount as the ingest does, exactly (DECIMAL(18, 6)): spaces, £
 * and thousands commas stripped; (540.00), 540.00-, 540.00 CR negative; 540.00 DR positive; anything
 * else not a number is NULL, which SUM leaves out (the ingest sets such a record aside).
 */
const STRIPPED = "replace(replace(trim(t), '£', ''), ',', '')";
const DEC = (v: string) => `TRY_CAST(trim(${v}) AS DECIMAL(18, 6))`;
export const AMOUNT_MACRO =
  "CREATE MACRO published_amount(t) AS CASE " +
  `WHEN ${STRIPPED} LIKE '(%)' THEN -${DEC(`${STRIPPED}[2:-2]`)} ` +
  `WHEN ${STRIPPED} LIKE '%-' THEN -${DEC(`${STRIPPED}[1:-2]`)} ` +
  `WHEN upper(${STRIPPED}) LIKE '%CR' THEN -${DEC(`${STRIPPED}[1:-3]`)} ` +
  `WHEN upper(${STRIPPED}) LIKE '%DR' THEN ${DEC(`${STRIPPED}[1:-3]`)} ` +
  `ELSE ${DEC(STRIPPED)} END`;

const text = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** The SQL summing one file's amount column, or the reason DuckDB's read_csv cannot read it as the ingest did. */
export function readCsvSum(file: FileReadSettings): { sql: string } | { excluded: string } {
  // A file replaced by a re-issue is still read by the ingest (its amounts are set aside): read it too.
  if (file.file_reason !== null && !file.file_reason.startsWith("replaced by ")) {
    return { excluded: `not used by the ingest: ${file.file_reason}` };
  }
  if (file.format !== "csv") return { excluded: `a ${file.format} file, not delimited text` };
  if (file.path.includes("!/")) return { excluded: "a member of an archive" };
  if (file.delimiter === null || file.data_line === null) return { excluded: "no records read" };
  if (file.amount_column === null) return { excluded: "no amount column" };
  const encoding = duckEncoding(file.encoding);
  if (encoding === null)
    return { excluded: `encoding ${file.encoding}, which DuckDB reads only with an extension` };
  const amount = `#${file.amount_column + 1}`;
  const options = [
    `delim=${text(file.delimiter)}`,
    `quote='"'`,
    `escape='"'`,
    "header=false",
    `skip=${file.data_line - 1}`,
    "all_varchar=true",
    `encoding=${text(encoding)}`,
    "null_padding=true",
    "strict_mode=false",
  ];
  return {
    sql:
      `SELECT sum(published_amount(amount))::VARCHAR AS total FROM ` +
      `(SELECT ${amount} AS amount FROM read_csv(${text(file.path)}, ${options.join(", ")}))`,
  };
}

/** Exact micros of a decimal string ("-1253.5" → -1253500000n); null for anything else. */
export function microsOf(decimal: string | null | undefined): bigint | null {
  const parts = /^(-?)(\d+)(?:\.(\d{1,6})0*)?$/.exec((decimal ?? "").trim());
  if (!parts) return decimal === null || decimal === undefined ? 0n : null;
  const micros = BigInt(parts[2] as string) * 1_000_000n + BigInt((parts[3] ?? "").padEnd(6, "0"));
  return parts[1] === "-" ? -micros : micros;
}

/** The ingest's pounds of a file: what it accepted, and that plus the published amounts it set aside. */
export function ingestMicros(file: FileReadSettings): { accepted: bigint; withSetAside: bigint } {
  const accepted = microsOf(file.amount_total) ?? 0n;
  const setAside = Object.values(file.set_aside_amounts).reduce((n, v) => n + (microsOf(v) ?? 0n), 0n);
  return { accepted, withSetAside: accepted + setAside };
}

/** "1,234.56" from micros, exact. */
export function poundsText(micros: bigint): string {
  const sign = micros < 0n ? "-" : "";
  const abs = micros < 0n ? -micros : micros;
  const whole = (abs / 1_000_000n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const pence = (abs % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "").padEnd(2, "0");
  return `${sign}${whole}.${pence}`;
}
