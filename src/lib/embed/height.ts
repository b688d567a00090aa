// The height an embed page (/embed/<id>/) needs to show everything on it without scrolling, at the
// frame widths an embed is offered for: the 760 px it is offered at and a 375 px phone. The page's
// layout is fixed (its own CSS, base.css and chart.css): padding, the title, the chart (as the page
// script draws it again at the frame's width), the caption, the table's disclosure, the notes and the
// source line. Text is wrapped word by word with a generous width per character, so the estimate
// errs on the tall side; test/e2e/oembed.test.ts measures the real page in Chromium against it.
import { type ChartDrawing, drawnHeight, fitHeights } from "../charts/drawing.ts";
import { CHART_WIDTH } from "../charts/fit.ts";

/** The width the iframe is offered at (charts are drawn at 720 and scale down). */
export const EMBED_WIDTH = 760;
/** The narrowest frame the declared height must fit: a phone's width. */
export const EMBED_NARROW = 375;

/** What the embed page shows besides the chart. */
export interface EmbedText {
  title: string;
  caption: string;
  notes: readonly string[];
  /** The source line's text. */
  source: string;
}

const REM = 16;
/** Width of a character as a share of the font size (system-ui averages about 0.5; digits and capitals more). */
const CHAR_WIDTH = 0.62;
/** The page's side padding (0.75rem each side) and its largest width (the chart's 720 + padding). */
const SIDE = 1.5 * REM;

/** Lines `text` takes at `width` px in a font of `size` px, wrapped at spaces. */
export function wrappedLines(text: string, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * CHAR_WIDTH)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) {
      lines += Math.floor(Math.max(0, length - 1) / perLine);
      used = ((length - 1) % perLine) + 1;
    } else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines += 1 + Math.floor(Math.max(0, length - 1) / perLine);
      used = ((length - 1) % perLine) + 1;
    }
  }
  return lines;
}

/** The chart's height at `shown` px as the page shows it (drawn again below 696 px, in its band's room). */
function chartHeight(drawing: ChartDrawing, shown: number): number {
  if (shown >= CHART_WIDTH) return drawnHeight(drawing);
  const band = fitHeights(drawing).find((b) => shown < b.below);
  if (!band) return (drawnHeight(drawing) * shown) / CHART_WIDTH;
  return Math.max(band.height, drawnHeight(drawing, shown));
}

/** The page's height in px at a frame `frame` px wide. */
export function embedPageHeight(drawing: ChartDrawing, text: EmbedText, frame: number): number {
  const content = Math.min(frame, CHART_WIDTH + SIDE) - SIDE;
  const body = REM * 1.0625;
  const bodyLine = body * 1.5;
  const small = 0.9 * REM;
  const smallLine = small * 1.5;
  const title = 1.15 * REM;
  let height = 0.5 * REM; // padding
  height += wrappedLines(text.title, content, title * 1.05) * title * 1.5; // bold
  height += REM; // the figure's top margin (the title's is smaller)
  height += chartHeight(drawing, content);
  height += 0.5 * REM + wrappedLines(text.caption, content, body) * bodyLine + 0.5 * REM;
  height += bodyLine + 1.5 * REM; // the table's disclosure, closed
  for (const note of text.notes) height += wrappedLines(note, content, small) * smallLine + 0.25 * REM;
  height += wrappedLines(text.source, content, small) * smallLine + 0.25 * REM;
  height += 0.5 * REM; // padding
  return height;
}

/** The frame's height: the page's tallest at EMBED_NARROW and EMBED_WIDTH, and a little room. */
export const embedFrameHeight = (drawing: ChartDrawing, text: EmbedText): number =>
  Math.ceil(Math.max(...[EMBED_NARROW, EMBED_WIDTH].map((w) => embedPageHeight(drawing, text, w))) + 8);
