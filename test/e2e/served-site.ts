// A built fixture site, served on a free port, with Chromium: set up once per test file.
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.ts";
import { buildSite } from "./site.ts";
import { serveSite } from "./site-server.ts";

export interface ServedSite {
  browser: Browser;
  /** The site's root URL, ending in "/". */
  url: string;
}

/** Registers beforeAll/afterAll that build `dataDir` into .cache/<name>, serve it and open Chromium. */
export function servedSite(dataDir: string, name: string): ServedSite {
  const site = {} as ServedSite;
  let server: Server | undefined;
  beforeAll(async () => {
    const dir = await buildSite({ dataDir, name });
    const served = await serveSite(dir);
    server = served.server;
    site.url = served.url;
    site.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
