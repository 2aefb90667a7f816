import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskStats } from '../../src/shared/api/stats.ts';
import type { Task } from '../../src/shared/api/tasks.ts';
import { vietnamDate } from '../../src/shared/dates.ts';
import { gradeOf } from '../../src/shared/task-status.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

/** The date the articles give Thanh Hóa's figures for (demo plan 266-KH/TU). */
const CHECK_DATE = '2025-07-25';
const sum = (rows: { total: number }[]) => rows.reduce((n, row) => n + row.total, 0);

describe.each(testEngines)('task statistics routes on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  const today = vietnamDate(new Date());
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  const stats = async (session: Session, query: string): Promise<TaskStats> => {
    const response = await t.call('GET', `/api/stats/tasks?${query}`, { session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const listTotal = async (session: Session, query: string): Promise<number> =>
    (await t.call('GET', `/api/tasks?${query}&limit=1`, { session })).json().total;

  it('answers 401 to anonymous callers', async () => {
    const response = await t.call('GET', `/api/stats/tasks?unit=38&asOf=${CHECK_DATE}`);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it("answers 404 for a unit outside the caller's scope, like a unit that doesn't exist", async () => {
    const absent = await t.call('GET', '/api/stats/tasks?unit=99999', { session: admin });
    expect(absent.statusCode).toBe(404);
    for (const username of ['canbo.hamrong', 'lanhdao.thainguyen']) {
      const session = await t.login(username);
      const response = await t.call('GET', `/api/stats/tasks?unit=38&asOf=${CHECK_DATE}`, { session });
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toEqual(absent.json().error);
    }
  });

  it('refuses a missing unit and a malformed date with field messages', async () => {
    const missing = await t.call('GET', `/api/stats/tasks?asOf=${CHECK_DATE}`, { session: admin });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('VALIDATION_FAILED');
    expect(missing.json().error.details).toContainEqual({ field: 'querystring.unit', message: 'Vui lòng chọn đơn vị' });
    const blank = await t.call('GET', '/api/stats/tasks?unit=%20', { session: admin });
    expect(blank.json().error.details).toContainEqual({ field: 'querystring.unit', message: 'Vui lòng chọn đơn vị' });
    const badDate = await t.call('GET', '/api/stats/tasks?unit=38&asOf=25/07/2025', { session: admin });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.details).toContainEqual({
      field: 'querystring.asOf',
      message: 'Ngày phải có dạng YYYY-MM-DD',
    });
  });

  it('gives the published figures for Thanh Hóa on 25/7/2025: 91 tasks, 38 completed, 53 in progress', async () => {
    const figures = await stats(admin, `unit=38&asOf=${CHECK_DATE}`);
    expect(figures).toMatchObject({
      unit: { code: '38', fullName: 'Tỉnh Thanh Hóa' },
      asOf: CHECK_DATE,
      total: 91,
      completed: 38,
      inProgress: 53,
      notStarted: 0,
    });
  });

  it('keeps the figures consistent with each other, by pillar and by child unit', async () => {
    const f = await stats(admin, `unit=38&asOf=${CHECK_DATE}`);
    for (const counts of [f, ...f.byPillar, ...f.byChildUnit]) {
      expect(counts.completed).toBe(counts.completedOnTime + counts.completedLate);
      expect(counts.total).toBe(counts.completed + counts.inProgress + counts.notStarted);
      // Overdue tasks are either started (counted in progress) or not started; on-time ones are started.
      expect(counts.inProgress + counts.notStarted).toBeGreaterThanOrEqual(counts.overdue + counts.inProgressOnTime);
      expect(counts.due).toBe(counts.completed + counts.overdue);
      expect(counts.completionRate).toBe(
        counts.due === 0 ? null : Math.round((10_000 * counts.completed) / counts.due) / 100,
      );
    }
    // Nothing is unstarted on the check date, so every started, unfinished task is either on time or overdue.
    expect(f.inProgress).toBe(f.inProgressOnTime + f.overdue);
    expect(f.byPillar.map((p) => p.pillar)).toEqual(['CDS', 'DMST', 'KHCN']);
    expect(sum(f.byPillar)).toBe(91);
    expect(sum(f.byChildUnit)).toBe(91);
    expect(f.byChildUnit.reduce((n, c) => n + c.completed, 0)).toBe(38);
    expect(f.byChildUnit.map((c) => c.unit.code)).toContain('38.SKHCN');
  });

  it('ranks child units by score, competition style, with the grades of gradeOf', async () => {
    const { byChildUnit } = await stats(admin, `unit=38&asOf=${CHECK_DATE}`);
    const scored = byChildUnit.filter((c) => c.score !== null);
    expect(scored.length).toBeGreaterThan(1);
    // Scored units first, best first; units with nothing due yet last, unranked.
    expect(byChildUnit.slice(0, scored.length)).toEqual(scored);
    for (const [i, entry] of byChildUnit.entries()) {
      if (entry.score === null) {
        expect(entry).toMatchObject({ due: 0, grade: null, rank: null });
        continue;
      }
      const expectedScore = (100 * (entry.completedOnTime + 0.5 * entry.completedLate)) / entry.due;
      expect(entry.score).toBeCloseTo(expectedScore, 2);
      expect(entry.grade).toBe(gradeOf(entry.score));
      expect(entry.rank).toBe(1 + scored.filter((other) => other.score! > entry.score!).length);
      if (i > 0) expect(entry.score).toBeLessThanOrEqual(byChildUnit[i - 1]!.score!);
    }
    expect(byChildUnit[0]!.rank).toBe(1);
    // Ties share a rank and the next rank skips (1, 1, 3).
    const tied = scored.filter((c) => c.score === scored[0]!.score);
    expect(tied.length).toBeGreaterThan(1);
    expect(tied.every((c) => c.rank === 1)).toBe(true);
    expect(scored[tied.length]?.rank).toBe(tied.length + 1);
  });

  it('adds the ranking per pillar only when asked, so the common answer stays small', async () => {
    const plain = await stats(admin, `unit=38&asOf=${CHECK_DATE}`);
    expect(plain.rankingByPillar).toBeUndefined();
    const withPillars = await stats(admin, `unit=38&asOf=${CHECK_DATE}&ranking=pillar`);
    expect(Object.keys(withPillars.rankingByPillar!).sort()).toEqual(['CDS', 'DMST', 'KHCN']);
    expect(sum(Object.values(withPillars.rankingByPillar!).flat())).toBe(sum(plain.byChildUnit));
    const wrong = await t.call('GET', '/api/stats/tasks?unit=38&ranking=tinh', { session: admin });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('counts nothing before the first assignment', async () => {
    const figures = await stats(admin, 'unit=38&asOf=2025-03-01');
    expect(figures).toMatchObject({ total: 0, completed: 0, due: 0, completionRate: null, byPillar: [] });
    // Before the 2025 reorganisation the province's current record still carries the plan's tasks.
    const spring = await stats(admin, 'unit=38&asOf=2025-06-30');
    expect(spring).toMatchObject({ unit: { code: '38' }, total: 91, notStarted: 0 });
  });

  it('counts the whole tree from the root', async () => {
    const figures = await stats(admin, `unit=TW&asOf=${CHECK_DATE}`);
    expect(figures).toMatchObject({ total: 91, completed: 38, inProgress: 53, notStarted: 0 });
    expect(figures.byChildUnit).toMatchObject([{ unit: { code: '38', level: 'province' }, total: 91 }]);
  });

  it("gives today's figures when no date is given, matching the task list's statuses", async () => {
    const figures = await stats(admin, 'unit=38');
    expect(figures.asOf).toBe(today);
    expect(figures.total).toBe(await listTotal(admin, 'unit=38'));
    const byStatus = async (status: Task['status']) => listTotal(admin, `unit=38&status=${status}`);
    expect(figures.completedOnTime).toBe(await byStatus('completed_on_time'));
    expect(figures.completedLate).toBe(await byStatus('completed_late'));
    expect(figures.overdue).toBe(await byStatus('overdue'));
    expect(figures.nearDeadline).toBe(await byStatus('near_deadline'));
    expect(figures.inProgressOnTime).toBe((await byStatus('in_progress')) + figures.nearDeadline);
  });

  it("gives a commune officer their own commune's figures only", async () => {
    const officer = await t.login('canbo.hamrong');
    const before = await stats(officer, 'unit=14758'); // the demo gives this commune tasks of its own
    const secretariat = await t.login('thuongtruc.thanhhoa');
    for (const [code, leadUnitCode] of [
      ['TK.01', '14758'],
      ['TK.02', '14797'],
    ]) {
      const assigned = await t.call('POST', '/api/tasks', {
        session: secretariat,
        body: {
          planCode: '266-KH/TU',
          code,
          title: `Số hóa hồ sơ một cửa của phường ${leadUnitCode}`,
          pillar: 'CDS',
          leadUnitCode,
          requiredOutput: 'Báo cáo kết quả',
        },
      });
      expect(assigned.statusCode, assigned.body).toBe(201);
    }
    const own = await stats(officer, 'unit=14758');
    expect(own).toMatchObject({ unit: { code: '14758' }, byChildUnit: [] });
    expect([own.total - before.total, own.notStarted - before.notStarted]).toEqual([1, 1]);
    expect(own.total).toBe(await listTotal(officer, 'unit=14758'));
    expect(own).toEqual(await stats(admin, 'unit=14758'));
    expect((await t.call('GET', '/api/stats/tasks?unit=14797', { session: officer })).statusCode).toBe(404);
  });

  it("keeps history exact: a change made today moves today's figures, not those of 25/7/2025", async () => {
    const before = await stats(admin, `unit=38&asOf=${CHECK_DATE}`);
    const beforeToday = await stats(admin, 'unit=38');
    // A task of the Department of Science and Technology completed on time, whose deadline has passed.
    const { items } = (
      await t.call('GET', '/api/tasks?plan=266-KH/TU&unit=38.SKHCN&limit=500', { session: admin })
    ).json();
    const task = (items as Task[]).find(
      (x) => x.status === 'completed_on_time' && x.deadline !== null && x.deadline < today,
    )!;
    expect(task).toBeDefined();

    const reopened = await t.call('POST', `/api/tasks/${task.id}/reopen`, {
      session: admin,
      body: { reason: 'Minh chứng chưa đầy đủ, cần bổ sung.' },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const afterReopen = await stats(admin, 'unit=38');
    expect(afterReopen).toMatchObject({
      completed: beforeToday.completed - 1,
      completedOnTime: beforeToday.completedOnTime - 1,
      inProgress: beforeToday.inProgress + 1,
      overdue: beforeToday.overdue + 1,
    });

    const officer = await t.login('canbo.skhcn.thanhhoa');
    const secretariat = await t.login('thuongtruc.thanhhoa');
    const report = await t.call('POST', `/api/tasks/${task.id}/reports`, {
      session: officer,
      body: { text: 'Đã bổ sung minh chứng theo yêu cầu.', percent: 95 },
    });
    expect(report.statusCode).toBe(200);
    const proposal = await t.call('POST', `/api/tasks/${task.id}/completion`, {
      session: officer,
      body: { summary: 'Hoàn thành, kèm minh chứng bổ sung.' },
    });
    expect(proposal.statusCode).toBe(200);
    const confirmed = await t.call('POST', `/api/tasks/${task.id}/completion/confirm`, { session: secretariat });
    expect(confirmed.statusCode).toBe(200);

    const afterToday = await stats(admin, 'unit=38');
    expect(afterToday).toMatchObject({
      total: beforeToday.total,
      completed: beforeToday.completed,
      completedOnTime: beforeToday.completedOnTime - 1,
      completedLate: beforeToday.completedLate + 1,
    });
    expect(await stats(admin, `unit=38&asOf=${CHECK_DATE}`)).toEqual(before);
  });
});

describe.each(testEngines)('dates that do not exist on $name', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('refuses 30 February as a date, with a field message instead of a server error', async () => {
    const session = await t.login('admin');
    const response = await t.call('GET', '/api/stats/tasks?unit=38&asOf=2025-02-30', { session });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ field: 'querystring.asOf', message: 'Ngày không tồn tại' }]);
  });

  it('finds tasks ignoring diacritics and case', async () => {
    const session = await t.login('admin');
    const folded = (await t.call('GET', `/api/tasks?q=${encodeURIComponent('so hoa ho so')}`, { session })).json();
    const typed = (await t.call('GET', `/api/tasks?q=${encodeURIComponent('Số hóa hồ sơ')}`, { session })).json();
    expect(folded.total).toBeGreaterThan(0);
    expect(folded.total).toBe(typed.total);
  });
});

describe.each(testEngines)('the review queue on $name', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('lists tasks whose completion proposal awaits a decision, until it is decided', async () => {
    const secretariat = await t.login('thuongtruc.thanhhoa');
    const queue = async () =>
      (await t.call('GET', '/api/tasks?pending=completion&limit=500', { session: secretariat })).json().items as {
        id: number;
        code: string;
      }[];
    const before = await queue();
    expect(before.length).toBeGreaterThan(0); // the demo leaves proposals waiting
    const first = before[0]!;
    expect(
      (await t.call('POST', `/api/tasks/${first.id}/completion/confirm`, { session: secretariat })).statusCode,
    ).toBe(200);
    expect((await queue()).map((task) => task.id)).not.toContain(first.id);
    expect((await t.call('GET', '/api/tasks?pending=extension', { session: secretariat })).statusCode).toBe(200);
  });
});
