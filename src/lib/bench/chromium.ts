// Debian's Chromium through playwright-core (never a downloaded browser), for browser tests and benches.
import { type Browser, chromium } from "playwright-core";

/** The flags Chromium is started with, here and by Lighthouse (src/lib/check/lighthouse.ts). */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_FLAGS],
  });
}
