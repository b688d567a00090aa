// Display formatting for pages (UK style). Works from exact decimal strings through bigint.

/** Exact micros (bigint) of a plain decimal string such as "-264795.53" or "841.4375". */
export function decimalToMicros(decimal: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(decimal.trim());
  if (!match) throw new Error(`not a plain decimal: ${decimal}`);
  const micros = BigInt(match[2] as string) * 1_000_000n + BigInt((match[3] ?? "").padEnd(6, "0"));
  return match[1] === "-" ? -micros : micros;
}

/** "£1,234,567.89" from a plain decimal string, rounded half away from zero to the penny. */
export function poundsFromDecimal(decimal: string): string {
  const micros = decimalToMicros(decimal);
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const pence = (abs + 5_000n) / 10_000n;
  const pounds = (pence / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const rest = (pence % 100n).toString().padStart(2, "0");
  return `${negative && pence > 0n ? "-" : ""}£${pounds}.${rest}`;
}

const COUNT = new Intl.NumberFormat("en-GB");
/** "12,345". Whole numbers are grouped by hand (pages show tens of thousands of counts; Intl is
 * slower), anything else by Intl. */
export function count(value: number): string {
  if (!Number.isSafeInteger(value)) return COUNT.format(value);
  const digits = String(Math.abs(value));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return value < 0 ? `-${out}` : out;
}

/** "1 payment", "2,345 payments": a count and its noun, plural unless the count is one. */
export function counted(value: number, one: string, many = `${one}s`): string {
  return `${count(value)} ${value === 1 ? one : many}`;
}

/** "on 3 Apr 2023" for one day, "between 3 Apr 2023 and 9 May 2024" for two, "" when there is no date. */
export function dateSpan(first: string, last: string): string {
  if (first === "") return "";
  return first === last || last === ""
    ? `on ${formatDate(first)}`
    : `between ${formatDate(first)} and ${formatDate(last)}`;
}

/** "1.2 MB" style sizes for downloads. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const MONTH_ABBR = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2024-04-12" → "12 Apr 2024"; "" stays "". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTH_ABBR[Number(m[2]) - 1]} ${m[1]}`;
}

/** "2024-04" → "April 2024". */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
}

/** A heading's first letter in lower case for use mid-sentence ("Housing services (GFRA only)" →
 * "housing services (GFRA only)"); a leading acronym ("ICT services") is kept. */
export function lowerFirst(text: string): string {
  if (/^\p{Lu}{2}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
