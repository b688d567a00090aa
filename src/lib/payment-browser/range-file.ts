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
 * Opens `url` with a first request for its first byte: a host serving ranges answers 206 with the
 * file's size in Content-Range; one answering 200 is sending the whole file, which is stopped.
 */
export async function openRangeFile(url: string, fetcher: typeof fetch = fetch): Promise<RangeFile> {
  const probe = await fetcher(url, { headers: { Range: "bytes=0-0" } });
  if (probe.status === 200) {
    await probe.body?.cancel();
    throw new RangesNotServed(url);
  }
  if (probe.status !== 206) throw new Error(`${url}: HTTP ${probe.status}`);
  await probe.arrayBuffer();
  const length = Number(/\/(\d+)$/.exec(probe.headers.get("content-range") ?? "")?.[1]);
  if (!Number.isSafeInteger(length) || length <= 0) throw new Error(`${url}: the host did not say its size`);
  const received = { bytes: 0, requests: 0 };
  return {
    byteLength: length,
    received,
    async slice(start, end = length) {
      received.requests++;
      const response = await fetcher(url, { headers: { Range: `bytes=${start}-${end - 1}` } });
      if (response.status === 200) {
        await response.body?.cancel();
        throw new RangesNotServed(url);
      }
      if (response.status !== 206) throw new Error(`${url}: HTTP ${response.status}`);
      const bytes = await response.arrayBuffer();
      received.bytes += bytes.byteLength;
      if (bytes.byteLength !== end - start)
        throw new Error(`${url}: asked for ${end - start} bytes, got ${bytes.byteLength}`);
      return bytes;
    },
  };
}
