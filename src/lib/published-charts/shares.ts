// Shares of a whole as text, exact: "34.5%" (bigint arithmetic, rounded half up to one decimal).

export function shareText(part: bigint, whole: bigint): string | null {
  if (whole <= 0n) return null;
  const tenths = (part * 2000n + whole) / (2n * whole);
  const sign = tenths < 0n ? "-" : "";
  const abs = tenths < 0n ? -tenths : tenths;
  return `${sign}${abs / 10n}.${abs % 10n}%`;
}
