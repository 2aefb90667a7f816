import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskStatuses } from '../../src/shared/task-status.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';
import { driver, PLAN } from '../helpers/task-driver.ts';

describe.each(testEngines)('task lists on $name', (engine) => {
  let t: TestApp;
  let d: ReturnType<typeof driver>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    d = driver(t);
    const { items } = await d.list('admin', `plan=${encodeURIComponent(PLAN)}&limit=500`);
    expect(items).toHaveLength(91);
  });
  afterAll(() => t?.close());

  describe('listing', () => {
    const plan = `plan=${encodeURIComponent(PLAN)}`;

    it('filters by status, and the statuses partition the plan', async () => {
      const { total } = await d.list('admin', `${plan}&limit=1`);
      let sum = 0;
      for (const status of taskStatuses) {
        const page = await d.list('admin', `${plan}&status=${status}&limit=500`);
        expect(page.items.every((task) => task.status === status)).toBe(true);
        expect(page.items).toHaveLength(page.total);
        sum += page.total;
      }
      expect(sum).toBe(total);
      expect((await d.list('admin', `${plan}&status=overdue&limit=1`)).total).toBeGreaterThan(0);
      const bad = await t.call('GET', '/api/tasks?status=late', { session: await d.as('admin') });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].field).toBe('querystring.status');
    });

    it('filters by pillar', async () => {
      const all = await d.list('admin', `${plan}&limit=500`);
      const innovation = await d.list('admin', `${plan}&pillar=DMST&limit=500`);
      expect(innovation.total).toBe(all.items.filter((task) => task.pillar === 'DMST').length);
      expect(innovation.total).toBeGreaterThan(0);
      expect(innovation.items.every((task) => task.pillar === 'DMST')).toBe(true);
    });

    it('searches titles with the diacritics as typed, and codes', async () => {
      const found = await d.list('admin', `q=${encodeURIComponent('Số hóa')}&limit=500`);
      expect(found.total).toBeGreaterThan(0);
      expect(found.items.every((task) => task.title.toLowerCase().includes('số hóa'))).toBe(true);
      const byCode = await d.list('admin', `${plan}&q=266.0&limit=500`);
      expect(byCode.items.map((task) => task.code).sort()).toEqual(
        Array.from({ length: 9 }, (_, i) => `266.0${i + 1}`),
      );
      // '%' and '_' are characters to find (no title has them), not wildcards.
      for (const wildcard of ['%', '_']) {
        expect((await d.list('admin', `q=${encodeURIComponent(wildcard)}&limit=1`)).total).toBe(0);
      }
    });

    it("filters by a unit's subtree, within the caller's scope", async () => {
      const department = await d.list('admin', `unit=38.SKHCN&limit=500`);
      expect(department.total).toBeGreaterThanOrEqual(6);
      expect(department.items.every((task) => task.leadUnit.code === '38.SKHCN')).toBe(true);
      const province = await d.list('thuongtruc.thanhhoa', 'unit=38&limit=1');
      expect(province.total).toBeGreaterThan(department.total);
      const outside = await t.call('GET', '/api/tasks?unit=19', { session: await d.as('thuongtruc.thanhhoa') });
      expect(outside.statusCode).toBe(404);
    });
  });
});

describe.each(testEngines)('task deadlines on a pinned clock on $name', (engine) => {
  let t: TestApp;
  let d: ReturnType<typeof driver>;
  let now = new Date('2026-12-01T03:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock: () => now });
    d = driver(t);
  });
  afterAll(() => t?.close());

  it('turns a task overdue the day after its deadline, with nobody touching it', async () => {
    // The demo may give this commune tasks of its own: compare against the figures before ours.
    const stats = async (asOf?: string) =>
      (
        await t.call('GET', `/api/stats/tasks?unit=14758${asOf ? `&asOf=${asOf}` : ''}`, {
          session: await d.as('canbo.hamrong'),
        })
      ).json();
    const keys = ['total', 'overdue', 'nearDeadline', 'inProgress', 'notStarted', 'due'] as const;
    const before = { d5: await stats('2026-12-05'), d6: await stats('2026-12-06') };
    const delta = (after: Record<string, number>, base: Record<string, number>) =>
      Object.fromEntries(keys.map((k) => [k, after[k]! - base[k]!]));

    const started = await d.assign({ deadline: '2026-12-05' });
    const untouched = await d.assign({ deadline: '2026-12-05' });
    expect(started).toMatchObject({ assignedOn: '2026-12-01', status: 'not_started' });
    // The near-deadline warning applies once work has started; an unstarted task stays "not started".
    expect((await d.report('canbo.hamrong', started.id, 30)).statusCode).toBe(200);
    expect((await d.detail('canbo.hamrong', started.id)).status).toBe('near_deadline');
    const near = await d.list('canbo.hamrong', 'status=near_deadline');
    expect(near.items.map((task) => task.id)).toContain(started.id);
    expect(near.items.map((task) => task.id)).not.toContain(untouched.id);

    expect(delta(await stats('2026-12-05'), before.d5)).toEqual({
      total: 2,
      overdue: 0,
      nearDeadline: 1,
      inProgress: 1,
      notStarted: 1,
      due: 0,
    });
    expect(delta(await stats('2026-12-06'), before.d6)).toEqual({
      total: 2,
      overdue: 2,
      nearDeadline: 0,
      inProgress: 1,
      notStarted: 1,
      due: 2,
    });

    now = new Date('2026-12-06T03:00:00Z');
    for (const task of [started, untouched]) {
      expect((await d.detail('canbo.hamrong', task.id)).status).toBe('overdue');
    }
    const overdue = await d.list('canbo.hamrong', 'status=overdue');
    expect(overdue.items.map((task) => task.id)).toEqual(expect.arrayContaining([started.id, untouched.id]));
    expect((await d.list('canbo.hamrong', 'status=near_deadline')).items.map((task) => task.id)).not.toContain(
      started.id,
    );
    const todays = await stats();
    expect(todays.asOf).toBe('2026-12-06');
    expect(todays.overdue - before.d6.overdue).toBe(2);
  });
});
