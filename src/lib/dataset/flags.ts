// The red flags the build computed (scripts/flags.ts): flags.json's summary for badges and the
// thresholds used, and flags.csv's questions for a page that lists them. Both are read from the
// dataset folder; a dataset made by the ingest alone has neither, and pages then show no flags.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_DIR } from "../dataset-dir.ts";
import type { FlagsSummary, IndicatorCounts } from "../flags/output/summary.ts";
import type { Micros } from "../model.ts";
import { readCsvRows } from "./csv-rows.ts";
import { microsOf } from "./decimal.ts";

export type { FlagsSummary, IndicatorCounts };

/** flags.json of a dataset folder, or null when the flags step has not run. */
export function loadFlagsSummary(dir: string = DATASET_DIR): FlagsSummary | null {
  const path = join(dir, "flags.json");
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, "utf8")) as FlagsSummary;
}

/** All flags of one council, supplier, contract or year ("by_council", "harrowmere"): 0 when none. */
export function flagCount(
  summary: FlagsSummary | null,
  by: "by_council" | "by_supplier" | "by_contract" | "by_year",
  key: string,
): number {
  const counts = summary?.[by][key];
  if (!counts) return 0;
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** One line of flags.csv: a question and the payments behind it. */
export interface FlagRecord {
  id: string;
  indicator: string;
  council: string;
  councils: string[];
  supplierId: string;
  supplier: string;
  contractId: string;
  department: string;
  category: string;
  financialYear: string;
  amount: Micros;
  threshold: string;
  firstDate: string;
  lastDate: string;
  question: string;
  /** The number of payments behind the flag. */
  rows: number;
  /** The payments (all, or the first ones when flags.csv could not list them all: see flag_payments.csv). */
  paymentIds: string[];
  /** "spend/2023-05.csv:234", one per listed payment, same order. */
  sources: string[];
  notes: string;
}

const COLUMNS = [
  "flag_id",
  "indicator",
  "council",
  "councils",
  "supplier_id",
  "supplier",
  "contract_id",
  "department",
  "category",
  "financial_year",
  "amount",
  "first_date",
  "last_date",
  "threshold",
  "rows",
  "question",
  "payment_ids",
  "sources",
  "notes",
] as const;

const words = (text: string, separator: string): string[] => (text === "" ? [] : text.split(separator));

/** flags.csv of a dataset folder ([] when the flags step has not run). */
export async function loadFlagRecords(dir: string = DATASET_DIR): Promise<FlagRecord[]> {
  const path = join(dir, "flags.csv");
  if (!existsSync(path)) return [];
  const records: FlagRecord[] = [];
  await readCsvRows(path, COLUMNS, (cells, c) => {
    const cell = (i: number) => cells[i] ?? "";
    records.push({
      id: cell(c.flag_id),
      indicator: cell(c.indicator),
      council: cell(c.council),
      councils: words(cell(c.councils), " "),
      supplierId: cell(c.supplier_id),
      supplier: cell(c.supplier),
      contractId: cell(c.contract_id),
      department: cell(c.department),
      category: cell(c.category),
      financialYear: cell(c.financial_year),
      amount: microsOf(cell(c.amount)),
      threshold: cell(c.threshold),
      firstDate: cell(c.first_date),
      lastDate: cell(c.last_date),
      question: cell(c.question),
      rows: Number(cell(c.rows)),
      paymentIds: words(cell(c.payment_ids), " "),
      sources: words(cell(c.sources), " | "),
      notes: cell(c.notes),
    });
  });
  return records;
}
