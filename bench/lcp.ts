/**
 * Largest contentful paint of the dashboard in Debian's Chromium (headless), signed in, on a cold
 * browser context each time: the web app's own scripts, the API calls and the rendering all count.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { percentiles } from './measure.ts';
import type { Session } from './session.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type LcpFigures = {
  p50: number;
  max: number;
  n: number;
  figuresShownMs: number;
  /** JavaScript of a first visit as served (entry and lazy chunks), gzip-compressed, in bytes. */
  scriptBytes: number;
};

export async function measureLcp(base: string, session: Session, path: string, runs: number): Promise<LcpFigures> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const url = new URL(base);
    const cookies = session.cookie.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return { name: name!, value: value.join('='), domain: url.hostname, path: '/' };
    });
    const lcps: number[] = [];
    const shown: number[] = [];
    const scripts = new Map<string, number>();
    // One warm-up load (the server's first render of this page), then the measured ones.
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      await context.addCookies(cookies);
      const page = await context.newPage();
      page.on('response', async (response) => {
        const { pathname } = new URL(response.url());
        if (pathname.endsWith('.js') && !scripts.has(pathname))
          scripts.set(pathname, gzipSync(await response.body().catch(() => Buffer.alloc(0))).length);
      });
      const started = Date.now();
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      await page
        .locator('.dash-figure__value')
        .first()
        .waitFor({ state: 'visible', timeout: 60_000 })
        .catch(async (error: Error) => {
          const shown = (
            await page
              .locator('body')
              .innerText()
              .catch(() => '')
          )
            .replace(/\s+/g, ' ')
            .slice(0, 300);
          throw new Error(`${error.message.split('\n')[0]}; page shows: ${shown}`);
        });
      const figuresAt = Date.now() - started;
      await page.waitForTimeout(500);
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries.at(-1)?.startTime ?? NaN);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(NaN), 2000);
          }),
      );
      if (run > 0) {
        lcps.push(lcp);
        shown.push(figuresAt);
      }
      await context.close();
    }
    const p = percentiles(lcps);
    return {
      p50: p.p50,
      max: Math.max(...lcps),
      n: p.n,
      figuresShownMs: percentiles(shown).p50,
      scriptBytes: [...scripts.values()].reduce((a, b) => a + b, 0),
    };
  } finally {
    await browser.close();
  }
}
