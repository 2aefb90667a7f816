import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

describe.each(testEngines)('auth routes on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t?.close());

  it('tells the browser who is signed in, with 200 and null when nobody is', async () => {
    const anonymous = await t.call('GET', '/api/auth/session');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ me: null });
    const session = await t.login('lanhdao.thanhhoa');
    const signedIn = (await t.call('GET', '/api/auth/session', { session })).json();
    expect(signedIn.me).toMatchObject({ user: { username: 'lanhdao.thanhhoa' } });
    expect(signedIn.me).toEqual((await t.call('GET', '/api/auth/me', { session })).json());
  });

  it('answers 401 to an anonymous call of a private route', async () => {
    const response = await t.call('GET', '/api/auth/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Vui lòng đăng nhập để tiếp tục.',
    });
    expect(response.json().requestId).toBeTruthy();
  });

  it('refuses a login without a password with a field message', async () => {
    const response = await t.call('POST', '/api/auth/login', { body: { username: 'admin', password: '' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.details).toContainEqual({ field: 'body.password', message: 'Vui lòng nhập mật khẩu' });
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await t.call('POST', '/api/auth/login', { body: { username: 'admin', password: 'sai-mat-khau' } });
    const unknown = await t.call('POST', '/api/auth/login', { body: { username: 'khong-ton-tai', password: 'x' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
    expect(wrong.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('logs in with an httpOnly session cookie and returns the caller with a CSRF token', async () => {
    const response = await t.call('POST', '/api/auth/login', {
      body: { username: 'canbo.hamrong', password: 'demo1234' },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'giamsat_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = response.json();
    expect(me.user).toMatchObject({
      username: 'canbo.hamrong',
      role: 'officer',
      unit: { code: '14758', level: 'commune' },
    });
    expect(me.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(me.isDemo).toBe(true);
  });

  it('refuses a mutation without the CSRF token', async () => {
    const session = await t.login('lanhdao.thanhhoa');
    const response = await t.call('POST', '/api/auth/logout', { session, csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_INVALID');
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 3; i++) {
      await t.call('POST', '/api/auth/login', { body: { username: 'canbo.hacthanh', password: 'sai' } });
    }
    const response = await t.call('POST', '/api/auth/login', {
      body: { username: 'canbo.hacthanh', password: 'demo1234' },
    });
    expect(response.statusCode).toBe(429);
    expect(response.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(response.json().error.message).toMatch(/thử lại sau \d+ phút/);
  });

  it('changes the password, refusing a weak one and a wrong current one', async () => {
    const session = await t.login('kiemtra.thanhhoa');
    const weak = await t.call('POST', '/api/auth/password', {
      session,
      body: { currentPassword: 'demo1234', newPassword: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0]).toMatchObject({
      field: 'body.newPassword',
      message: 'Mật khẩu mới cần ít nhất 10 ký tự',
    });
    const wrong = await t.call('POST', '/api/auth/password', {
      session,
      body: { currentPassword: 'nope', newPassword: 'MatKhauMoi2025' },
    });
    expect(wrong.statusCode).toBe(400);
    const ok = await t.call('POST', '/api/auth/password', {
      session,
      body: { currentPassword: 'demo1234', newPassword: 'MatKhauMoi2025' },
    });
    expect(ok.statusCode).toBe(200);
    await expect(t.login('kiemtra.thanhhoa', 'MatKhauMoi2025')).resolves.toBeTruthy();
  });

  it('ends the session on logout', async () => {
    const session = await t.login('lanhdao.thainguyen');
    expect((await t.call('POST', '/api/auth/logout', { session })).statusCode).toBe(200);
    expect((await t.call('GET', '/api/auth/me', { session })).statusCode).toBe(401);
  });
});
