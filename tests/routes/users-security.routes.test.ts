import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

type UserItem = { id: number; username: string; unit: { code: string } };

describe.each(testEngines)('user routes: security and input checks on $name', (engine) => {
  let t: TestApp;
  let root: Session;
  let provinceAdmin: Session;

  /** A user's id as the root admin sees it (the root sees every unit). */
  const idOf = async (username: string): Promise<number> => {
    const response = await t.call('GET', `/api/users?q=${encodeURIComponent(username)}`, { session: root });
    const found = (response.json().items as UserItem[]).find((u) => u.username === username);
    if (!found) throw new Error(`no user ${username}`);
    return found.id;
  };

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    username: 'nguoidung.moi',
    displayName: 'Nguyễn Văn Mới',
    email: 'moi@thanhhoa.gov.vn',
    role: 'officer',
    unitCode: '14758',
    password: 'MatKhau2025',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp(engine);
    root = await t.login('admin');
    provinceAdmin = await t.login('quantri.thanhhoa');
  });
  afterAll(() => t?.close());

  it('answers 401 to anonymous calls', async () => {
    for (const [method, url] of [
      ['GET', '/api/users'],
      ['GET', '/api/users/1'],
      ['POST', '/api/users'],
      ['PATCH', '/api/users/1'],
      ['POST', '/api/users/1/password'],
    ] as const) {
      const response = await t.call(method, url, { body: method === 'GET' ? undefined : newUser() });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json().error).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'Vui lòng đăng nhập để tiếp tục.',
      });
    }
  });

  it('answers 403 to an officer listing users', async () => {
    const session = await t.login('canbo.hamrong');
    const response = await t.call('GET', '/api/users', { session });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền thực hiện thao tác này.',
    });
  });

  it('lets a leader read users but answers 403 when they create or change one', async () => {
    const session = await t.login('lanhdao.thanhhoa');
    expect((await t.call('GET', '/api/users', { session })).statusCode).toBe(200);
    const created = await t.call('POST', '/api/users', { session, body: newUser({ username: 'bi.tu.choi' }) });
    expect(created.statusCode).toBe(403);
    expect(created.json().error.code).toBe('FORBIDDEN');
    const hamrong = await idOf('canbo.hamrong');
    const patched = await t.call('PATCH', `/api/users/${hamrong}`, { session, body: { isActive: false } });
    expect(patched.statusCode).toBe(403);
    const reset = await t.call('POST', `/api/users/${hamrong}/password`, {
      session,
      body: { newPassword: 'MatKhauMoi2025' },
    });
    expect(reset.statusCode).toBe(403);
  });

  it('refuses a mutation without the CSRF token', async () => {
    const response = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      csrf: false,
      body: newUser({ username: 'khong.csrf' }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_INVALID');
  });

  it('answers 404 to a province admin reaching a user of another province', async () => {
    const thainguyen = await idOf('lanhdao.thainguyen');
    const message = 'Người dùng không tồn tại hoặc bạn không có quyền xem.';

    const read = await t.call('GET', `/api/users/${thainguyen}`, { session: provinceAdmin });
    expect(read.statusCode).toBe(404);
    expect(read.json().error).toMatchObject({ code: 'NOT_FOUND', message });

    const patched = await t.call('PATCH', `/api/users/${thainguyen}`, {
      session: provinceAdmin,
      body: { isActive: false },
    });
    expect(patched.statusCode).toBe(404);
    expect(patched.json().error).toMatchObject({ code: 'NOT_FOUND', message });

    const reset = await t.call('POST', `/api/users/${thainguyen}/password`, {
      session: provinceAdmin,
      body: { newPassword: 'MatKhauMoi2025' },
    });
    expect(reset.statusCode).toBe(404);

    // Nothing changed: the user can still sign in with the old password.
    await expect(t.login('lanhdao.thainguyen')).resolves.toBeTruthy();
  });

  it('answers 404 to a province admin filtering by a unit of another province', async () => {
    const response = await t.call('GET', '/api/users?unit=01840', { session: provinceAdmin });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Đơn vị không tồn tại hoặc bạn không có quyền xem.',
    });
  });

  it('refuses a bad username with its field message', async () => {
    const response = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: newUser({ username: 'Sai tên!' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Dữ liệu nhập chưa hợp lệ.' });
    expect(response.json().error.details).toEqual([
      {
        field: 'body.username',
        message: 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới',
      },
    ]);
  });

  it('refuses a short password and a password without digits', async () => {
    const short = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: newUser({ password: 'abc123' }),
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details).toEqual([{ field: 'body.password', message: 'Mật khẩu cần ít nhất 10 ký tự' }]);
    const lettersOnly = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: newUser({ password: 'chiconchucai' }),
    });
    expect(lettersOnly.statusCode).toBe(400);
    expect(lettersOnly.json().error.details).toEqual([
      { field: 'body.password', message: 'Mật khẩu cần có cả chữ và số' },
    ]);
  });

  it('refuses a missing unit, display name, role and a bad e-mail', async () => {
    const response = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: newUser({ unitCode: '  ', displayName: '', role: 'vua', email: 'khong-phai-email' }),
    });
    expect(response.statusCode).toBe(400);
    const details = response.json().error.details;
    expect(details).toContainEqual({ field: 'body.unitCode', message: 'Vui lòng chọn đơn vị' });
    expect(details).toContainEqual({ field: 'body.displayName', message: 'Vui lòng nhập họ tên' });
    expect(details).toContainEqual({ field: 'body.role', message: 'Vai trò không hợp lệ' });
    expect(details).toContainEqual({ field: 'body.email', message: 'Email không hợp lệ' });
    expect(details).toHaveLength(4);

    const { unitCode: _unitCode, ...withoutUnit } = newUser();
    const absent = await t.call('POST', '/api/users', { session: provinceAdmin, body: withoutUnit });
    expect(absent.statusCode).toBe(400);
    expect(absent.json().error.details).toEqual([{ field: 'body.unitCode', message: 'Vui lòng chọn đơn vị' }]);
  });

  it('refuses an invalid user id in the path', async () => {
    const response = await t.call('GET', '/api/users/0', { session: provinceAdmin });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ field: 'params.id', message: 'Mã người dùng không hợp lệ' }]);
  });

  it('refuses to create a user in a unit outside the caller scope', async () => {
    const response = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: newUser({ username: 'ngoai.pham.vi', unitCode: '19' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Dữ liệu nhập chưa hợp lệ.' });
    expect(response.json().error.details).toEqual([
      { field: 'body.unitCode', message: 'Không có đơn vị mã 19 trong phạm vi của bạn.' },
    ]);
    const commune = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: newUser({ username: 'ngoai.pham.vi', unitCode: '01840' }),
    });
    expect(commune.statusCode).toBe(400);
    expect(commune.json().error.details[0].message).toBe('Không có đơn vị mã 01840 trong phạm vi của bạn.');
    expect((await t.call('GET', '/api/users?q=ngoai.pham.vi', { session: root })).json().total).toBe(0);
  });

  it('refuses a user name that is taken, whatever its case', async () => {
    const response = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: newUser({ username: ' CANBO.HamRong ' }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'USERNAME_TAKEN',
      message: 'Tên đăng nhập đã có người dùng.',
      details: [{ field: 'body.username', message: 'Tên đăng nhập đã tồn tại.' }],
    });
  });
});
