// The browser's range reader against two tiny servers: one answering ranges (206, Content-Range),
// one sending the whole file (200), which is stopped and reported, not read.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRangeFile, RangesNotServed } from "../../../src/lib/payment-browser/range-file.ts";

const FILE = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
let ranged: Server;
let whole: Server;
let greedy: Server;
const urls = { ranged: "", whole: "", greedy: "" };
let wholeBytesSent = 0;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/f.parquet`;
}

beforeAll(async () => {
  ranged = createServer((request, response) => {
    const match = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? "");
    if (!match) return void response.writeHead(200).end(FILE);
    const [start, end] = [Number(match[1]), Math.min(Number(match[2]), FILE.length - 1)];
    response.writeHead(206, { "content-range": `bytes ${start}-${end}/${FILE.length}` });
    response.end(FILE.subarray(start, end + 1));
  });
  whole = createServer((_, response) => {
    response.writeHead(200, { "content-length": FILE.length * 100 });
    // A large body, written slowly: the reader must stop it, not wait for it.
    let sent = 0;
    const timer = setInterval(() => {
      if (response.destroyed || sent >= 100) return void clearInterval(timer);
      response.write(FILE);
      wholeBytesSent += FILE.length;
      sent++;
      if (sent === 100) response.end();
    }, 10);
  });
  // Answers 206 but from the start asked for to the end of the file, whatever the end asked for.
  greedy = createServer((request, response) => {
    const start = Number(/^bytes=(\d+)-/.exec(request.headers.range ?? "")?.[1] ?? 0);
    response.writeHead(206, { "content-range": `bytes ${start}-${FILE.length - 1}/${FILE.length}` });
    response.end(FILE.subarray(start));
  });
  urls.ranged = await listen(ranged);
  urls.greedy = await listen(greedy);
  urls.whole = await listen(whole);
});
afterAll(() => {
  ranged.close();
  whole.close();
  greedy.close();
});

describe("openRangeFile", () => {
  it("learns the size from the first byte's Content-Range and reads exact slices", async () => {
    const file = await openRangeFile(urls.ranged);
    expect(file.byteLength).toBe(FILE.length);
    expect(new Uint8Array(await file.slice(10, 20))).toEqual(new Uint8Array(FILE.subarray(10, 20)));
    expect(new Uint8Array(await file.slice(4990))).toEqual(new Uint8Array(FILE.subarray(4990)));
    expect(file.received).toEqual({ bytes: 20, requests: 2 });
  });

  it("stops a host that answers a range with more than was asked", async () => {
    await expect(openRangeFile(urls.greedy)).rejects.toBeInstanceOf(RangesNotServed);
  });

  it("stops a host that sends the whole file, saying it does not serve ranges", async () => {
    await expect(openRangeFile(urls.whole)).rejects.toBeInstanceOf(RangesNotServed);
    await new Promise((done) => setTimeout(done, 200));
    expect(wholeBytesSent).toBeLessThan(FILE.length * 100);
  });
});
