import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

type Item = { code: string; value: number | null; changeSinceBaseline: number | null; percentOfTarget: number | null };

describe.each(testEngines)('indicator statistics on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  const url = (query: string) => `/api/stats/indicators?${query}`;

  it('answers 401 anonymous, 400 without a plan, 404 out of scope', async () => {
    expect((await t.call('GET', url('unit=38&plan=266-KH/TU'))).statusCode).toBe(401);
    const admin = await t.login('admin');
    const missing = await t.call('GET', url('unit=38'), { session: admin });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([{ field: 'querystring.plan', message: 'Vui lòng chọn kế hoạch' }]);
    const other = await t.login('lanhdao.thainguyen');
    expect((await t.call('GET', url('unit=38&plan=266-KH/TU'), { session: other })).statusCode).toBe(404);
    expect((await t.call('GET', url('unit=19&plan=266-KH/TU'), { session: other })).statusCode).toBe(404);
  });

  it("reproduces the articles' figures for Thanh Hóa's plan 266-KH/TU", async () => {
    const admin = await t.login('admin');
    const stats = (await t.call('GET', url('unit=38&plan=266-KH/TU'), { session: admin })).json();
    expect(stats).toMatchObject({
      total: 65,
      byPillar: { KHCN: 12, DMST: 16, CDS: 37 },
      withTarget: { 2025: 54 },
      improvedSinceBaseline: 11,
    });
    const byCode = new Map<string, Item>(stats.items.map((item: Item) => [item.code, item]));
    expect(byCode.get('CDS.01')).toMatchObject({ value: 25, changeSinceBaseline: 5 });
    expect(byCode.get('CDS.01')!.percentOfTarget).toBeCloseTo(41.7, 1);
    expect(byCode.get('KHCN.01')).toMatchObject({ value: 16, changeSinceBaseline: 12 });
    expect(byCode.get('KHCN.01')!.percentOfTarget).toBeCloseTo(45.7, 1);
    expect(byCode.get('KHCN.02')!.percentOfTarget).toBeCloseTo(86, 0);
    expect(byCode.get('DMST.02')!.percentOfTarget).toBeCloseTo(40, 0);
    expect(byCode.get('CDS.02')).toMatchObject({ value: 31.27 });
    expect(byCode.get('CDS.02')!.percentOfTarget).toBeCloseTo(89.3, 1);
  });

  it('gives the figures known on a past date: mid-2025 values before the year-end ones were approved', async () => {
    const admin = await t.login('admin');
    const stats = (await t.call('GET', url('unit=38&plan=266-KH/TU&asOf=2025-09-30'), { session: admin })).json();
    const broadband = stats.items.find((item: Item) => item.code === 'CDS.01');
    expect(broadband).toMatchObject({ value: 22.5, changeSinceBaseline: 2.5 });
    const before = (await t.call('GET', url('unit=38&plan=266-KH/TU&asOf=2025-03-01'), { session: admin })).json();
    expect(before.items.every((item: Item) => item.value === null)).toBe(true);
  });

  it('lets a commune officer read the plan it works under, but not the province figures', async () => {
    const officer = await t.login('canbo.hamrong');
    const own = await t.call('GET', url('unit=14758&plan=266-KH/TU'), { session: officer });
    expect(own.statusCode).toBe(200);
    expect(own.json().items.every((item: Item) => item.value === null)).toBe(true);
    expect((await t.call('GET', url('unit=38&plan=266-KH/TU'), { session: officer })).statusCode).toBe(404);
  });

  it("carries Thái Nguyên's 2025 and 2030 targets and Resolution 57's national 2030 targets", async () => {
    const leader = await t.login('lanhdao.thainguyen');
    const province = (await t.call('GET', url('unit=19&plan=KH-57/TN'), { session: leader })).json();
    expect(province).toMatchObject({ total: 13, withTarget: { 2025: 8, 2030: 7 }, improvedSinceBaseline: 0 });
    const fiveG = province.items.find((item: { code: string }) => item.code === 'TN.01');
    // No value yet: the target in force is the next milestone after the as-of date.
    expect(fiveG).toMatchObject({ target: 100, targetYear: 2030, status: 'grey' });
    const midway = (await t.call('GET', url('unit=19&plan=KH-57/TN&asOf=2025-06-30'), { session: leader })).json();
    expect(midway.items.find((item: { code: string }) => item.code === 'TN.01')).toMatchObject({
      target: 60,
      targetYear: 2025,
    });
    const admin = await t.login('admin');
    const national = (await t.call('GET', url('unit=TW&plan=57-NQ/TW'), { session: admin })).json();
    expect(national).toMatchObject({ total: 5, withTarget: { 2030: 5 } });
    expect(national.items.find((item: { code: string }) => item.code === 'NQ57.04')).toMatchObject({ target: 30 });
  });
});
