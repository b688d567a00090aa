// Contract registers of the fictional councils: each council its own header style, date and
// value formats, encoding and file layout (one file, or one per financial year).
import { join } from "node:path";
import type { DemoCouncil } from "./catalogue.ts";
import type { FileEncoding } from "./formats.ts";
import type { Random } from "./random.ts";
import { jointEntries, ownEntries, type RegisterEntry, societyEntry } from "./register-entries.ts";
import type { DemoReport } from "./report.ts";
import { Sink } from "./sink.ts";
import type { DemoSupplier, SpellingStyle } from "./suppliers.ts";
import { type Day, dMonYYYY, dmyDate, isoDate, plainAmount, q, withThousands } from "./text.ts";

interface RegisterStyle {
  encoding: FileEncoding;
  newline: string;
  header: string;
  cells(e: RegisterEntry): string[];
  /** Per financial year (by start date) rather than one file. */
  perYear?: boolean;
}

const dateOr = (format: (d: Day) => string) => (v: Day | string) => (typeof v === "string" ? v : format(v));
const moneyOr = (format: (micros: number) => string) => (v: number | string) =>
  typeof v === "string" ? v : format(v);
const plain = moneyOr(plainAmount);
const pounds = moneyOr((m) => `£${withThousands(plainAmount(m))}`);
const thousands = moneyOr((m) => withThousands(plainAmount(m)).replace(/\.00$/, ""));
const whole = moneyOr((m) => String(Math.round(m / 1_000_000)));

const STYLES: Record<string, RegisterStyle> = {
  harrowmere: {
    encoding: "utf-8-bom",
    newline: "\r\n",
    header:
      "Directorate Name,Process Used,Purchasing Body,Contract Reference,Contract Title,Contract Description,Supplier Company Name,Supplier Postcode,Annual Value,Total Contract Value (including extensions),Start Date,End Date,SME Supplier?,Company Number",
    cells: (e) => {
      const date = dateOr(isoDate);
      return [
        e.department,
        e.route,
        e.purchasingBody,
        e.reference,
        e.title,
        e.description,
        e.supplier,
        e.postcode,
        plain(e.annual),
        plain(e.total),
        date(e.start),
        date(e.end),
        e.sme,
        e.companyNumber,
      ];
    },
  },
  kestwick: {
    encoding: "windows-1252",
    newline: "\r\n",
    header:
      "Reference,Title,Description,Supplier,Company Number,Start Date,End Date,Review Date,Total Value,Annual Value,Department,Procurement Route,SME,VCSE,Lead Authority",
    cells: (e) => {
      const date = dateOr(dmyDate);
      return [
        e.reference,
        e.title,
        e.description,
        e.supplier,
        e.companyNumber,
        date(e.start),
        date(e.end),
        date(e.review),
        pounds(e.total),
        pounds(e.annual),
        e.department,
        e.route,
        e.sme,
        e.vcse,
        e.purchasingBody,
      ];
    },
  },
  fenmouth: {
    encoding: "cp850",
    newline: "\r\n",
    perYear: true,
    header:
      "Contract Ref,Contract Name,Contractor,Companies House Number,Contract Start,Contract End,Estimated Annual Value (£),Contract Value (£),Service Area,Procurement Method,SME Status",
    cells: (e) => {
      const date = dateOr(dMonYYYY);
      return [
        e.reference,
        e.title,
        e.supplier,
        e.companyNumber,
        date(e.start),
        date(e.end),
        thousands(e.annual),
        thousands(e.total),
        e.department,
        e.route,
        e.sme,
      ];
    },
  },
  ashvale: {
    encoding: "utf-8",
    newline: "\r\n",
    header:
      "Contract Reference,Contract Title,Supplier Name,Supplier Company Number,Value,Start,Expiry Date,Review Date,Directorate,Contracting Authority,VCSE?",
    cells: (e) => {
      const date = dateOr(dmyDate);
      return [
        e.reference,
        e.title,
        e.supplier,
        e.companyNumber,
        whole(e.total),
        date(e.start),
        date(e.end),
        date(e.review),
        e.department,
        e.purchasingBody,
        e.vcse,
      ];
    },
  },
  brackenridge: {
    encoding: "utf-8",
    newline: "\n",
    header:
      "ContractReference,ContractTitle,ContractDescription,SupplierName,CompanyNumber,StartDate,EndDate,TotalValue,AnnualValue,Department,ProcurementRoute,SME,VCSE,ProcuringBody",
    cells: (e) => {
      const date = dateOr(isoDate);
      return [
        e.reference,
        e.title,
        e.description,
        e.supplier,
        e.companyNumber,
        date(e.start),
        date(e.end),
        plain(e.total),
        plain(e.annual),
        e.department,
        e.route,
        e.sme,
        e.vcse,
        e.purchasingBody,
      ];
    },
  },
};

export const registerEncoding = (slug: string): FileEncoding => (STYLES[slug] as RegisterStyle).encoding;

const financialYear = (d: Day) => (d.month >= 4 ? d.year : d.year - 1);

/** Writes a council's contract register file(s); returns its entries. */
export function writeRegister(
  council: DemoCouncil,
  dir: string,
  pool: DemoSupplier[],
  style: SpellingStyle,
  rng: Random,
  report: DemoReport,
): RegisterEntry[] {
  const s = STYLES[council.slug] as RegisterStyle;
  const entries = [...jointEntries(council), ...ownEntries(council, pool, rng, style)];
  if (council.slug === "kestwick" || council.slug === "brackenridge") entries.push(societyEntry(council));
  const files = new Map<string, RegisterEntry[]>();
  for (const e of entries) {
    const fy = Math.max(2022, financialYear(e.start));
    const name = s.perYear
      ? `contracts/contracts-${fy}-${String((fy + 1) % 100).padStart(2, "0")}.csv`
      : "contracts/contracts-register-2025-03.csv";
    files.set(name, [...(files.get(name) ?? []), e]);
  }
  for (const [file, list] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const sink = new Sink(join(dir, file), s.encoding, s.newline);
    sink.line(s.header);
    for (const e of list) sink.line(s.cells(e).map(q).join(","));
    report.files.push({ council: council.slug, file, bytes: sink.close(), records: list.length });
    report.contracts += list.length;
  }
  return entries;
}
