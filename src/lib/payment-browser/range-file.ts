// A file on the site read by HTTP range requests only (hyparquet's AsyncBuffer): each slice is one
// `Range: bytes=a-b` request answered 206. A host that answers 200 (the whole file) is stopped at
// once and reported, never read to the end: the page then says the host does not serve ranges.

export class RangesNotServed extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`${url}: the host sent the whole file instead of the part asked for (no HTTP range requests)`);
    this.url = url;
  }
}

export interface RangeFile {
  byteLength: number;
  slice(start: number, end?: number): Promise<ArrayBuffer>;
  /** Bytes received so far, and requests made. */
  readonly received: { bytes: number; requests: number };
}

/**
 * The bytes of a range's answer, read as they come: a host sending the whole file (200), or more than
 * asked (some servers read "bytes=0-0" as "from 0 to the end"), is stopped there, never read on.
 */
async function rangeBody(response: Response, url: string, asked: number): Promise<ArrayBuffer> {
  if (response.status === 200) {
    await response.body?.cancel();
    throw new RangesNotServed(url);
  }
  if (response.status !== 206 || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const out = new Uint8Array(asked);
  let at = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > asked) {
      await reader.cancel();
      throw new RangesNotServed(url);
    }
    out.set(value, at);
    at += value.length;
  }
  if (at !== asked) throw new Error(`${url}: asked for ${asked} bytes, got ${at}`);
  return out.buffer;
}

/**
 * Opens `url` with a first request for its first bytes: a host serving ranges answers 206 with the
 * file's size in Content-Range.
 */
export async function openRangeFile(url: string, fetcher: typeof fetch = fetch): Promise<RangeFile> {
  const probe = await fetcher(url, { headers: { Range: "bytes=0-3" } });
  await rangeBody(probe, url, 4);
  const length = Number(/\/(\d+)$/.exec(probe.headers.get("content-range") ?? "")?.[1]);
  if (!Number.isSafeInteger(length) || length <= 0) throw new Error(`${url}: the host did not say its size`);
  const received = { bytes: 0, requests: 0 };
  return {
    byteLength: length,
    received,
    async slice(start, end = length) {
      received.requests++;
      const response = await fetcher(url, { headers: { Range: `bytes=${start}-${end - 1}` } });
      const bytes = await rangeBody(response, url, end - start);
      received.bytes += bytes.byteLength;
      return bytes;
    },
  };
}
