import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const derived = {
  planCode: '266-KH/TU',
  code: 'CDS.90',
  name: 'Số tài khoản giao dịch điện tử trên 1.000 chứng thư số',
  pillar: 'CDS',
  tier: 'operational',
  unitOfMeasure: 'tài khoản',
  direction: 'higher',
  kind: 'point',
  period: 'six-month',
  formula: 'CDS.08 / CDS.10 * 1000',
};

describe.each(testEngines)('indicator catalogue on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('answers 401, then 403 to a leader, then 400 for a plan of a higher level', async () => {
    expect((await t.call('POST', '/api/indicators', { body: derived })).statusCode).toBe(401);
    const leader = await t.login('lanhdao.thanhhoa');
    expect((await t.call('POST', '/api/indicators', { session: leader, body: derived })).statusCode).toBe(403);
    const secretariat = await t.login('thuongtruc.thanhhoa');
    const national = await t.call('POST', '/api/indicators', {
      session: secretariat,
      body: { ...derived, planCode: '57-NQ/TW' },
    });
    expect(national.statusCode).toBe(403);
  });

  it('checks a formula when it is saved, naming what is wrong', async () => {
    const secretariat = await t.login('thuongtruc.thanhhoa');
    const cases: [string, string][] = [
      ['CDS.08 / ', 'Công thức chưa kết thúc (thiếu số hoặc mã chỉ tiêu).'],
      ['CDS.08 / KHONG.CO', 'Công thức dùng chỉ tiêu không có trong kế hoạch: KHONG.CO.'],
      ['CDS.90 + 1', 'Chỉ tiêu không thể tính từ chính nó.'],
    ];
    for (const [formula, message] of cases) {
      const response = await t.call('POST', '/api/indicators', { session: secretariat, body: { ...derived, formula } });
      expect(response.statusCode, formula).toBe(400);
      expect(response.json().error.details).toEqual([{ field: 'body.formula', message }]);
    }
    const duplicate = await t.call('POST', '/api/indicators', {
      session: secretariat,
      body: { ...derived, code: 'CDS.01' },
    });
    expect(duplicate.json().error.details).toEqual([
      { field: 'body.code', message: 'Kế hoạch đã có chỉ tiêu CDS.01.' },
    ]);
  });

  it('computes a derived indicator from the values of the ones it reads', async () => {
    const secretariat = await t.login('thuongtruc.thanhhoa');
    const created = await t.call('POST', '/api/indicators', { session: secretariat, body: derived });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'CDS.90', formula: 'CDS.08 / CDS.10 * 1000' });
    const stats = (
      await t.call('GET', '/api/stats/indicators?unit=38&plan=266-KH/TU', { session: secretariat })
    ).json();
    expect(stats.total).toBe(66);
    const item = stats.items.find((i: { code: string }) => i.code === 'CDS.90');
    expect(item.value).toBeCloseTo((408984 / 611221) * 1000, 2);
    expect(item.valueOn).toBe('2025-12-14');
  });
});
