import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';
import { assignment } from '../helpers/task-driver.ts';

/** Security headers, the per-address brakes, the ingest's token-first answer and plans out of scope. */
describe.each(testEngines)('security edges on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { PORTAL_RATE_PER_MINUTE: '5', INGEST_RATE_PER_MINUTE: '3' });
  });
  afterAll(() => t?.close());

  it.each(['/', '/portal', '/api/health'])('sends the security headers on %s', async (url) => {
    const response = await t.call('GET', url);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS only behind HTTPS (COOKIE_SECURE=1)', async () => {
    const secure = await createTestApp(engine, { COOKIE_SECURE: '1', GIAMSAT_DEMO: '0' });
    try {
      const response = await secure.call('GET', '/api/health');
      expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
    } finally {
      await secure.close();
    }
  });

  it('brakes the anonymous portal API per address with a Vietnamese 429 and Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await t.call('GET', '/api/public/units'));
    expect(answers.slice(0, 5).map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const refused = answers[5]!;
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(refused.json().error.message).toMatch(/quá nhiều yêu cầu/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The signed-in app is not braked.
    const session = await t.login('lanhdao.thanhhoa');
    expect((await t.call('GET', '/api/units', { session })).statusCode).toBe(200);
  });

  it('authenticates the ingest before reading its body, and brakes it', async () => {
    const anonymous = await t.call('POST', '/api/ingest/values', { body: {} });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.details).toEqual([]);
    expect(anonymous.body).not.toMatch(/periodEnd|indicator/);
    await t.call('POST', '/api/ingest/values', { body: {} });
    await t.call('POST', '/api/ingest/values', { body: {} });
    expect((await t.call('POST', '/api/ingest/values', { body: {} })).statusCode).toBe(429);
  });

  it("answers a task on another province's plan exactly as on an absent plan", async () => {
    const thaiNguyen = await t.login('thuongtruc.thainguyen');
    const created = await t.call('POST', '/api/plans', {
      session: thaiNguyen,
      body: {
        code: '77-KH/TN-TEST',
        title: 'Kế hoạch thử của Thái Nguyên',
        kind: 'Kế hoạch',
        unitCode: '19',
        documentNumber: '77/KH-UBND',
        documentDate: '2026-01-15',
        issuer: 'UBND tỉnh Thái Nguyên',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const thanhHoa = await t.login('thuongtruc.thanhhoa');
    const assign = (planCode: string) =>
      t.call('POST', '/api/tasks', { session: thanhHoa, body: assignment({ planCode }) });
    const hidden = await assign('77-KH/TN-TEST');
    const absent = await assign('78-KH/TN-TEST');
    expect(hidden.statusCode).toBe(absent.statusCode);
    expect(hidden.statusCode).toBeGreaterThanOrEqual(400);
    const strip = (body: string) => body.replace(/"requestId":"[^"]*"/, '').replaceAll('77-KH', '78-KH');
    expect(strip(hidden.body)).toBe(strip(absent.body));
    expect(hidden.body).not.toContain('Kế hoạch thử của Thái Nguyên');
  });
});
