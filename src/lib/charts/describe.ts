// The <desc> of a chart, written from its data: "Largest: Ashvale District Council, £1.2m, up 12% on
// 2023-24. Smallest: …". Amounts are exact micros (bigint); percentages come from bigint arithmetic,
// rounded half away from zero (whole percent from 10%, one decimal place below).
import { formatPoundsShort } from "../money.ts";

const abs = (v: bigint) => (v < 0n ? -v : v);

/** Change from `previous` to `current` as "up 12%", "down 3.4%", "unchanged", or with amounts when the base is £0 or negative. */
export function changeText(current: bigint, previous: bigint, on: string): string {
  if (current === previous) return `unchanged on ${on}`;
  if (previous <= 0n)
    return `${current > previous ? "up" : "down"} from ${formatPoundsShort(previous)} in ${on}`;
  const diff = current - previous;
  // tenths of a percent, rounded half away from zero
  const tenths = (abs(diff) * 2000n + previous) / (2n * previous);
  const direction = diff > 0n ? "up" : "down";
  if (tenths === 0n) return `${direction} less than 0.1% on ${on}`;
  const percent =
    tenths >= 100n
      ? String((abs(diff) * 200n + previous) / (2n * previous))
      : `${tenths / 10n}${tenths % 10n === 0n ? "" : `.${tenths % 10n}`}`;
  return `${direction} ${percent}% on ${on}`;
}

export interface DescribedBar {
  label: string;
  micros: bigint;
  /** The same measure for the earlier period, when there is one. */
  previous?: bigint | null;
}

type Format = (micros: bigint) => string;

function barPhrase(bar: DescribedBar, previousLabel: string | undefined, format: Format): string {
  const change =
    bar.previous !== undefined && bar.previous !== null && previousLabel
      ? `, ${changeText(bar.micros, bar.previous, previousLabel)}`
      : "";
  return `${bar.label}, ${format(bar.micros)}${change}`;
}

/**
 * "Largest: A, £1.2m, up 12% on 2023-24. Smallest: B, £340k, down 3.4% on 2023-24." Ties keep the
 * first in input order. One bar: "A, £1.2m." None: "No data.".
 */
export function describeBars(
  bars: readonly DescribedBar[],
  options: { previousLabel?: string; format?: Format } = {},
): string {
  const format = options.format ?? formatPoundsShort;
  const first = bars[0];
  if (!first) return "No data.";
  if (bars.length === 1) return `${barPhrase(first, options.previousLabel, format)}.`;
  let largest = first;
  let smallest = first;
  for (const bar of bars) {
    if (bar.micros > largest.micros) largest = bar;
    if (bar.micros < smallest.micros) smallest = bar;
  }
  if (largest.micros === smallest.micros) {
    return `All ${bars.length}: ${format(largest.micros)} each.`;
  }
  return `Largest: ${barPhrase(largest, options.previousLabel, format)}. Smallest: ${barPhrase(smallest, options.previousLabel, format)}.`;
}

export interface DescribedSeries {
  label: string;
  /** One exact value per period; null where there is none. */
  values: readonly (bigint | null)[];
}

/**
 * One sentence per series: "Ashvale District Council: £1.2m in 2024-25, up 12% on 2021-22; highest
 * £1.5m in 2023-24." (first and last periods with a value; the highest when it is neither).
 */
export function describeTrend(
  series: readonly DescribedSeries[],
  periods: readonly string[],
  periodLabel: (period: string) => string = (p) => p,
): string {
  const sentences: string[] = [];
  for (const s of series) {
    const points: { period: string; value: bigint }[] = [];
    for (const [i, v] of s.values.entries()) {
      const period = periods[i];
      if (v !== null && period !== undefined) points.push({ period: periodLabel(period), value: v });
    }
    const first = points[0];
    const last = points[points.length - 1];
    if (!first || !last) {
      sentences.push(`${s.label}: no data.`);
      continue;
    }
    if (points.length === 1) {
      sentences.push(`${s.label}: ${formatPoundsShort(last.value)} in ${last.period}, the only period.`);
      continue;
    }
    let high = first;
    for (const p of points) if (p.value > high.value) high = p;
    const peak =
      high !== first && high !== last && high.value > last.value
        ? `; highest ${formatPoundsShort(high.value)} in ${high.period}`
        : "";
    sentences.push(
      `${s.label}: ${formatPoundsShort(last.value)} in ${last.period}, ${changeText(last.value, first.value, first.period)}${peak}.`,
    );
  }
  return sentences.length === 0 ? "No data." : sentences.join(" ");
}
