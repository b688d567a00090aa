// A static server for measuring search as a visitor's browser gets it: text files gzip-compressed as
// a typical host does (the name index and Pagefind's index files are already compressed), and every
// byte written counted per request with the time it arrived, worker requests included.
// It also serves a bare page running Pagefind alone, and can overlay another name index.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".csv", ".svg", ".xml"]);
/** The bare Pagefind page: the cost of Pagefind's own search before its first result. */
export const PAGEFIND_ONLY = "__bench/pagefind-only/";

export interface Served {
  path: string;
  status: number;
  /** Bytes on the wire: status line, headers and body. */
  bytes: number;
  /** When the request arrived (ms since the Unix epoch, sub-millisecond). */
  startedAt: number;
}

export interface BenchServer {
  url: string;
  log: Served[];
  close(): Promise<void>;
}

const now = (): number => performance.timeOrigin + performance.now();

function pagefindOnlyPage(base: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind only</title></head>
<body><ol id="results"></ol><script type="module">
const q = new URLSearchParams(location.search).get("q");
const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
await pagefind.init();
const search = await pagefind.search(q);
const first = search.results[0];
if (first) {
  const data = await first.data();
  const item = document.createElement("li");
  item.textContent = data.meta.title;
  document.getElementById("results").append(item);
  performance.mark("search:first-result");
}
</script></body></html>`;
}

/**
 * Serves `site` (built for `base`) on a free localhost port. `namesOverlay`, when given, answers
 * <base>search/names/ from that folder instead.
 */
export async function serveForBench(site: string, base = "/", namesOverlay?: string): Promise<BenchServer> {
  const root = resolve(site);
  const log: Served[] = [];
  const gzipped = new Map<string, Uint8Array>();
  const sent = new WeakMap<Socket, number>();
  const server = createServer((request, response) => {
    const socket = request.socket;
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const startedAt = now();
    response.on("finish", () => {
      const before = sent.get(socket) ?? 0;
      sent.set(socket, socket.bytesWritten);
      log.push({ path, status: response.statusCode, bytes: socket.bytesWritten - before, startedAt });
    });
    if (!path.startsWith(base)) {
      response.writeHead(404).end("not found");
      return;
    }
    const inside = path.slice(base.length);
    if (inside === PAGEFIND_ONLY) {
      response.writeHead(200, { "content-type": TYPES[".html"] as string }).end(pagefindOnlyPage(base));
      return;
    }
    const names = "search/names/";
    const dir = namesOverlay && inside.startsWith(names) ? resolve(namesOverlay) : root;
    let file = normalize(
      join(dir, namesOverlay && inside.startsWith(names) ? inside.slice(names.length) : inside),
    );
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    const type = extname(file);
    const headers: Record<string, string> = { "content-type": TYPES[type] ?? "application/octet-stream" };
    let body: Uint8Array = readFileSync(file);
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      let packed = gzipped.get(file);
      if (!packed) {
        packed = gzipSync(body, { level: 6 });
        gzipped.set(file, packed);
      }
      body = packed;
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    log,
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
