// Fixed, fictional chart data for the chart tests.

import type { BarDatum } from "../../../src/lib/charts/bar.ts";
import type { LineSeries } from "../../../src/lib/charts/lines.ts";
import { formatPoundsShort } from "../../../src/lib/money.ts";

export const COUNCILS = [
  "Ashvale District Council",
  "Brookfield Borough Council",
  "Harrowmere City Council",
  "The Royal and Ancient Borough of Kingsford-upon-Wendle Council",
  "Lowmarsh",
  "Pennock Vale District Council",
  "Quarry Hill Council",
  "Rushbourne Council",
  "Saltcote Town Council",
  "Thornbury Parish Council",
  "Upton Marsh Council",
  "Wyvern Borough Council",
];

/** Spend per resident in micros: exact. */
export const PER_RESIDENT_MICROS = [
  412_350_000n,
  388_120_000n,
  1_204_990_000n,
  95_500_000n,
  -12_400_000n,
  640_000_000n,
  233_330_000n,
  519_870_000n,
  71_250_000n,
  3_050_000n,
  802_000_000n,
  457_610_000n,
];

export const pounds = (micros: bigint): number => Number(micros) / 1e6;

export function bars(n: number): BarDatum[] {
  return COUNCILS.slice(0, n).map((label, i) => {
    const micros = PER_RESIDENT_MICROS[i] as bigint;
    return { label, value: pounds(micros), display: formatPoundsShort(micros) };
  });
}

/** "2022-04" … for n months from April 2022. */
export function months(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const y = 2022 + Math.floor((3 + i) / 12);
    const m = ((3 + i) % 12) + 1;
    return `${y}-${String(m).padStart(2, "0")}`;
  });
}

/** Deterministic monthly spend in micros: a trend, a season and a per-series level. */
export function monthlyMicros(series: number, periods: number): (bigint | null)[] {
  return Array.from({ length: periods }, (_, k) => {
    if (series === 3 && k >= 10 && k < 13) return null; // a gap: months not published
    const level = 900_000 + series * 350_000;
    const trend = k * (series % 2 === 0 ? 9_000 : -6_500);
    const season = ((k * 7 + series * 3) % 12) * 21_000 - (k % 12 === 11 ? 300_000 : 0);
    return BigInt(level + trend + season) * 1_000_000n + BigInt((k * 37 + series) % 100) * 10_000n;
  });
}

export function lineSeries(count: number, periods: number): LineSeries[] {
  return COUNCILS.slice(0, count).map((label, s) => {
    const micros = monthlyMicros(s, periods);
    return {
      label,
      values: micros.map((v) => (v === null ? null : pounds(v))),
      displays: micros.map((v) => (v === null ? null : formatPoundsShort(v))),
    };
  });
}
