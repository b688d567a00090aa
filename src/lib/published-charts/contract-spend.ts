// A contract's payments to date: what its councils have paid its supplier during the term, added up
// month by month, beside the contract's total value when the register gives one. Months run from
// the first to the last payment in the term (the payments published so far); a month without one
// keeps the total where it was.

import { describeTrend } from "../charts/describe.ts";
import { drawn } from "../charts/drawing.ts";
import { shortMonth } from "../charts/lines.ts";
import { lineTable } from "../charts/table.ts";
import type { ContractRecord } from "../dataset/contracts.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { ExactSum } from "../exact-sum.ts";
import { formatDecimal, formatPounds } from "../money.ts";
import { plain } from "../tables/csv-write.ts";
import { nextMonth } from "../views/months.ts";
import { type ChartEntry, chartDomId } from "./entry.ts";

/** Each month from the first to the last payment in the term, with what was paid in it (exact). */
export interface ContractMonths {
  months: string[];
  paid: bigint[];
}

/**
 * The months of the payments to the contract's supplier by its councils within its term, from
 * `rows` (the supplier's payments); null when they fall in fewer than two months (nothing to draw).
 */
export function contractMonths(
  contract: ContractRecord,
  payments: PaymentTable,
  rows: ArrayLike<number>,
): ContractMonths | null {
  const councils = new Set(contract.councils);
  const byMonth = new Map<string, ExactSum>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (!councils.has(payments.text.get(payments.council[row] as number))) continue;
    const date = payments.text.get(payments.date[row] as number);
    if (
      (contract.startDate !== "" && date < contract.startDate) ||
      (contract.endDate !== "" && date > contract.endDate)
    )
      continue;
    const month = date.slice(0, 7);
    let sum = byMonth.get(month);
    if (!sum) {
      sum = new ExactSum();
      byMonth.set(month, sum);
    }
    sum.add(payments.amount[row] as number);
  }
  if (byMonth.size < 2) return null;
  const sorted = [...byMonth.keys()].sort();
  const last = sorted[sorted.length - 1] as string;
  const months: string[] = [];
  for (let m = sorted[0] as string; m <= last; m = nextMonth(m)) months.push(m);
  return { months, paid: months.map((m) => byMonth.get(m)?.value() ?? 0n) };
}

export interface ContractSpendInput {
  contract: ContractRecord;
  figures: ContractMonths;
  hostPath: string;
}

export function contractSpendEntry({ contract, figures, hostPath }: ContractSpendInput): ChartEntry {
  const id = `contract/${contract.id}`;
  const name = contract.title || contract.reference || "The contract";
  const title = `${name}: paid to date against its value`;
  let running = 0n;
  const toDate = figures.paid.map((p) => {
    running += p;
    return running;
  });
  const value = contract.totalValue === null ? null : BigInt(contract.totalValue);
  const series = [
    {
      label: "Paid to date",
      values: toDate.map((v) => Number(v) / 1e6),
      displays: toDate.map((v) => formatPounds(v)),
    },
    ...(value === null
      ? []
      : [
          {
            label: "The contract's total value",
            values: toDate.map(() => Number(value) / 1e6),
            displays: toDate.map(() => formatPounds(value)),
          },
        ]),
  ];
  const described = [
    { label: "Paid to date", values: toDate },
    ...(value === null ? [] : [{ label: "The contract's total value", values: toDate.map(() => value) }]),
  ];
  return {
    id,
    title,
    caption:
      `What ${contract.councils.length > 1 ? "the partners" : "the council"} paid ${contract.supplier} during the contract's term, added up month by month` +
      `${value === null ? " (the register gives no total value)" : ", beside the total value in the register"}. ` +
      "Payments are published over £500 and may cover other work for the same supplier.",
    hostPath,
    ...drawn({
      kind: "lines",
      options: {
        id: chartDomId(id),
        title,
        desc: describeTrend(described, figures.months, shortMonth),
        periods: figures.months,
        series,
        pointTitles: false,
      },
      months: true,
    }),
    table: lineTable(title, "Month", figures.months, series, shortMonth),
    csv: {
      header: ["contract_id", "month", "paid_in_month", "paid_to_date", "contract_total_value"],
      rows: figures.months.map((month, k) => [
        contract.id,
        month,
        plain(formatDecimal(figures.paid[k] as bigint)),
        plain(formatDecimal(toDate[k] as bigint)),
        value === null ? null : plain(formatDecimal(value)),
      ]),
    },
    councils: contract.councils,
    notes: [],
  };
}
