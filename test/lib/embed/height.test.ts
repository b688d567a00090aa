import { describe, expect, it } from "vitest";
import { type ChartDrawing, drawnHeight } from "../../../src/lib/charts/drawing.ts";
import {
  EMBED_NARROW,
  EMBED_WIDTH,
  embedFrameHeight,
  embedPageHeight,
  wrappedLines,
} from "../../../src/lib/embed/height.ts";
import { bars } from "../charts/fixture.ts";

const drawing: ChartDrawing = { kind: "bars", options: { id: "b", title: "Bars", desc: "", data: bars(8) } };
const text = {
  title: "All spend: spend per resident, 2024-25",
  caption: "What each council paid per resident. Councils provide different services, so compare with care.",
  notes: ["Left out: one council gives no population."],
  source:
    "Source: payments published by all 5 partners (Open Government Licence), compiled by Shared Ledger.",
};

describe("wrapping text into lines", () => {
  it("counts the lines words take at a width, breaking a word longer than a line", () => {
    expect(wrappedLines("", 100, 10)).toBe(1);
    expect(wrappedLines("aaaa bbbb", 60, 10)).toBe(1); // 10 characters a line
    expect(wrappedLines("aaaa bbbb cc", 60, 10)).toBe(2);
    expect(wrappedLines("a".repeat(25), 60, 10)).toBe(3);
  });
});

describe("the height of an embed page", () => {
  it("is taller on a phone than at full width, and the frame's height covers both", () => {
    const narrow = embedPageHeight(drawing, text, EMBED_NARROW);
    const wide = embedPageHeight(drawing, text, EMBED_WIDTH);
    expect(narrow).toBeGreaterThan(wide);
    expect(wide).toBeGreaterThan(drawnHeight(drawing));
    expect(embedFrameHeight(drawing, text)).toBeGreaterThanOrEqual(Math.max(narrow, wide));
  });

  it("grows with every note and with longer text", () => {
    const more = {
      ...text,
      notes: [...text.notes, "Another note that is long enough to wrap at a phone's width."],
    };
    expect(embedFrameHeight(drawing, more)).toBeGreaterThan(embedFrameHeight(drawing, text));
    expect(embedFrameHeight(drawing, { ...text, title: `${text.title} ${text.title}` })).toBeGreaterThan(
      embedFrameHeight(drawing, text),
    );
  });
});
