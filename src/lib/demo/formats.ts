// How each fictional council publishes its payments: encoding, line ends, preamble, header, date
// and amount styles — each one a format seen in real councils' files (council-data-facts.md).
import { AREAS, type DemoCouncil, SERVICES, subjectiveGroup } from "./catalogue.ts";
import type { DemoPayment } from "./payments.ts";
import type { SpellingStyle } from "./suppliers.ts";
import {
  type Day,
  dMonYY,
  dMonYYYY,
  dmyDate,
  isoDate,
  MONTH_ABBR,
  plainAmount,
  q,
  shortAmount,
  two,
  withThousands,
} from "./text.ts";

export type FileEncoding = "utf-8" | "utf-8-bom" | "windows-1252" | "cp850";

export interface Publisher {
  encoding: FileEncoding;
  newline: string;
  period: "month" | "quarter";
  style: SpellingStyle;
  redactions: string[];
  /** The published transaction reference of the n-th payment (1-based; `inMonth` restarts monthly). */
  ref(n: number, inMonth: number, p: DemoPayment): string;
  preamble(label: string, from: Day, to: Day): string[];
  header: string[];
  row(c: DemoCouncil, p: DemoPayment): string;
  /** Rows after the records; `total` is the sum of the file's amounts in micros. */
  footer(total: bigint, from: Day, to: Day): string[];
}

const none = () => [];
const sign = (micros: number) => (micros < 0 ? "-" : "");
const expenseCode = (area: string, type: string) =>
  String(4000 + AREAS.indexOf(area) * 100 + (SERVICES[area] ?? []).indexOf(type) * 10);
/** The report was run on the 15th of the month after the period. */
const runDate = (to: Day) =>
  dmyDate({ year: to.month === 12 ? to.year + 1 : to.year, month: (to.month % 12) + 1, day: 15 });
const upperDate = (d: Day) => `${two(d.day)}-${MONTH_ABBR[d.month - 1]?.toUpperCase()}-${d.year}`;

/** Devon-like: UTF-8 with BOM, body columns, ISO date-times, a TOTAL row, CRLF. */
const harrowmere: Publisher = {
  encoding: "utf-8-bom",
  newline: "\r\n",
  period: "month",
  style: "upper",
  redactions: ["REDACTED UNDER DP ACT"],
  ref: (n) => `APH${String(34_500_000 + n)}`,
  preamble: none,
  header: [
    "Body,Name of Body,Date,Transaction Number,Invoice Number,Amount,Supplier Name,Supplier ID,VAT Reg no,Expense Area,Expense Type,Expense Code,Creditor Type",
  ],
  row: (c, p) => {
    const redacted = p.kind === "redacted";
    const n = Number(p.ref.slice(3));
    const vat =
      p.supplierRef && Number(p.supplierRef) % 3 === 0
        ? String(100_000_000 + ((Number(p.supplierRef) * 104_729) % 899_999_999))
        : "";
    const creditor = redacted
      ? "INDV"
      : p.kind === "recharge"
        ? "GOVT"
        : /LTD|LIMITED|PLC|LLP/.test(p.supplier)
          ? "LTD"
          : "BUSN";
    return [
      "18",
      c.name,
      `${isoDate(p.date)} 00:00:00`,
      p.ref,
      redacted && n % 2 === 0 ? "REDACTED UNDER DP ACT" : `INV${(n * 7919) % 1_000_000}`,
      p.amountText ?? shortAmount(p.micros),
      q(p.supplier),
      p.supplierRef,
      vat,
      q(p.area),
      q(p.type),
      expenseCode(p.area, p.type),
      creditor,
    ].join(",");
  },
  footer: (total) => [`,,,,," ${withThousands(plainAmount(Number(total)))} ",,,,,,,`],
};

/** Windows-1252 with a title row and a blank line, £ amounts, dd/mm/yyyy, CRLF. */
const kestwick: Publisher = {
  encoding: "windows-1252",
  newline: "\r\n",
  period: "month",
  style: "limited",
  redactions: ["REDACTED", "Redacted Personal Data"],
  ref: (n) => String(5_000_000 + n),
  preamble: (label) => [`Payments equal to or greater than £500 excluding VAT - ${label},,`, ""],
  header: [
    "Transaction Number,Supplier Name,Invoice date,Account Description,Amount £ (Excl VAT),Service Group",
  ],
  row: (_c, p) =>
    [
      p.ref,
      q(p.supplier),
      dmyDate(p.date),
      q(p.type),
      q(`${sign(p.micros)}£${withThousands(plainAmount(p.micros))}`),
      q(p.area),
    ].join(","),
  footer: none,
};

/** CP850 Agresso report-writer dump: preamble, INSERTED DETAIL rows, 20-Jan-2023, (negatives). */
const fenmouth: Publisher = {
  encoding: "cp850",
  newline: "\r\n",
  period: "quarter",
  style: "ltd-dot",
  redactions: ["REDACTED PERSONAL DATA", "REDACTED - Personal Information"],
  ref: (n) => String(50_300_000 + n),
  preamble: (_label, from, to) => [
    "*setdefault client=F1,,,,,,,,",
    "*setdefault user_id=FDCREP,,,,,,,,",
    "*setdefault language=EN,,,,,,,,",
    `setdefault Pay date=${two(from.month)}${two(from.day)}${from.year};${two(to.month)}${two(to.day)}${to.year},,,,,,,,`,
    "declare Pay date_from=date,,,,,,,,",
    `setdefault Pay date_from=${isoDate(from)} 00:00:00,,,,,,,,`,
    "declare Pay date_to=date,,,,,,,,",
    `setdefault Pay date_to=${isoDate(to)} 00:00:00,,,,,,,,`,
    "setdefault Company=F1,,,,,,,,",
    "setdefault template=F1 £500 Spend Report (Invoices) v2,,,,,,,,",
    "query AGRESSO F1 £500 Spend Report (Invoices) v2,,,,,,,,",
    "sort,,,,,,,,",
    "columns,text apar_id,text xapar_id,text voucher_no,text account,text xaccount,amount,text payment_date__1,text xstr40dim_1",
  ],
  header: [
    ",Supplier ID,Supplier Name,Transaction No.,Account,Description,Amount,Pay date,Group",
    '"subtotal,outline r0apar_id",,,,,,,,',
  ],
  row: (_c, p) => {
    const amount =
      p.amountText ?? (p.micros < 0 ? `(${withThousands(plainAmount(p.micros))})` : plainAmount(p.micros));
    const account = p.kind === "pcard" ? "" : `R${expenseCode(p.area, p.type)}`;
    const date = p.dateText ?? dMonYYYY(p.date);
    return [
      "INSERTED DETAIL",
      p.supplierRef,
      q(p.supplier),
      p.ref,
      account,
      q(p.type),
      q(amount),
      date,
      q(p.area),
    ].join(",");
  },
  footer: (_total, from, to) => [
    "INSERTED DETAIL,,,,,,,,",
    "detail,,,,,,,,",
    ",,,,,,,,",
    `,"Report 500 pound report  for payment dates from   "" ${upperDate(from)}  ""    to ""${upperDate(to)}""    run on  ${runDate(to)} from Live",,,,,,,`,
  ],
};

/** Header split over two rows, padded amounts, 26-May-23, trailing empty columns (set per file). */
export function ashvaleRow(p: DemoPayment, trailing: number): string {
  const amount = ` ${sign(p.micros)}${withThousands(plainAmount(p.micros))} `;
  return [p.ref, q(p.supplier), q(amount), q(p.area), dMonYY(p.date)].join(",") + ",".repeat(trailing);
}
const ashvale: Publisher = {
  encoding: "utf-8",
  newline: "\r\n",
  period: "month",
  style: "no-the",
  redactions: ["Redacted", "REDACTED  PERSONAL DATA"],
  ref: (n) => String(39_000 + n),
  preamble: none,
  header: ["Transaction,Supplier,Net,Directorate,Date", "Number,,Amount,,"],
  row: (_c, p) => ashvaleRow(p, 0),
  footer: none,
};

/** UTF-8 without BOM, CamelCase headers, LF, sub-penny values, trailing-minus credits. */
const brackenridge: Publisher = {
  encoding: "utf-8",
  newline: "\n",
  period: "month",
  style: "and",
  redactions: ["Redacted \u2013 personal data", "Redacted Personal Information", "individual"],
  ref: (_n, inMonth, p) =>
    `${two(p.date.year % 100)}${two(p.date.month)}-${String(inMonth).padStart(5, "0")}`,
  preamble: none,
  header: [
    "BodyName,ServiceLabel,ExpenditureCategory,DetailedExpenditureType,DatePaid,TransactionNumber,NetAmount,SupplierName",
  ],
  row: (c, p) =>
    [
      q(c.name),
      q(p.area),
      q(subjectiveGroup(p.type)),
      q(p.type),
      isoDate(p.date),
      p.ref,
      `${plainAmount(p.micros)}${p.micros < 0 ? "-" : ""}`,
      q(p.supplier),
    ].join(","),
  footer: none,
};

export const PUBLISHERS: Record<string, Publisher> = {
  harrowmere,
  kestwick,
  fenmouth,
  ashvale,
  brackenridge,
};
