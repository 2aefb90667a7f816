/**
 * Screenshots of the leaders' dashboard (Thanh Hóa on 25/7/2025) at phone and desktop width, full page,
 * into docs/quality/, to check by eye that it reads well and nothing is cut off.
 *   npm run screenshots
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/helpers/browser.ts';
import { loginOver, startServer } from '../tests/helpers/server-process.ts';

const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-shots-'));
const server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
const browser = await launchChromium();
try {
  const { cookie } = await loginOver(server.url, 'lanhdao.thanhhoa');
  const [name, value] = cookie.split('=') as [string, string];
  for (const viewport of widths) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'vi-VN' });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/dashboard?unit=38&asOf=2025-07-25`);
    await page.locator('.dash-figure__value').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The map loads when scrolled near; when boundaries were imported (the demo with ../shared/data), show it.
    await page.locator('.unit-map__frame').scrollIntoViewIfNeeded();
    await page
      .locator('.unit-map__svg')
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = path.join(import.meta.dirname, '..', 'docs', 'quality', `dashboard-${viewport.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`written ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
