// How each fictional council publishes: encoding, line ends, preamble, header, date and amount
// styles — each one a format seen in real councils' files.
import type { DemoCouncil } from "./catalogue.ts";

export interface DemoPayment {
  year: number;
  month: number;
  day: number;
  /** Integer millionths of a pound. */
  micros: number;
  supplier: string;
  area: string;
  type: string;
  ref: string;
  supplierRef: string;
}

export type FileEncoding = "utf-8" | "utf-8-bom" | "windows-1252" | "cp850";

export interface Publisher {
  encoding: FileEncoding;
  newline: string;
  period: "month" | "quarter";
  nameStyle: "upper" | "limited" | "ltd" | "as-is" | "lower-and";
  preamble(council: DemoCouncil, label: string): string[];
  header: string[];
  row(council: DemoCouncil, p: DemoPayment): string;
  footer(council: DemoCouncil, payments: DemoPayment[], label: string): string[];
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** A CSV cell quoted when it must be. */
export const q = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** "1424.00" (or more decimals when the value has them), no sign. */
export function plainAmount(micros: number): string {
  const abs = Math.abs(micros);
  const pounds = Math.floor(abs / 1_000_000);
  const fraction = String(abs % 1_000_000)
    .padStart(6, "0")
    .replace(/0{1,4}$/, "");
  return `${pounds}.${fraction.padEnd(2, "0")}`;
}

export const withThousands = (plain: string): string =>
  plain.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
export const dmy = (p: DemoPayment) => `${two(p.day)}/${two(p.month)}/${p.year}`;
export const sumMicros = (payments: DemoPayment[]) => payments.reduce((s, p) => s + p.micros, 0);

/** Devon-like: UTF-8 with BOM, body columns, ISO date-times, a TOTAL row, CRLF. */
const harrowmere: Publisher = {
  encoding: "utf-8-bom",
  newline: "\r\n",
  period: "month",
  nameStyle: "upper",
  preamble: () => [],
  header: [
    "Body,Name of Body,Date,Transaction Number,Invoice Number,Amount,Supplier Name,Supplier ID,VAT Reg no,Expense Area,Expense Type,Expense Code,Creditor Type",
  ],
  row: (c, p) =>
    [
      "41",
      c.name,
      `${p.year}-${two(p.month)}-${two(p.day)} 00:00:00`,
      p.ref,
      p.supplier.startsWith("REDACTED") ? "REDACTED UNDER DP ACT" : `INV${p.ref.slice(-5)}`,
      `${p.micros < 0 ? "-" : ""}${plainAmount(p.micros).replace(/\.00$/, "")}`,
      q(p.supplier),
      p.supplierRef,
      "",
      q(p.area),
      q(p.type),
      `E${p.type.length}${p.area.length}`,
      p.supplier.startsWith("REDACTED") ? "INDV" : "LTD",
    ].join(","),
  footer: (_c, payments) => [`,,,,,"${withThousands(plainAmount(sumMicros(payments)))} ",,,,,,,`],
};

/** Windows-1252 with a title row and a blank line, £ amounts, dd/mm/yyyy, CRLF. */
const kestwick: Publisher = {
  encoding: "windows-1252",
  newline: "\r\n",
  period: "month",
  nameStyle: "ltd",
  preamble: (_c, label) => [`Payments equal to or greater than £500 excluding VAT - ${label},,,,,`, ""],
  header: [
    "Transaction Number,Supplier Name,Invoice date,Account Description,Amount £ (Excl VAT),Service Group",
  ],
  row: (_c, p) =>
    [
      p.ref,
      q(p.supplier),
      dmy(p),
      q(p.type),
      q(`${p.micros < 0 ? "-" : ""}£${withThousands(plainAmount(p.micros))}`),
      q(p.area),
    ].join(","),
  footer: () => [],
};

/** CP850 Agresso report-writer dump: preamble, INSERTED DETAIL rows, 20-Jan-2023, (negatives). */
const fenmouth: Publisher = {
  encoding: "cp850",
  newline: "\r\n",
  period: "quarter",
  nameStyle: "limited",
  preamble: (c) => [
    "*setdefault client=F1,,,,,,,,",
    "*setdefault user_id=FINREP,,,,,,,,",
    "*setdefault language=EN,,,,,,,,",
    "setdefault Company=F1,,,,,,,,",
    `setdefault template=F1 £500 Spend Report (Invoices) v2 ${c.short},,,,,,,,`,
    "query AGRESSO F1 £500 Spend Report (Invoices) v2,,,,,,,,",
    "sort,,,,,,,,",
    "columns,text apar_id,text xapar_id,text voucher_no,text account,text xaccount,amount,text payment_date__1,text xstr40dim_1",
  ],
  header: [",Supplier ID,Supplier Name,Transaction No.,Account,Description,Amount,Pay date,Group"],
  row: (_c, p) => {
    const amount = p.micros < 0 ? `(${withThousands(plainAmount(p.micros))})` : plainAmount(p.micros);
    const date = `${two(p.day)}-${MONTH_NAMES[p.month - 1]}-${p.year}`;
    return [
      "INSERTED DETAIL",
      p.supplierRef,
      q(p.supplier),
      p.ref,
      `R${p.type.length}${p.area.length}`,
      q(p.type),
      q(amount),
      date,
      q(p.area),
    ].join(",");
  },
  footer: (_c, _p, label) => [
    `,"Report 500 pound report for payment dates in ${label} run from Live",,,,,,,`,
  ],
};

/** Header split over two rows, padded amounts, 26-May-23, trailing empty columns. */
const ashvale: Publisher = {
  encoding: "utf-8",
  newline: "\r\n",
  period: "month",
  nameStyle: "as-is",
  preamble: () => [],
  header: ["Transaction,Supplier,Net,Directorate,Date,,,,,,", "Number,,Amount,,,,,,,,"],
  row: (_c, p) => {
    const amount = ` ${p.micros < 0 ? "-" : ""}${withThousands(plainAmount(p.micros))} `;
    const date = `${two(p.day)}-${MONTH_NAMES[p.month - 1]}-${String(p.year).slice(2)}`;
    return [p.ref, q(p.supplier), q(amount), q(p.area), date, "", "", "", "", "", ""].join(",");
  },
  footer: () => [],
};

/** UTF-8 without BOM, CamelCase headers, LF, sub-penny values, trailing-minus credits. */
const brackenridge: Publisher = {
  encoding: "utf-8",
  newline: "\n",
  period: "month",
  nameStyle: "lower-and",
  preamble: () => [],
  header: [
    "BodyName,CostCentreName,ExpenditureCategory,DetailedExpenditureType,DatePaid,TransactionNumber,NetAmount,SupplierName",
  ],
  row: (c, p) =>
    [
      q(c.name),
      q(p.area),
      "Supplies and Services",
      q(p.type),
      `${p.year}-${two(p.month)}-${two(p.day)}`,
      p.ref,
      `${plainAmount(p.micros)}${p.micros < 0 ? "-" : ""}`,
      q(p.supplier),
    ].join(","),
  footer: () => [],
};

export const PUBLISHERS: Record<string, Publisher> = {
  harrowmere,
  kestwick,
  fenmouth,
  ashvale,
  brackenridge,
};
