// Identity of a published record for overlap detection: its trimmed cells, hashed to a short key.

/** Two independent 32-bit hashes of the trimmed, non-trailing-empty cells, plus the length. */
export function recordKey(cells: string[]): string {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] as string).trim() === "") end--;
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let length = 0;
  for (let c = 0; c < end; c++) {
    const cell = (cells[c] as string).trim();
    length += cell.length + 1;
    for (let i = 0; i < cell.length; i++) {
      const code = cell.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${length.toString(36)}`;
}
