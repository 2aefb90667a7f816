import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

describe.each(testEngines)('explanation requests on indicators on $name', (engine) => {
  let t: TestApp;
  let indicatorId: number;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const leader = await t.login('lanhdao.thanhhoa');
    const list = (await t.call('GET', '/api/indicators?plan=266-KH/TU', { session: leader })).json();
    indicatorId = list.items.find((i: { code: string }) => i.code === 'CDS.01').id;
  });
  afterAll(() => t?.close());

  it('answers 401 anonymous, 400 without a question, 403 to an officer asking', async () => {
    const url = `/api/indicators/${indicatorId}/explanations`;
    expect((await t.call('POST', url, { body: {} })).statusCode).toBe(401);
    const leader = await t.login('lanhdao.thanhhoa');
    const empty = await t.call('POST', url, { session: leader, body: { unitCode: '38.SKHCN' } });
    expect(empty.statusCode).toBe(400);
    const officer = await t.login('canbo.skhcn.thanhhoa');
    expect(
      (await t.call('POST', url, { session: officer, body: { unitCode: '38.SKHCN', question: 'Tự hỏi mình?' } }))
        .statusCode,
    ).toBe(403);
  });

  it('lets a leader ask a unit about an indicator; the unit is notified and answers once', async () => {
    const leader = await t.login('lanhdao.thanhhoa');
    const asked = await t.call('POST', `/api/indicators/${indicatorId}/explanations`, {
      session: leader,
      body: { unitCode: '38.SKHCN', question: 'Vì sao tỷ lệ băng rộng 1 Gb/s mới đạt 41,7% kế hoạch?' },
    });
    expect(asked.statusCode).toBe(201);
    const officer = await t.login('canbo.skhcn.thanhhoa');
    const notices = (await t.call('GET', '/api/notifications', { session: officer })).json().items;
    expect(notices[0]).toMatchObject({ kind: 'explanation_request', title: 'Yêu cầu giải trình chỉ tiêu CDS.01' });
    const url = `/api/indicator-explanations/${asked.json().id}/answer`;
    const answer = { answer: 'Hạ tầng cáp quang đến hộ gia đình đang triển khai, dự kiến xong quý II.' };
    expect((await t.call('POST', url, { session: leader, body: answer })).statusCode).toBe(403);
    expect((await t.call('POST', url, { session: officer, body: answer })).json()).toMatchObject({
      answer: answer.answer,
    });
    expect((await t.call('POST', url, { session: officer, body: answer })).statusCode).toBe(409);
    const history = (
      await t.call('GET', `/api/indicators/${indicatorId}/explanations?unit=38.SKHCN`, { session: leader })
    ).json();
    expect(history.items).toHaveLength(1);
    expect((await t.call('POST', url, { session: await t.login('canbo.hamrong'), body: answer })).statusCode).toBe(404);
  });
});
