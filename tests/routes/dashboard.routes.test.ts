import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';
import { driver } from '../helpers/task-driver.ts';

describe.each(testEngines)('dashboard on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('answers 401 anonymous, 400 without a unit, 404 out of scope', async () => {
    expect((await t.call('GET', '/api/dashboard?unit=38')).statusCode).toBe(401);
    const leader = await t.login('lanhdao.thanhhoa');
    expect((await t.call('GET', '/api/dashboard', { session: leader })).statusCode).toBe(400);
    expect((await t.call('GET', '/api/dashboard?unit=19', { session: leader })).statusCode).toBe(404);
  });

  it('shows Thanh Hóa on 25/7/2025: 91 tasks, 38 completed, 53 in progress, with the week and month before', async () => {
    const leader = await t.login('lanhdao.thanhhoa');
    const board = (await t.call('GET', '/api/dashboard?unit=38&asOf=2025-07-25', { session: leader })).json();
    expect(board.tasks).toMatchObject({ total: 91, completed: 38, inProgress: 53, overdue: 10 });
    expect(board.tasksWeekAgo.total).toBe(91);
    expect(board.tasksMonthAgo.completed).toBeLessThanOrEqual(38);
    expect(board.plan).toMatchObject({ code: '266-KH/TU' });
    expect(board.indicators.total.total).toBe(65);
    expect(Object.keys(board.indicators.byPillar).sort()).toEqual(['CDS', 'DMST', 'KHCN']);
    const overdue = board.warnings.filter((w: { kind: string }) => w.kind === 'overdue');
    expect(overdue).toHaveLength(10);
    expect(overdue[0]).toMatchObject({
      link: expect.stringMatching(/^\/tasks\/\d+$/),
      unit: { code: expect.any(String) },
    });
    expect(board.ranking.length).toBeGreaterThan(0);
    expect(board.ranking[0].rank).toBe(1);
  });

  it('lists unanswered explanation requests among the warnings', async () => {
    const leader = await t.login('lanhdao.thanhhoa');
    const tasks = (await t.call('GET', '/api/tasks?unit=38.SKHCN&limit=5', { session: leader })).json();
    const taskId = tasks.items[0].id;
    await t.call('POST', `/api/tasks/${taskId}/explanations`, {
      session: leader,
      body: { question: 'Đề nghị giải trình tiến độ quý này.' },
    });
    const board = (await t.call('GET', '/api/dashboard?unit=38', { session: leader })).json();
    expect(board.warnings).toContainEqual(
      expect.objectContaining({ kind: 'explanation_pending', link: `/tasks/${taskId}` }),
    );
  });

  it('warns of daily reports missing the day before, and ranks the child units per pillar', async () => {
    const leader = await t.login('lanhdao.thanhhoa');
    const board = (await t.call('GET', '/api/dashboard?unit=38&asOf=2025-07-25', { session: leader })).json();
    const missing = board.warnings.filter((w: { kind: string }) => w.kind === 'missing_report');
    expect(missing.length).toBeGreaterThan(0);
    for (const warning of missing) {
      expect(warning.dueOn).toBe('2025-07-24');
      const task = (await t.call('GET', `/api/tasks/${warning.link.split('/').pop()}`, { session: leader })).json();
      expect(task.isDailyReport).toBe(true);
    }
    // The demo's daily tasks have reported every day up to today.
    const today = (await t.call('GET', '/api/dashboard?unit=38', { session: leader })).json();
    expect(today.warnings.filter((w: { kind: string }) => w.kind === 'missing_report')).toEqual([]);

    expect(Object.keys(board.rankingByPillar).sort()).toEqual(['CDS', 'DMST', 'KHCN']);
    const pillarTotal = (code: string) =>
      Object.values(board.rankingByPillar as Record<string, { unit: { code: string }; total: number }[]>)
        .flat()
        .filter((row) => row.unit.code === code)
        .reduce((sum, row) => sum + row.total, 0);
    for (const row of board.ranking) expect(pillarTotal(row.unit.code)).toBe(row.total);
  });

  it("shows an officer's new progress report first among the latest reports", async () => {
    const d = driver(t);
    const task = await d.assign();
    expect((await d.report('canbo.hamrong', task.id, 35)).statusCode).toBe(200);
    const leader = await t.login('lanhdao.thanhhoa');
    const board = (await t.call('GET', '/api/dashboard?unit=38', { session: leader })).json();
    expect(board.recentReports[0]).toMatchObject({
      link: `/tasks/${task.id}`,
      unit: { code: '14758' },
      percent: 35,
      text: 'Đã triển khai được 35% khối lượng.',
    });
    expect(board.recentReports.length).toBeLessThanOrEqual(6);
  });

  it('exports the dashboard as a PDF with the figures and full Vietnamese text, in scope only', async () => {
    const leader = await t.login('lanhdao.thanhhoa');
    const url = '/api/dashboard/export.pdf?unit=38&asOf=2025-07-25';
    expect((await t.call('GET', url)).statusCode).toBe(401);
    expect((await t.call('GET', '/api/dashboard/export.pdf?unit=19', { session: leader })).statusCode).toBe(404);
    const response = await t.call('GET', url, { session: leader });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('filename="bang-dieu-hanh-38-2025-07-25.pdf"');
    const pdf = await getDocumentProxy(new Uint8Array(response.rawPayload));
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('BẢNG ĐIỀU HÀNH: TỈNH THANH HÓA');
    expect(flat).toContain('Tổng số 91 nhiệm vụ; đã hoàn thành 38');
    expect(flat).toContain('đang thực hiện 53');
    expect(flat).toContain('Số liệu tính đến ngày 25/7/2025');
    expect(flat).toContain('XẾP HẠNG ĐƠN VỊ TRỰC THUỘC');
  });

  it('draws the completion rate over time', async () => {
    const leader = await t.login('lanhdao.thanhhoa');
    const trend = (
      await t.call('GET', '/api/dashboard/trend?unit=38&asOf=2025-07-25&points=3', { session: leader })
    ).json();
    expect(trend.points.map((p: { on: string }) => p.on)).toEqual(['2025-05-26', '2025-06-25', '2025-07-25']);
    expect(trend.points[2]).toMatchObject({ total: 91, completed: 38 });
  });
});
