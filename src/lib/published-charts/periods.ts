// Periods a trend can be drawn in: calendar months ("2024-04"), quarters of the financial year
// ("2024-25 Q1" = April to June 2024) and financial years ("2024-25", April to March).

export const GRANULARITIES = ["monthly", "quarterly", "yearly"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const month = (key: string): { year: number; month: number } => ({
  year: Number(key.slice(0, 4)),
  month: Number(key.slice(5, 7)),
});

/** "2024-04" → "2024-25"; "2025-03" → "2024-25". */
export function financialYearOfMonth(key: string): string {
  const { year, month: m } = month(key);
  const start = m >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

/** "2024-04" → "2024-25 Q1"; "2025-01" → "2024-25 Q4". */
export function quarterOfMonth(key: string): string {
  const { month: m } = month(key);
  return `${financialYearOfMonth(key)} Q${Math.floor(((m + 8) % 12) / 3) + 1}`;
}

/** The period a month falls in, at a granularity. */
export function periodOfMonth(key: string, granularity: Granularity): string {
  if (granularity === "monthly") return key;
  return granularity === "quarterly" ? quarterOfMonth(key) : financialYearOfMonth(key);
}

/** Adjective for titles: "Monthly", "Quarterly", "Yearly". */
export const granularityName: Readonly<Record<Granularity, string>> = {
  monthly: "by month",
  quarterly: "by quarter",
  yearly: "by financial year",
};
