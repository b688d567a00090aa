// A small fixed partnership for the comparison tests: three councils (one without a population),
// departments in three services and one no rule knows, a recharge between partners, a withheld
// payee, a supplier paid by two partners, and a month with nothing published.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ContractRecord } from "../../../src/lib/dataset/contracts.ts";
import { loadPayments, type PaymentTable } from "../../../src/lib/dataset/payments.ts";
import type { CouncilInfo } from "../../../src/lib/published-charts/per-resident.ts";
import { registerEntry } from "../../helpers/register-entry.ts";

const HEADER =
  "id,council,date,financial_year,amount,supplier_id,supplier,redacted,partner_payment,expense_area,expense_type,description,transaction_ref,possible_duplicate,source_file,source_line";

export const COUNCILS: CouncilInfo[] = [
  { slug: "alpha", name: "Alpha District Council", population: { value: 1000, year: 2023, source: "ONS" } },
  {
    slug: "beta",
    name: "Beta <b>Borough</b> Council",
    population: { value: 4000, year: 2023, source: "ONS" },
  },
  { slug: "gamma", name: "Gamma Council" },
];

let line = 1;
const row = (
  council: string,
  date: string,
  amount: string,
  supplier: string,
  area: string,
  flags: { redacted?: boolean; partner?: boolean } = {},
) => {
  line++;
  const year = Number(date.slice(5, 7)) >= 4 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
  return `${council}-${line},${council},${date},${year}-${String((year + 1) % 100).padStart(2, "0")},${amount},${supplier},${supplier} Ltd,${flags.redacted ?? false},${flags.partner ?? false},${area},Hire,,R${line},false,spend/${date.slice(0, 7)}.csv,${line}`;
};

export const ROWS = [
  row("alpha", "2023-04-10", "1000.00", "binco", "Waste & Recycling"),
  row("alpha", "2023-06-10", "500.50", "binco", "Waste & Recycling"),
  row("alpha", "2024-04-10", "2000.00", "binco", "Waste & Recycling"),
  row("alpha", "2024-05-10", "300.00", "homes", "Housing"),
  row("alpha", "2024-05-11", "99.99", "not-published", "Housing", { redacted: true }),
  row("beta", "2023-04-12", "4000.00", "binco", "Refuse Collection"),
  row("beta", "2024-04-12", "6000.00", "binco", "Refuse Collection"),
  row("beta", "2024-05-12", "800.00", "alpha", "Mystery Unit", { partner: true }),
  row("beta", "2024-07-01", "-100.00", "homes-b", "Housing"),
  row("gamma", "2024-04-20", "700.00", "binco", "Waste"),
  row("gamma", "2024-04-21", "50.00", "solo", "Waste"),
];

export async function fixturePayments(): Promise<PaymentTable> {
  const dir = mkdtempSync(join(tmpdir(), "compare-"));
  const path = join(dir, "payments.csv");
  writeFileSync(path, [HEADER, ...ROWS].join("\n"));
  return loadPayments(path);
}

/** A contract record (a register entry grouped as one contract) for the comparison tests. */
export function contractRecord(
  over: Partial<ContractRecord> & { id: string; councils: string[] },
): ContractRecord {
  return {
    ...registerEntry({
      council: over.councils[0],
      reference: over.id,
      title: `Contract ${over.id}`,
      supplierId: "binco",
      supplier: "Binco Ltd",
      sourceFile: "contracts/c.csv",
    }),
    lettingCouncil: over.councils[0] as string,
    entries: [],
    arrangement: null,
    unlisted: [],
    ...over,
  };
}
