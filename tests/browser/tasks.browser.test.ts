import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { loginOver, startServer, type ServerProcess } from '../helpers/server-process.ts';

const isBuilt = existsSync(new URL('../../dist/web/index.html', import.meta.url));
const poll = { timeout: 15_000 };

/** "1.234" as the board writes it in Vietnamese → 1234. */
const vietnameseInteger = (text: string) => Number(text.trim().replace(/\./g, ''));

describe('in Chromium: an officer reports with a file, the secretariat confirms, the leader’s board moves', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-browser-'));
  const pdfPath = path.join(dataDir, 'bao-cao-tien-do.pdf');
  const resultPath = path.join(dataDir, 'ket-qua.pdf');
  let server: ServerProcess;
  let browser: Browser;
  let taskId: number;
  let completedBefore: number;

  async function api<T>(username: string, method: string, url: string, body?: unknown): Promise<T> {
    const { cookie, csrfToken } = await loginOver(server.url, username);
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Đăng xuất' }).isVisible(), poll).toBe(true);
    return page;
  }

  async function openTask(page: Page): Promise<void> {
    await page.goto(`${server.url}/tasks/${taskId}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Thí điểm minh chứng E2E' }).isVisible(), poll)
      .toBe(true);
  }

  /** An action panel (<details>) by the text of its <summary>. */
  const panel = (page: Page, title: string): Locator =>
    page.locator('details').filter({ has: page.locator('summary', { hasText: title }) });

  beforeAll(async () => {
    if (!isBuilt) throw new Error('dist/web is missing: `npm test` builds it; run `npm run build` first.');
    const pdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
    writeFileSync(pdfPath, pdf);
    writeFileSync(resultPath, pdf + '%'.repeat(64 * 1024));
    server = await startServer({ DATA_DIR: dataDir });
    browser = await launchChromium();

    const task = await api<{ id: number }>('thuongtruc.thanhhoa', 'POST', '/api/tasks', {
      planCode: '266-KH/TU',
      code: 'E2E.01',
      title: 'Thí điểm minh chứng E2E',
      pillar: 'CDS',
      leadUnitCode: '38.SKHCN',
      deadline: '2099-12-31',
      requiredOutput: 'Báo cáo kết quả thí điểm',
    });
    taskId = task.id;
    const stats = await api<{ completed: number }>('lanhdao.thanhhoa', 'GET', '/api/stats/tasks?unit=38');
    completedBefore = stats.completed;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets the lead unit’s officer report progress with a PDF, then propose completion', async () => {
    const page = await signIn('canbo.skhcn.thanhhoa');
    await openTask(page);

    const report = panel(page, 'Báo cáo tiến độ');
    await report.getByLabel('Nội dung báo cáo').fill('Đã triển khai thí điểm tại 3 đơn vị.');
    await report.getByLabel('Tiến độ (%)').fill('60');
    await report.getByLabel('Tệp minh chứng').setInputFiles(pdfPath);
    const chosen = report.getByRole('listitem').filter({ hasText: 'bao-cao-tien-do.pdf' });
    await expect.poll(() => chosen.innerText(), poll).toMatch(/\(\d+ byte\)\s+Đã tải lên/);

    // Every control of the report form has an accessible name (an unnamed one shows as `- textbox` etc.).
    const tree = await report.locator('form').ariaSnapshot();
    expect(tree).toContain('textbox "Nội dung báo cáo"');
    expect(tree).toContain('spinbutton "Tiến độ (%)"');
    expect(tree).toMatch(/button "Tệp minh chứng/);
    expect(tree).toContain('button "Bỏ đính kèm bao-cao-tien-do.pdf"');
    expect(tree).not.toMatch(/- (textbox|spinbutton|button|combobox|checkbox)(:| \[|$)/m);

    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => page.getByText('Đã ghi nhận báo cáo tiến độ.').isVisible(), poll).toBe(true);
    const timeline = page.getByRole('region', { name: 'Diễn biến' });
    await expect.poll(() => timeline.getByText('Đã triển khai thí điểm tại 3 đơn vị.').isVisible(), poll).toBe(true);
    const link = timeline.getByRole('link', { name: /bao-cao-tien-do\.pdf/ });
    await expect.poll(() => link.isVisible(), poll).toBe(true);
    const download = await page.request.get(`${server.url}${await link.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
    const evidence = page.getByRole('region', { name: 'Minh chứng' });
    await expect.poll(() => evidence.getByRole('link', { name: /bao-cao-tien-do\.pdf/ }).isVisible(), poll).toBe(true);
    // The form is ready for the next report: the sent file is no longer listed in it.
    expect(await report.getByRole('listitem').count()).toBe(0);

    await page.locator('summary', { hasText: 'Đề xuất hoàn thành' }).click();
    const proposal = panel(page, 'Đề xuất hoàn thành');
    await proposal.getByLabel('Kết quả và minh chứng').fill('Hoàn thành thí điểm; báo cáo kết quả kèm theo.');
    // A slower line (32 KB/s for a 64 KB file) keeps the upload on screen long enough to see its progress.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 32 * 1024,
    });
    await proposal.getByLabel('Tệp minh chứng').setInputFiles(resultPath);
    const progress = proposal.getByRole('progressbar', { name: 'Tiến độ tải lên ket-qua.pdf' });
    await expect.poll(() => progress.isVisible(), poll).toBe(true);
    expect(await proposal.getByRole('listitem').innerText()).toMatch(/\d+%/);
    await expect.poll(() => proposal.getByRole('listitem').innerText(), poll).toContain('Đã tải lên');
    expect(await progress.count()).toBe(0);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await proposal.getByRole('button', { name: 'Gửi đề xuất hoàn thành' }).click();
    await expect
      .poll(() => page.getByText('Đã gửi đề xuất hoàn thành; chờ cơ quan giao nhiệm vụ xác nhận.').isVisible(), poll)
      .toBe(true);
    await page.context().close();
  });

  it('lets the secretariat confirm completion, which locks the task', async () => {
    const page = await signIn('thuongtruc.thanhhoa');
    await openTask(page);
    const review = page.getByRole('region', { name: 'Xét đề xuất hoàn thành' });
    await expect.poll(() => review.getByRole('link', { name: /ket-qua\.pdf/ }).isVisible(), poll).toBe(true);
    await review.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
    await expect.poll(() => page.getByText('Đã xác nhận hoàn thành; hồ sơ đã khóa.').isVisible(), poll).toBe(true);
    expect(await page.getByText('Hoàn thành đúng hạn').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the leader one more completed task on the board for Thanh Hóa', async () => {
    const page = await signIn('lanhdao.thanhhoa');
    await page.goto(`${server.url}/tasks?unit=38`);
    const completed = page
      .getByRole('term')
      .filter({ hasText: /^Đã hoàn thành$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect.poll(async () => vietnameseInteger(await completed.innerText()), poll).toBe(completedBefore + 1);
    await page.context().close();
  });
});
