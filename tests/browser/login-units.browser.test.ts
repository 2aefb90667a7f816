import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type ServerProcess } from '../helpers/server-process.ts';

const isBuilt = existsSync(new URL('../../dist/web/index.html', import.meta.url));

describe('in Chromium: log in and browse units', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-browser-'));
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (!isBuilt) throw new Error('dist/web is missing: `npm test` builds it; run `npm run build` first.');
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends a visitor to the login page, logs in, finds "Thanh Hóa" by typing "thanh hoa"', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/units`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByText('Quản trị hệ thống').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await page.waitForURL(/\/units/);
    await page.getByLabel('Tìm đơn vị').fill('thanh hoa');
    await expect.poll(() => page.getByText('Tỉnh Thanh Hóa').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await page.close();
  });

  it('shows a commune officer only their own commune', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('canbo.hamrong');
    await page.getByLabel('Mật khẩu').fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect
      .poll(() => page.getByText('Cán bộ đầu mối phường Hàm Rồng').first().isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.goto(`${server.url}/units`);
    await expect.poll(() => page.getByText('Phường Hàm Rồng').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByLabel('Tìm đơn vị').fill('hac thanh');
    await page.waitForTimeout(1000);
    expect(await page.getByText('Phường Hạc Thành').count()).toBe(0);
    await context.close();
  });

  it('shows a clear Vietnamese message for a wrong password', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect
      .poll(() => page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.close();
  });
});
