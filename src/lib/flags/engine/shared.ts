// Typed arrays over shared memory: a thread given one reads the same memory, nothing is copied.

interface TypedArrayType<T> {
  new (buffer: SharedArrayBuffer): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** A zero-filled typed array of `length` elements over a SharedArrayBuffer. */
export function shared<T>(Type: TypedArrayType<T>, length: number): T {
  return new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT));
}
