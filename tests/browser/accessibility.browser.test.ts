import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type ServerProcess } from '../helpers/server-process.ts';

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];

/** Signed-in pages, each once its main content has loaded (the selector waits for it). */
const pages = [
  { path: '/', ready: 'h1' },
  { path: '/dashboard?unit=38&asOf=2025-07-25', ready: '.dash-figure__value' },
  { path: '/tasks?unit=38', ready: 'h1' },
  { path: '/tasks/mine', ready: 'h1' },
  { path: '/tasks/1', ready: '#timeline-title' },
  { path: '/tasks/review', ready: 'h1' },
  { path: '/indicators', ready: 'h1' },
  { path: '/indicators/1?unit=38', ready: 'h1' },
  { path: '/indicators/review', ready: 'h1' },
  { path: '/units/38', ready: 'h1' },
  { path: '/users', ready: 'h1' },
  { path: '/notifications', ready: 'h1' },
  { path: '/reports', ready: 'h1' },
  { path: '/publishing', ready: 'h1' },
];

/** Wider than the window means something is cut off or needs sideways scrolling on a phone. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function signIn(context: BrowserContext, url: string, username: string) {
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

describe('in Chromium: axe-core finds no violations, and nothing overflows a phone screen', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-a11y-'));
  let server: ServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(viewports)('the login page at $name width', async (viewport) => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it.each(viewports)('the public portal at $name width, signed out', async (viewport) => {
    const page = await browser.newPage({ viewport });
    const found: Record<string, unknown> = {};
    for (const to of ['/portal', '/portal/ranking', '/portal/open-data', '/portal/units/38']) {
      await page.goto(`${server.url}${to}`);
      await page.locator('h1').first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      const violations = await axeViolations(page);
      const wider = await overflow(page);
      if (violations.length > 0 || wider > 0) found[to] = { violations, overflowPx: wider };
    }
    expect(found).toEqual({});
    await page.close();
  });

  it.each(viewports)('every signed-in section at $name width (secretariat of Thanh Hóa)', async (viewport) => {
    const context = await browser.newContext({ viewport });
    const page = await signIn(context, server.url, 'thuongtruc.thanhhoa');
    const found: Record<string, unknown> = {};
    for (const { path: to, ready } of pages) {
      await page.goto(`${server.url}${to}`);
      await page.locator(ready).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      const violations = await axeViolations(page);
      const wider = await overflow(page);
      if (violations.length > 0 || wider > 0) found[to] = { violations, overflowPx: wider };
    }
    expect(found).toEqual({});
    await context.close();
  });
});
