import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

type Indicator = { id: number; code: string };
type Value = { id: number; value: number; version: number; status: string; periodEnd: string };

describe.each(testEngines)('indicator values, review and machine tokens on $name', (engine) => {
  let t: TestApp;
  let now = new Date('2026-11-20T03:00:00Z');
  let secretariat: Session;
  let reviewer: Session;
  let byCode: Map<string, Indicator>;

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock: () => now });
    secretariat = await t.login('thuongtruc.thanhhoa');
    reviewer = await t.login('quantri.thanhhoa');
    const list = (await t.call('GET', '/api/indicators?plan=266-KH/TU', { session: secretariat })).json();
    byCode = new Map(list.items.map((i: Indicator) => [i.code, i]));
  });
  afterAll(() => t?.close());

  const record = (code: string, body: Record<string, unknown>, session = secretariat) =>
    t.call('POST', `/api/indicators/${byCode.get(code)!.id}/values`, { session, body: { unitCode: '38', ...body } });
  const history = async (code: string) =>
    (await t.call('GET', `/api/indicators/${byCode.get(code)!.id}/values?unit=38`, { session: secretariat })).json()
      .items as Value[];
  const current = async (code: string, asOf?: string) => {
    const query = `unit=38&plan=266-KH/TU${asOf ? `&asOf=${asOf}` : ''}`;
    const stats = (await t.call('GET', `/api/stats/indicators?${query}`, { session: reviewer })).json();
    return stats.items.find((item: { code: string }) => item.code === code).value as number;
  };

  it('answers 401 anonymous and 403 to a leader entering data', async () => {
    expect((await t.call('POST', `/api/indicators/${byCode.get('CDS.04')!.id}/values`, { body: {} })).statusCode).toBe(
      401,
    );
    const leader = await t.login('lanhdao.thanhhoa');
    const response = await record('CDS.04', { periodEnd: '2026-06-14', value: 95 }, leader);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('Bạn không có quyền nhập số liệu chỉ tiêu.');
  });

  it('refuses 130 for a percentage, naming the field and the limit, and saves nothing', async () => {
    const before = await history('CDS.04');
    const response = await record('CDS.04', { periodEnd: '2026-06-14', value: 130 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      {
        field: 'body.value',
        message:
          'Giá trị của chỉ tiêu "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến" phải từ 0 đến 100 (%); đã nhập 130.',
      },
    ]);
    expect(await history('CDS.04')).toEqual(before);
  });

  it('refuses a period end that is not the end of a reporting period (months cut on the 15th)', async () => {
    const response = await record('CDS.04', { periodEnd: '2026-06-30', value: 95 });
    expect(response.json().error.details).toEqual([
      {
        field: 'body.periodEnd',
        message: 'Ngày cuối kỳ không đúng: kỳ "6 tháng cuối năm 2026" kết thúc ngày 14/12/2026.',
      },
    ]);
  });

  it('asks for an explanation when a cumulative count falls', async () => {
    const response = await record('CDS.07', { periodEnd: '2026-06-14', value: 150 });
    expect(response.json().error.details[0].field).toBe('body.explanation');
  });

  it('keeps an approved value locked; a correction is a new version, and past days still show the old figure', async () => {
    const [approved] = await history('CDS.07');
    expect(approved).toMatchObject({ periodEnd: '2025-12-14', value: 158, version: 1, status: 'approved' });
    const relock = await t.call('POST', `/api/indicator-values/${approved!.id}/approve`, { session: reviewer });
    expect(relock.statusCode).toBe(409);
    expect(relock.json().error.code).toBe('VALUE_LOCKED');

    const correction = await record('CDS.07', { periodEnd: '2025-12-14', value: 162, comment: 'Bổ sung 4 bộ dữ liệu' });
    expect(correction.statusCode).toBe(201);
    expect(correction.json()).toMatchObject({ version: 2, status: 'submitted' });
    expect((await record('CDS.07', { periodEnd: '2025-12-14', value: 163 })).json().error.code).toBe('VALUE_PENDING');
    const selfReview = await t.call('POST', `/api/indicator-values/${correction.json().id}/approve`, {
      session: secretariat,
    });
    expect(selfReview.statusCode).toBe(403);
    expect(await current('CDS.07')).toBe(158);
    const queue = (await t.call('GET', '/api/indicator-values/pending', { session: reviewer })).json();
    expect(queue.items.map((v: Value) => v.id)).toContain(correction.json().id);
    const officerQueue = await t.call('GET', '/api/indicator-values/pending', {
      session: await t.login('canbo.hamrong'),
    });
    expect(officerQueue.statusCode).toBe(403);

    now = new Date('2026-11-22T03:00:00Z');
    const approve = await t.call('POST', `/api/indicator-values/${correction.json().id}/approve`, {
      session: reviewer,
    });
    expect(approve.json()).toMatchObject({ status: 'approved', reviewedOn: '2026-11-22' });
    expect(await current('CDS.07')).toBe(162);
    expect(await current('CDS.07', '2026-11-21')).toBe(158);
    expect(
      (await history('CDS.07')).filter((v) => v.periodEnd === '2025-12-14').map((v) => [v.version, v.value]),
    ).toEqual([
      [2, 162],
      [1, 158],
    ]);
  });

  it('returns a value with a reason; it never counts', async () => {
    const submitted = (await record('CDS.04', { periodEnd: '2026-06-14', value: 96 })).json();
    const noReason = await t.call('POST', `/api/indicator-values/${submitted.id}/return`, {
      session: reviewer,
      body: {},
    });
    expect(noReason.statusCode).toBe(400);
    const returned = await t.call('POST', `/api/indicator-values/${submitted.id}/return`, {
      session: reviewer,
      body: { reason: 'Thiếu minh chứng số liệu.' },
    });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewReason: 'Thiếu minh chứng số liệu.' });
    expect(await current('CDS.04')).toBe(94.12);
  });

  it('takes values pushed with a machine token once per request key, and refuses a revoked token', async () => {
    const issued = await t.call('POST', '/api/machine-tokens', {
      session: reviewer,
      body: { unitCode: '38', name: 'Cổng dịch vụ công tỉnh' },
    });
    expect(issued.statusCode).toBe(201);
    const { id, token } = issued.json();
    const push = (authorization?: string) =>
      t.call('POST', '/api/ingest/values', {
        headers: authorization ? { authorization } : {},
        body: {
          plan: '266-KH/TU',
          indicator: 'CDS.03',
          periodEnd: '2026-06-14',
          value: 95.5,
          requestKey: 'dvc-2026-09-30',
        },
      });
    expect((await push()).statusCode).toBe(401);
    const first = await push(`Bearer ${token}`);
    const second = await push(`Bearer ${token}`);
    expect(first.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    expect((await history('CDS.03')).filter((v) => v.periodEnd === '2026-06-14')).toHaveLength(1);
    expect((await t.call('POST', `/api/machine-tokens/${id}/revoke`, { session: reviewer })).statusCode).toBe(200);
    const revoked = await push(`Bearer ${token}`);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('TOKEN_INVALID');
    const audit = (await t.call('GET', '/api/audit?entityType=machine_token', { session: reviewer })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'machine_token.revoke',
      'machine_token.issue',
    ]);
  });

  it('keeps the last milestone target once values pass its year', async () => {
    const value = (await record('CDS.05', { periodEnd: '2026-06-14', value: 98.5 })).json();
    expect((await t.call('POST', `/api/indicator-values/${value.id}/approve`, { session: reviewer })).statusCode).toBe(
      200,
    );
    const stats = (await t.call('GET', '/api/stats/indicators?unit=38&plan=266-KH/TU', { session: reviewer })).json();
    expect(stats.items.find((i: { code: string }) => i.code === 'CDS.05')).toMatchObject({
      value: 98.5,
      target: 99,
      targetYear: 2025,
    });
    const queue = (await t.call('GET', '/api/indicator-values/pending', { session: secretariat })).json();
    expect(
      queue.items.every((v: { isOwnEntry: boolean; submittedByName: string }) => v.isOwnEntry || v.submittedByName),
    ).toBe(true);
  });

  it("rolls sub-units' values up to a parent that reports none itself", async () => {
    // Two communes report the count of open datasets (summed) and a rate (averaged); the province has its own.
    for (const [unitCode, count, rate] of [
      ['14758', 3, 90],
      ['14797', 5, 96],
    ] as const) {
      for (const [code, value] of [
        ['CDS.07', count],
        ['CDS.04', rate],
      ] as const) {
        const created = (await record(code, { unitCode, periodEnd: '2026-06-14', value })).json();
        expect(
          (await t.call('POST', `/api/indicator-values/${created.id}/approve`, { session: reviewer })).statusCode,
        ).toBe(200);
      }
    }
    const admin = await t.login('admin');
    const stat = async (unit: string, code: string) =>
      (await t.call('GET', `/api/stats/indicators?unit=${unit}&plan=266-KH/TU`, { session: admin }))
        .json()
        .items.find((i: { code: string }) => i.code === code);
    // The province reports its own figure; the centre, which reports none, sums its provinces'.
    expect((await stat('38', 'CDS.07')).value).toBe(162);
    expect((await stat('TW', 'CDS.07')).value).toBe(162);
    expect((await stat('14758', 'CDS.07')).value).toBe(3);
    // A rate is averaged, not summed.
    expect((await stat('TW', 'CDS.04')).value).toBe((await stat('38', 'CDS.04')).value);
  });
});
