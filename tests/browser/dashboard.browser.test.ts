import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { loginOver, startServer, type ServerProcess } from '../helpers/server-process.ts';

/** The figure shown on the card whose label is `label`. */
const figure = (page: Page, label: string) =>
  page
    .locator('.dash-figure', { has: page.locator('.dash-figure__label', { hasText: label }) })
    .locator('.dash-figure__value');

describe("in Chromium: the leaders' dashboard", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-dash-'));
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

  it('shows Thanh Hóa on 25/7/2025 (91 tasks), drills from a red indicator to its detail; a confirmed completion and an officer’s report arrive without a reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('lanhdao.thanhhoa');
    await page.getByLabel('Mật khẩu').fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${server.url}/dashboard?unit=38`);
    await page.getByLabel('Tính đến ngày').fill('2025-07-25');
    await expect.poll(() => figure(page, 'Tổng số nhiệm vụ').textContent(), { timeout: 15_000 }).toBe('91');
    await expect.poll(() => figure(page, 'Đang thực hiện').textContent()).toBe('53');
    const completed =
      Number(await figure(page, 'Hoàn thành đúng hạn').textContent()) +
      Number(await figure(page, 'Hoàn thành quá hạn').textContent());
    expect(completed).toBe(38);
    expect(await axeViolations(page)).toEqual([]);

    // Drill down: a red indicator among the warnings opens that indicator's detail for Thanh Hóa.
    await page
      .locator('section', { has: page.locator('.dash-warnings') })
      .getByRole('button', { name: /^Xem tất cả/ })
      .click();
    const red = page.locator('.dash-warning--red_indicator').first().locator('a');
    const title = (await red.textContent())!;
    await red.click();
    await page.waitForURL(/\/indicators\/\d+\?/);
    const [code, ...name] = title.split(' – ');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(name.join(' – '));
    expect(code).toMatch(/\S/);
    expect(new URL(page.url()).searchParams.get('unit')).toBe('38');
    expect(await axeViolations(page)).toEqual([]);

    // Today's view, then a completion confirmed elsewhere: the open page picks it up by itself.
    await page.goto(`${server.url}/dashboard?unit=38`);
    const completedNow = async () =>
      Number((await figure(page, 'Hoàn thành đúng hạn').textContent()) ?? NaN) +
      Number((await figure(page, 'Hoàn thành quá hạn').textContent()) ?? NaN);
    await expect.poll(completedNow, { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await completedNow();
    const secretariat = await loginOver(server.url, 'thuongtruc.thanhhoa');
    const queue = (await (
      await fetch(`${server.url}/api/tasks?pending=completion&limit=5`, { headers: { cookie: secretariat.cookie } })
    ).json()) as { items: { id: number }[] };
    const confirmed = await fetch(`${server.url}/api/tasks/${queue.items[0]!.id}/completion/confirm`, {
      method: 'POST',
      headers: { cookie: secretariat.cookie, 'x-csrf-token': secretariat.csrfToken },
    });
    expect(confirmed.status).toBe(200);
    await expect.poll(completedNow, { timeout: 15_000 }).toBe(before + 1);

    // An officer's progress report heads the latest reports, again without a reload.
    const officer = await loginOver(server.url, 'canbo.hamrong');
    const own = (await (
      await fetch(`${server.url}/api/tasks?unit=14758&limit=20`, { headers: { cookie: officer.cookie } })
    ).json()) as { items: { id: number; status: string }[] };
    const open = own.items.find((task) => !task.status.startsWith('completed'))!;
    const reported = await fetch(`${server.url}/api/tasks/${open.id}/reports`, {
      method: 'POST',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Đã hoàn thiện dự thảo quy chế, đang lấy ý kiến các phòng.', percent: 60 }),
    });
    expect(reported.status).toBe(200);
    const latest = page.locator('.dash-recent__item').first();
    await expect
      .poll(() => latest.textContent(), { timeout: 15_000 })
      .toContain('Đã hoàn thiện dự thảo quy chế, đang lấy ý kiến các phòng.');

    // The ranking per pillar: one press shows the units ranked over that pillar's tasks only.
    await page.getByRole('button', { name: 'Chuyển đổi số' }).click();
    expect(await page.getByRole('button', { name: 'Chuyển đổi số' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.dash-ranking tbody tr').count()).toBeGreaterThan(0);
    await page.close();
  });
});
