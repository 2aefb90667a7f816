import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { loginOver, startServer, type ServerProcess } from '../helpers/server-process.ts';

const hasSharedGeo = existsSync(new URL('../../../shared/data/geo/vn_provinces_34.geojson', import.meta.url));

const square = (lon: number, lat: number, size = 0.06) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
/** Three communes of Thanh Hóa side by side (the demo may already hold the real ones: these replace three). */
const threeCommunes = {
  type: 'FeatureCollection',
  features: [
    ['14758', 105.7],
    ['14797', 105.76],
    ['14812', 105.82],
  ].map(([code, lon]) => ({
    type: 'Feature',
    properties: { code },
    geometry: { type: 'Polygon', coordinates: [square(lon as number, 19.8)] },
  })),
};

/** The end of the last six-month reporting period (periods end on 14 June and 14 December). */
function lastSixMonthEnd(today = new Date().toISOString().slice(0, 10)): string {
  const year = Number(today.slice(0, 4));
  if (today >= `${year}-12-14`) return `${year}-12-14`;
  if (today >= `${year}-06-14`) return `${year}-06-14`;
  return `${year - 1}-12-14`;
}

/** axe's findings on the map only (its areas are named by their data-code); the rest of the page is not ours here. */
const mapViolations = async (page: Page) =>
  (await axeViolations(page)).filter((v) => v.targets.some((t) => t.includes('unit-map') || t.includes('data-code')));

const focusedCode = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? null);

describe('in Chromium: the map of the units below', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-map-'));
  let server: ServerProcess;
  let browser: Browser;
  let indicatorId: number;
  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();
    const admin = await loginOver(server.url, 'quantri.thanhhoa');
    const imported = await fetch(`${server.url}/api/boundaries/import`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/geo+json' },
      body: JSON.stringify(threeCommunes),
    });
    expect(imported.status).toBe(200);
    // One approved figure for Hàm Rồng, so the indicator map has something to show.
    const secretariat = await loginOver(server.url, 'thuongtruc.thanhhoa');
    const catalogue = (await (
      await fetch(`${server.url}/api/indicators?plan=${encodeURIComponent('266-KH/TU')}`, {
        headers: { cookie: secretariat.cookie },
      })
    ).json()) as { items: { id: number; code: string }[] };
    indicatorId = catalogue.items.find((i) => i.code === 'CDS.04')!.id;
    const recorded = await fetch(`${server.url}/api/indicators/${indicatorId}/values`, {
      method: 'POST',
      headers: {
        cookie: secretariat.cookie,
        'x-csrf-token': secretariat.csrfToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ unitCode: '14758', periodEnd: lastSixMonthEnd(), value: 80 }),
    });
    expect(recorded.status).toBe(201);
    const { id } = (await recorded.json()) as { id: number };
    const approved = await fetch(`${server.url}/api/indicator-values/${id}/approve`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
    });
    expect(approved.status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function openAs(username: string, address: string, viewport = { width: 1100, height: 900 }) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${server.url}${address}`);
    await scrollToMap(page);
    return page;
  }

  /** The map loads its boundaries only once it comes near the screen, as a reader scrolls down to it. */
  async function scrollToMap(page: Page) {
    await page.locator('.unit-map__frame').scrollIntoViewIfNeeded({ timeout: 20_000 });
  }

  it('draws the graded areas with names in words, and follows one with the keyboard alone', async () => {
    const page = await openAs('lanhdao.thanhhoa', '/dashboard?unit=38&asOf=2025-07-25');
    const map = page.getByRole('group', { name: 'Bản đồ xếp loại các đơn vị trực thuộc' });
    await map.waitFor({ timeout: 20_000 });
    await expect.poll(() => map.getByRole('link', { name: /^Phường Hàm Rồng: / }).count()).toBe(1);
    const name = await map.getByRole('link', { name: /^Phường Hàm Rồng: / }).getAttribute('aria-label');
    expect(name).toMatch(/^Phường Hàm Rồng: (xếp loại [A-E], điểm [\d,]+|chưa xếp hạng)$/);
    expect(await page.getByText('A: từ 90 điểm').isVisible()).toBe(true);
    expect(await map.getAttribute('aria-describedby')).toBeTruthy();
    expect(await mapViolations(page)).toEqual([]);

    // One tab stop: from the colour selector, Tab lands on the map; arrows move; Enter opens the unit.
    await page.getByLabel('Tô màu bản đồ theo').focus();
    await page.keyboard.press('Tab');
    const first = await focusedCode(page);
    expect(first).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    if ((await focusedCode(page)) === first) await page.keyboard.press('ArrowLeft');
    const second = await focusedCode(page);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    // The focused area is named in words under the map too.
    expect(await page.locator('.unit-map__readout').textContent()).toMatch(/^Phường|^Xã/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('unit') === second);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2025-07-25');
    await page.close();
  });

  it("colours by an indicator: values in the areas' names, each linked to the unit's page of it", async () => {
    const page = await openAs('lanhdao.thanhhoa', '/dashboard?unit=38');
    await page.getByLabel('Tô màu bản đồ theo').selectOption('CDS.04');
    await page.waitForURL((url) => url.searchParams.get('mapBy') === 'CDS.04');
    const map = page.getByRole('group', { name: /^Bản đồ chỉ tiêu CDS\.04/ });
    const hamRong = map.getByRole('link', { name: /^Phường Hàm Rồng: 80 %, Chưa đánh giá/ });
    await hamRong.waitFor({ timeout: 20_000 });
    expect(await hamRong.getAttribute('href')).toBe(`/indicators/${indicatorId}?unit=14758&plan=266-KH%2FTU`);
    expect(await map.getByRole('link', { name: 'Phường Hạc Thành: chưa có số liệu' }).count()).toBe(1);
    await page.getByText(/^Số liệu của bản đồ/).click();
    expect(await page.getByRole('cell', { name: '80' }).count()).toBeGreaterThan(0);
    // Reloading keeps the choice: it lives in the address.
    await page.reload();
    await scrollToMap(page);
    await page.getByRole('group', { name: /^Bản đồ chỉ tiêu CDS\.04/ }).waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Tô màu bản đồ theo').inputValue()).toBe('CDS.04');
    expect(await mapViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const page = await openAs('lanhdao.thanhhoa', '/dashboard?unit=38&asOf=2025-07-25', { width: 360, height: 740 });
    const svg = page.locator('.unit-map__svg');
    await svg.waitFor({ timeout: 20_000 });
    const box = await svg.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it.skipIf(!hasSharedGeo)(
    'loads the reference boundaries into the demo when ../shared/data/geo is there',
    async () => {
      const admin = await loginOver(server.url, 'admin');
      const provinces = (await (
        await fetch(`${server.url}/api/boundaries?unit=TW`, { headers: { cookie: admin.cookie } })
      ).json()) as { features: unknown[] };
      expect(provinces.features).toHaveLength(34);
      const communes = (await (
        await fetch(`${server.url}/api/boundaries?unit=19`, { headers: { cookie: admin.cookie } })
      ).json()) as { features: unknown[] };
      expect(communes.features).toHaveLength(92);
    },
  );
});
