// A small dataset as the ingest writes it (payments.csv, contracts.csv), with hostile text, a quoted
// multi-line cell, a formula-guarded cell, payments at and around the feed threshold, and a joint
// contract listed in three councils' registers. Each record's exact line is kept for comparisons.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTRACTS as CONTRACT_TABLE, contractEntry } from "../../../src/lib/tables/contracts.ts";
import { microsOf } from "../../../src/lib/tables/decimal.ts";
import { PAYMENTS } from "../../../src/lib/tables/payments.ts";
import { recordLineOf } from "../../../src/lib/tables/records.ts";

export const COUNCILS = [
  { slug: "alpha", name: "Alpha District Council" },
  { slug: "beta", name: "Beta & Co Borough <Council>" },
  { slug: "gamma", name: "Gamma District Council" },
  // In the partnership but with no payments or register entries.
  { slug: "delta", name: "Delta District Council" },
];

export const HOSTILE_SUPPLIER = "<script>alert(\"x\")</script> & 'Sons'\u0001\u0007 Ltd ]]>";
/** The hostile name as it reads in XML: characters XML does not allow dropped. */
export const HOSTILE_SUPPLIER_XML = "<script>alert(\"x\")</script> & 'Sons' Ltd ]]>";
export const MULTI_LINE = 'Phase 1\r\nPhase "2", final\nsign-off';

export interface FixturePayment {
  id: string;
  council: string;
  date: string;
  amount: string;
  supplierId: string;
  supplier: string;
  description?: string;
}

export interface FixtureRecord {
  id: string;
  council: string;
  supplierId: string;
  /** The record exactly as written, without its line feed. */
  line: string;
}

export const LARGE: FixturePayment[] = [
  {
    id: "p1",
    council: "alpha",
    date: "2024-04-02",
    amount: "120000.00",
    supplierId: "acme",
    supplier: "Acme Ltd",
  },
  {
    id: "p2",
    council: "alpha",
    date: "2024-04-03",
    amount: "100000.00",
    supplierId: "script-and-sons",
    supplier: HOSTILE_SUPPLIER,
  },
  {
    id: "p3",
    council: "beta",
    date: "2024-04-05",
    amount: "99999.99",
    supplierId: "acme",
    supplier: "Acme Ltd",
  },
  {
    id: "p4",
    council: "beta",
    date: "2024-05-01",
    amount: "-150000.00",
    supplierId: "acme",
    supplier: "Acme Ltd",
  },
  {
    id: "p5",
    council: "gamma",
    date: "2024-03-01",
    amount: "250000.50",
    supplierId: "bolt-services",
    supplier: "Bolt Services",
    description: MULTI_LINE,
  },
  {
    id: "p6",
    council: "beta",
    date: "2024-04-10",
    amount: "12.34",
    supplierId: "hyperlink",
    supplier: "=HYPERLINK(1)",
  },
];

const writePayment = recordLineOf(PAYMENTS);

function paymentLine(p: FixturePayment, index: number): string {
  return writePayment({
    id: p.id,
    council: p.council,
    date: p.date,
    financialYear: "2024-25",
    amount: microsOf(p.amount),
    supplierId: p.supplierId,
    supplier: p.supplier,
    redacted: false,
    partnerPayment: false,
    expenseArea: "Waste, & Recycling",
    expenseType: "Contractors",
    description: p.description ?? "",
    transactionRef: `INV${index}`,
    possibleDuplicate: false,
    sourceFile: "spend/2024.csv",
    sourceLine: index + 2,
  });
}

const SMALL_SUPPLIERS = [
  ["acme", "Acme Ltd"],
  ["bolt-services", "Bolt Services"],
  ["cobb-and-sons", 'Cobb "&" Sons'],
  ["dray-co", "Dray Co"],
] as const;

/** The payments: the six above among 40 small ones, interleaved. */
export function fixturePayments(): FixturePayment[] {
  const list: FixturePayment[] = [];
  for (let i = 0; i < 40; i++) {
    const [supplierId, supplier] = SMALL_SUPPLIERS[i % 4] as readonly [string, string];
    list.push({
      id: `s${i}`,
      council: (["alpha", "beta", "gamma"] as const)[i % 3] as string,
      date: `2024-0${1 + (i % 9)}-1${i % 10}`,
      amount: `${100 + i}.${String(i).padStart(2, "0")}`,
      supplierId,
      supplier,
      description: i % 7 === 0 ? `line one\nline "${i}", two` : "",
    });
    const large = LARGE[i / 7];
    if (i % 7 === 0 && large) list.push(large);
  }
  return list;
}

interface FixtureContract {
  id: string;
  council: string;
  reference: string;
  title: string;
  supplierId: string;
  supplier: string;
  startDate: string;
  purchasingCouncil: string;
}

export const CONTRACTS: FixtureContract[] = [
  // One joint contract let by alpha, listed in three registers.
  ...["alpha", "beta", "gamma"].map((council) => ({
    id: `${council}-joint-1`,
    council,
    reference: "JOINT-1",
    title: "Joint waste collection",
    supplierId: "acme",
    supplier: "Acme Ltd",
    startDate: "2024-04-01",
    purchasingCouncil: "alpha",
  })),
  {
    id: "beta-b-7",
    council: "beta",
    reference: "B-7",
    title: 'Waste & <b>"recycling"</b> \u0000bins',
    supplierId: "script-and-sons",
    supplier: HOSTILE_SUPPLIER,
    startDate: "2024-06-01",
    purchasingCouncil: "",
  },
  {
    id: "gamma-g-2",
    council: "gamma",
    reference: "G-2",
    title: "Grounds maintenance",
    supplierId: "bolt-services",
    supplier: "Bolt Services",
    startDate: "2023-01-15",
    purchasingCouncil: "",
  },
  {
    id: "alpha-undated",
    council: "alpha",
    reference: "A-9",
    title: "Undated contract",
    supplierId: "dray-co",
    supplier: "Dray Co",
    startDate: "",
    purchasingCouncil: "",
  },
];

const writeContract = recordLineOf(CONTRACT_TABLE);

function contractLine(c: FixtureContract, index: number): string {
  return writeContract(
    contractEntry({
      ...c,
      totalValue: 1_000_000_000_000,
      department: "Environment",
      procurementRoute: "Open",
      sourceFile: "contracts/register.csv",
      sourceLine: index + 2,
    }),
  );
}

export interface FixtureDataset {
  dir: string;
  payments: FixtureRecord[];
  contracts: FixtureRecord[];
  paymentHeader: string;
  contractHeader: string;
}

/** Writes payments.csv and contracts.csv (LF line endings, as the ingest does) into `dir`. */
export function writeFixtureDataset(dir: string): FixtureDataset {
  mkdirSync(dir, { recursive: true });
  const payments = fixturePayments().map((p, i) => ({
    id: p.id,
    council: p.council,
    supplierId: p.supplierId,
    line: paymentLine(p, i),
  }));
  const contracts = CONTRACTS.map((c, i) => ({
    id: c.id,
    council: c.council,
    supplierId: c.supplierId,
    line: contractLine(c, i),
  }));
  const paymentHeader = PAYMENTS.header;
  const contractHeader = CONTRACT_TABLE.header;
  writeFileSync(join(dir, "payments.csv"), [paymentHeader, ...payments.map((r) => r.line), ""].join("\n"));
  writeFileSync(join(dir, "contracts.csv"), [contractHeader, ...contracts.map((r) => r.line), ""].join("\n"));
  return { dir, payments, contracts, paymentHeader, contractHeader };
}

/** The file a split should write: the header and the given records, each line ending in LF. */
export const expectedCsv = (header: string, records: FixtureRecord[]): string =>
  [header, ...records.map((r) => r.line), ""].join("\n");
