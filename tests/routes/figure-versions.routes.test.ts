import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachOf } from '../../src/server/figures/figure-versions.ts';
import type { TaskStats } from '../../src/shared/api/stats.ts';
import { addDays, vietnamDate } from '../../src/shared/dates.ts';
import { driver } from '../helpers/task-driver.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

describe('reach of a recorded change', () => {
  it('keeps figures of sessions and documents, scopes task changes, and treats the unknown as everywhere', () => {
    expect(reachOf('auth.login', 5)).toBe('none');
    expect(reachOf('report.generate', 5)).toBe('none');
    expect(reachOf('task.completion_confirmed', 5)).toBe('subtree');
    expect(reachOf('indicator.value_approved', 5)).toBe('subtree');
    expect(reachOf('task.assign', null)).toBe('everywhere');
    expect(reachOf('unit.import.update', 5)).toBe('everywhere');
    expect(reachOf('something.new', 5)).toBe('everywhere');
  });
});

describe.each(testEngines)('cached figures on $name', (engine) => {
  let t: TestApp;
  let d: ReturnType<typeof driver>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    d = driver(t);
  });
  afterAll(() => t?.close());

  /** The counters of TW, Thanh Hóa and Phường Hàm Rồng, in that order. */
  const versions = async () => {
    const { rows } = await t.database.db.execute<{ code: string; version: number }>(sql`
      select u.code, coalesce(f.version, 0)::int as version from units u
      left join figure_versions f on f.unit_id = u.id
      where u.code in ('TW', '38', '14758') and u.valid_to is null order by length(u.path)`);
    return rows.map((row) => Number(row.version));
  };
  const total = async (unit: string) => {
    const response = await t.call('GET', `/api/stats/tasks?unit=${unit}`, { session: await d.as('admin') });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as TaskStats).total;
  };

  it('shows a new task in the figures of every unit above it at once, however often they were read', async () => {
    const [province, country] = [await total('38'), await total('TW')];
    expect(await total('38')).toBe(province);
    const before = await versions();
    const task = await d.assign();
    expect((await versions()).map((v, i) => v - before[i]!)).toEqual([1, 1, 1]);
    expect([await total('38'), await total('TW')]).toEqual([province + 1, country + 1]);

    // The first report starts the task (a figure moves); later reports and signing in move none.
    await d.report('canbo.hamrong', task.id, 10);
    const started = await versions();
    expect(started.map((v, i) => v - before[i]!)).toEqual([2, 2, 2]);
    await d.report('canbo.hamrong', task.id, 20);
    await t.login('thuongtruc.thanhhoa');
    expect(await versions()).toEqual(started);
  });

  it('keeps the settled days (two days back and older) keyed only by changes that reach everywhere', async () => {
    const everywhere = async () =>
      Number(
        (
          await t.database.db.execute<{ v: number }>(
            sql`select coalesce(max(version), 0)::int as v from figure_versions where unit_id = 0`,
          )
        ).rows[0]!.v,
      );
    const settledOn = addDays(vietnamDate(new Date()), -2);
    const settled = await total(`38&asOf=${settledOn}`);
    const before = await everywhere();
    // Assigning a task is dated today: it cannot change a figure of an earlier day.
    await d.assign();
    expect(await everywhere()).toBe(before);
    expect(await total(`38&asOf=${settledOn}`)).toBe(settled);
    // A new plan may touch any unit's figures on any day.
    const plan = await d.post('admin', '/api/plans', {
      code: 'KH-THU/2026',
      title: 'Kế hoạch thử',
      kind: 'Kế hoạch',
      unitCode: 'TW',
      documentNumber: '1/KH-THU',
      documentDate: settledOn,
      issuer: 'Ban Chỉ đạo',
      pillars: ['CDS'],
    });
    expect(plan.statusCode, plan.body).toBe(201);
    expect(await everywhere()).toBe(before + 1);
  });
});
