// The optional ?accent= colour of an embed (council branding): six hex digits, used for bars and
// the first line only when it keeps 3:1 contrast against the white background (WCAG 1.4.11);
// anything else is ignored and the default colour stays.

/** Relative luminance of an sRGB colour "#rrggbb" (WCAG 2.2). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** "#rrggbb" for an accepted ?accent= value ("0b6e4f", "#0b6e4f"), else null. */
export function accentColour(param: string | null): string | null {
  if (param === null) return null;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(param.trim());
  if (!m) return null;
  const hex = `#${(m[1] as string).toLowerCase()}`;
  return contrastRatio(hex, "#ffffff") >= 3 ? hex : null;
}
