import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const newPlan = {
  code: '12-KH/UBND',
  title: 'Kế hoạch chuyển đổi số của Sở Tài chính năm 2026',
  kind: 'Kế hoạch',
  unitCode: '38.STC',
  parentCode: '266-KH/TU',
  documentNumber: '12/KH-STC',
  documentDate: '2026-01-15',
  issuer: 'Sở Tài chính Thanh Hóa',
};

describe.each(testEngines)('plans on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('answers 401 anonymous and 403 to a leader issuing a plan', async () => {
    expect((await t.call('GET', '/api/plans')).statusCode).toBe(401);
    const leader = await t.login('lanhdao.thanhhoa');
    const response = await t.call('POST', '/api/plans', { session: leader, body: newPlan });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('Bạn không có quyền ban hành kế hoạch.');
  });

  it('shows the chain above a unit, and nothing issued beside it', async () => {
    const commune = await t.login('canbo.hamrong');
    const codes = (await t.call('GET', '/api/plans', { session: commune }))
      .json()
      .items.map((p: { code: string }) => p.code);
    expect(codes).toEqual(['57-NQ/TW', '266-KH/TU', '71/NQ-CP']); // by document date
    const other = await t.login('lanhdao.thainguyen');
    const theirs = (await t.call('GET', '/api/plans', { session: other }))
      .json()
      .items.map((p: { code: string }) => p.code);
    expect(theirs).toEqual(['57-NQ/TW', 'KH-57/TN', '71/NQ-CP']);
  });

  it('refuses a plan for a unit out of scope, an unknown parent and a duplicate number', async () => {
    const secretariat = await t.login('thuongtruc.thanhhoa');
    const response = await t.call('POST', '/api/plans', {
      session: secretariat,
      body: { ...newPlan, code: '266-KH/TU', unitCode: '19', parentCode: 'KHONG-CO' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { field: 'body.unitCode', message: 'Không có đơn vị 19 trong phạm vi của bạn.' },
      { field: 'body.parentCode', message: 'Không có kế hoạch cấp trên KHONG-CO.' },
      { field: 'body.code', message: 'Đã có kế hoạch số hiệu 266-KH/TU.' },
    ]);
  });

  it('issues a department plan under the province plan', async () => {
    const secretariat = await t.login('thuongtruc.thanhhoa');
    const response = await t.call('POST', '/api/plans', { session: secretariat, body: newPlan });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      code: '12-KH/UBND',
      parentCode: '266-KH/TU',
      unit: { code: '38.STC' },
      pillars: ['KHCN', 'DMST', 'CDS'],
    });
  });

  it('lets a user choose a daily digest instead of one e-mail per notice', async () => {
    const officer = await t.login('canbo.hamrong');
    const bad = await t.call('PATCH', '/api/auth/preferences', { session: officer, body: { emailMode: 'weekly' } });
    expect(bad.statusCode).toBe(400);
    const ok = await t.call('PATCH', '/api/auth/preferences', { session: officer, body: { emailMode: 'digest' } });
    expect(ok.json().user.emailMode).toBe('digest');
    expect((await t.call('GET', '/api/auth/me', { session: officer })).json().user.emailMode).toBe('digest');
  });
});
