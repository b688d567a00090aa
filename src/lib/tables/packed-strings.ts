// Short strings for a million rows without a million objects (payment ids, transaction references):
// packed into a few long strings with their offsets, so the garbage collector has a few objects to
// trace instead of one per row.
import { IntColumn } from "./column-store.ts";

/**
 * A column of short strings (payment ids, transaction references) kept as a few long strings and their
 * offsets: a million strings would be a million objects for the garbage collector to trace.
 */
export class PackedStrings {
  private readonly blocks: string[];
  /** Item → where it ends in its block. */
  private readonly ends: Int32Array;

  constructor(blocks: string[], ends: Int32Array) {
    this.blocks = blocks;
    this.ends = ends;
  }

  get length(): number {
    return this.ends.length;
  }

  get(i: number): string {
    const block = this.blocks[i >>> BLOCK_BITS] as string;
    const start = (i & BLOCK_MASK) === 0 ? 0 : (this.ends[i - 1] as number);
    return block.slice(start, this.ends[i] as number);
  }

  /** The block holding item i, and where the item starts and ends in it (to read it without a copy). */
  block(i: number): string {
    return this.blocks[i >>> BLOCK_BITS] as string;
  }
  start(i: number): number {
    return (i & BLOCK_MASK) === 0 ? 0 : (this.ends[i - 1] as number);
  }
  end(i: number): number {
    return this.ends[i] as number;
  }
}

/** Items per block of PackedStrings (a block stays far below the longest string V8 allows). */
const BLOCK_BITS = 16;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;

export class PackedStringsBuilder {
  private readonly blocks: string[] = [];
  private parts: string[] = [];
  private readonly ends = new IntColumn();
  private end = 0;

  push(value: string): void {
    this.parts.push(value);
    this.end += value.length;
    this.ends.push(this.end);
    if (this.ends.length % (1 << BLOCK_BITS) === 0) this.closeBlock();
  }

  private closeBlock(): void {
    this.blocks.push(this.parts.join(""));
    this.parts = [];
    this.end = 0;
  }

  done(): PackedStrings {
    if (this.parts.length > 0) this.closeBlock();
    return new PackedStrings(this.blocks, this.ends.done());
  }
}
