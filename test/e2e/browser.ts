// Browser tests use the same Chromium launcher as the benches.
export { launchChromium } from "../../src/lib/bench/chromium.ts";
