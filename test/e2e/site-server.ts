// Serves a built site over HTTP for browser tests (builds: see site.ts).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
};

/**
 * A static file server for the built site on a free localhost port. Like common static hosts it
 * answers HTTP range requests (206), unless `ranges` is false (a server that sends whole files only).
 */
export async function serveSite(
  dir: string,
  { ranges = true }: { ranges?: boolean } = {},
): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      // Like static hosts: the site's own 404 page, with the 404 status.
      const notFound = join(dir, "404.html");
      if (existsSync(notFound))
        response.writeHead(404, { "content-type": TYPES[".html"] }).end(readFileSync(notFound));
      else response.writeHead(404).end("not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const body = readFileSync(file);
    const range = ranges ? /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? "") : null;
    if (range) {
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : body.length - 1, body.length - 1);
      if (start > end) {
        response.writeHead(416, { "content-range": `bytes */${body.length}` }).end();
        return;
      }
      response.writeHead(206, {
        "content-type": type,
        "content-range": `bytes ${start}-${end}/${body.length}`,
        "content-length": end - start + 1,
      });
      response.end(body.subarray(start, end + 1));
      return;
    }
    response.writeHead(200, { "content-type": type, ...(ranges ? { "accept-ranges": "bytes" } : {}) });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}
