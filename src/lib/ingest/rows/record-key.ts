// Identity of a published record for overlap detection: the values read from it (date, amount,
// supplier, references, area, type, description), whatever its file's layout, so the same payments
// republished with columns renamed, reordered or added count once; or its trimmed cells (trailing
// empty cells ignored). Hashed to 64 bits, with an open-addressing table from that hash to the row.

/** The characters String.prototype.trim removes. */
export const isSpace = (code: number): boolean =>
  code < 128
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff;

/** Murmur3's finaliser: every input bit reaches every output bit. */
function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

/**
 * Two independent 32-bit hashes of a record's trimmed cells, computed without allocating. Each
 * round takes two UTF-16 units at once (one 32-bit word), so the cost per character is about half
 * of a character-at-a-time hash.
 */
export class RecordHash {
  h1 = 0;
  h2 = 0;

  /**
   * Hashes words (the amount's) then texts[0, end), each two characters a word and a last word of its
   * odd last character (bit 16 set) and its length, so that ["ab", "c"] and ["a", "bc"] differ, and so
   * do ["a", "", "b"] and ["a", "b"]. Surrounding spaces are skipped when trim is set. One loop over
   * locals: the hashes are fields only between calls.
   */
  private hash(words: readonly number[], texts: readonly string[], end: number, trim: boolean): this {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (const word of words) {
      h1 = Math.imul(h1 ^ word, 0x01000193);
      h1 ^= h1 >>> 13;
      h2 = Math.imul(h2 + word, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    for (let c = 0; c < end; c++) {
      const text = texts[c] as string;
      let from = 0;
      let to = text.length;
      if (trim) {
        while (from < to && isSpace(text.charCodeAt(from))) from++;
        while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
      }
      let i = from;
      for (; i + 1 < to; i += 2) {
        const word = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
        h1 = Math.imul(h1 ^ word, 0x01000193);
        h1 ^= h1 >>> 13;
        h2 = Math.imul(h2 + word, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
      const last = ((to - from) << 17) | (i < to ? text.charCodeAt(i) | 0x10000 : 0);
      h1 = Math.imul(h1 ^ last, 0x01000193);
      h1 ^= h1 >>> 13;
      h2 = Math.imul(h2 + last, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.h1 = fmix(h1);
    this.h2 = fmix(h2 ^ 0x5bd1e995);
    return this;
  }

  /** The identity of a record's trimmed cells, trailing empty cells ignored. */
  of(cells: string[]): this {
    let end = cells.length;
    while (end > 0) {
      const last = cells[end - 1] as string;
      if (last.length !== 0 && last.trim() !== "") break;
      end--;
    }
    return this.hash(NO_WORDS, cells, end, true);
  }

  private words = [0, 0];

  /**
   * The identity of a record's values, in a fixed order (not the file's): an amount in integer micros,
   * so `1185.1` and `1185.10` are one amount; values already numbered (ids: equal values, equal
   * numbers), hashed as one word each instead of character by character; text values as read
   * (already trimmed).
   */
  ofValues(amount: number, texts: readonly string[], ids: readonly number[] = NO_WORDS): this {
    if (this.words.length !== 2 + ids.length) this.words = new Array<number>(2 + ids.length).fill(0);
    const words = this.words;
    words[0] = (amount % 0x1_0000_0000) | 0;
    words[1] = Math.floor(amount / 0x1_0000_0000) | 0;
    for (let i = 0; i < ids.length; i++) words[2 + i] = ids[i] as number;
    return this.hash(words, texts, texts.length, false);
  }
}

const NO_WORDS: readonly number[] = [];

/**
 * Record hash -> row number of the record's first occurrence. Each slot holds its two hash words and
 * its row side by side (one cache line per probe, not three), and the slot the last get() found is
 * kept for the add() of the same hash that usually follows it.
 */
export class RecordIndex {
  /** Per slot: h1, h2, row + 1 (0 marks an empty slot). */
  private slots = new Int32Array(3 << 12);
  private mask = (1 << 12) - 1;
  private count = 0;
  /** The hash and slot of the last lookup, valid until the table grows or that slot is filled. */
  private lastH1 = 0;
  private lastH2 = 0;
  private lastSlot = -1;

  get size(): number {
    return this.count;
  }

  private slotOf(h1: number, h2: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    for (;;) {
      const at = slot * 3;
      if (slots[at + 2] === 0 || (slots[at] === h1 && slots[at + 1] === h2)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** The row first stored under this hash, or -1. */
  get(hash: RecordHash): number {
    const slot = this.slotOf(hash.h1, hash.h2);
    this.lastH1 = hash.h1;
    this.lastH2 = hash.h2;
    this.lastSlot = slot;
    return (this.slots[slot * 3 + 2] as number) - 1;
  }

  /** Stores the row under the hash unless the hash is already present. */
  add(hash: RecordHash, row: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const slot =
      this.lastSlot !== -1 && hash.h1 === this.lastH1 && hash.h2 === this.lastH2
        ? this.lastSlot
        : this.slotOf(hash.h1, hash.h2);
    this.lastSlot = -1;
    const at = slot * 3;
    if (this.slots[at + 2] !== 0) return;
    this.slots[at] = hash.h1;
    this.slots[at + 1] = hash.h2;
    this.slots[at + 2] = row + 1;
    this.count++;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 3);
    this.mask = size - 1;
    this.lastSlot = -1;
    for (let i = 0; i < old.length; i += 3) {
      if (old[i + 2] === 0) continue;
      const at = this.slotOf(old[i] as number, old[i + 1] as number) * 3;
      this.slots[at] = old[i] as number;
      this.slots[at + 1] = old[i + 1] as number;
      this.slots[at + 2] = old[i + 2] as number;
    }
  }
}
