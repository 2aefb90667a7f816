import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createDeps } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { seedDemoSnapshots } from '../../src/server/demo/demo-publications.seed.ts';
import { vietnamDate } from '../../src/shared/dates.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

/**
 * In Chromium, signed out: the portal's ranking, a unit's chart, the open data with a working
 * download, in both languages. The app runs in-process over the built web app (`npm run build`;
 * WEB_ROOT points at another build).
 */
describe('in Chromium: the public portal, without signing in', () => {
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-portal-'));
  let database: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase({ name: 'pglite' });
    await seedDemoSnapshots(database.db, { today: vietnamDate(new Date()), nearDeadlineDays: 7 });
    const config = loadConfig({ LOG_LEVEL: 'silent', FILES_DIR: filesDir, JOBS: '0' });
    app = await buildApp(createDeps(config, database), { logger: false, webRoot: process.env.WEB_ROOT });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('shows the published ranking, a unit with its chart, and open data that downloads', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/portal`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Kết quả thực hiện Nghị quyết 57-NQ/TW');
    await expect.poll(() => page.getByRole('link', { name: 'Tỉnh Thanh Hóa' }).count()).toBe(1);
    expect(await page.getByText('Sở Nội vụ Thanh Hóa').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Cổng thông tin' }).getByRole('link', { name: 'Xếp hạng' }).click();
    const national = page.getByRole('table', { name: /Ban Chỉ đạo Trung ương/ });
    await expect.poll(() => national.getByRole('row').count(), { timeout: 15_000 }).toBe(3);
    const thanhHoa = national.getByRole('row', { name: /Tỉnh Thanh Hóa/ });
    expect(await thanhHoa.getByRole('cell').first().textContent()).toBe('1/1');
    expect(await page.getByText('Sở Nội vụ Thanh Hóa').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await thanhHoa.getByRole('link').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tỉnh Thanh Hóa');
    const chart = page.getByRole('img', { name: /Tỷ lệ hộ gia đình có băng rộng cố định/ });
    await expect.poll(() => chart.count()).toBe(1);
    expect(await page.getByText('CDS.03').count()).toBe(0); // not published
    await page.getByText('Xem số liệu dạng bảng').first().click();
    expect(await page.getByRole('cell', { name: '14/12/2025' }).first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'EN, English' }).click();
    await page.getByRole('link', { name: 'Open data' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Open data');
    const download = page.getByRole('link', { name: 'Download CSV: Ranking of units by task results' });
    const href = await download.getAttribute('href');
    expect(href).toBe('/api/public/datasets/ranking/v/latest.csv');
    const csv = await page.evaluate(async (address) => (await fetch(address)).text(), href!);
    expect(csv).toContain('Tỉnh Thanh Hóa');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'VI, Tiếng Việt' }).click();
    await page.close();
  });
});
