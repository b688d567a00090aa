// Drawing a chart for the width it is shown at. Charts are drawn 720 px wide and scale down with their
// container; on a phone that makes their text a third of its size. Where a script knows the width
// (an island, after measuring), it draws the chart again at that width instead, with a label column
// in proportion, so the text stays at its full size.

/** The width charts are drawn at by default. */
export const CHART_WIDTH = 720;
/** The narrowest width a chart is drawn at (a 320 px screen less the page's margins). */
export const MIN_CHART_WIDTH = 280;

export interface ChartFit {
  width?: number;
  labelWidth?: number;
  /** About how many value ticks a bar chart's axis has room for (one per 90 px of bars). */
  ticks?: number;
}

/**
 * Options for a chart shown `shown` px wide: none (the defaults) when unknown or at least the default
 * width; else that width (never under MIN_CHART_WIDTH), a label column of 40% of it (at most the
 * default 210 px) and as many ticks as the bars have room for. Line charts take the width only.
 */
export function chartFit(shown: number | undefined): ChartFit {
  if (shown === undefined || !Number.isFinite(shown) || shown >= CHART_WIDTH) return {};
  const width = Math.max(MIN_CHART_WIDTH, Math.floor(shown));
  const labelWidth = Math.min(210, Math.round(width * 0.4));
  return { width, labelWidth, ticks: Math.max(2, Math.floor((width - labelWidth) / 90)) };
}
