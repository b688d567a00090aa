import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const [w, ...pairs] = process.argv.slice(2);
for (const pair of pairs) {
  const [name, url] = pair.split("=");
  const page = await browser.newPage({ viewport: { width: Number(w), height: 900 } });
  if (process.env.PRINT) await page.emulateMedia({ media: "print" });
  await page.goto(`http://localhost:4321${url}`);
  await page.waitForTimeout(300);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, k = 0; y < height && k < 8; y += 1600, k++)
    await page.screenshot({ path: `/tmp/${name}-${k}.png`, fullPage: true, clip: { x: 0, y, width: Number(w), height: Math.min(1600, height - y) } });
  await page.close();
}
await browser.close();
