import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

type UserItem = { id: number; username: string; unit: { code: string } };

describe.each(testEngines)('user management on $name', (engine) => {
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

  /** Creates a user as the Thanh Hóa admin and returns its id. */
  const create = async (overrides: Record<string, unknown>): Promise<number> => {
    const response = await t.call('POST', '/api/users', { session: provinceAdmin, body: newUser(overrides) });
    if (response.statusCode !== 201) throw new Error(`create failed: ${response.body}`);
    return response.json().id as number;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    root = await t.login('admin');
    provinceAdmin = await t.login('quantri.thanhhoa');
  });
  afterAll(() => t?.close());

  it('creates a user who can then sign in', async () => {
    const response = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: newUser({ username: 'NguoiDung.Moi' }),
    });
    expect(response.statusCode).toBe(201);
    const user = response.json();
    expect(user).toEqual({
      id: expect.any(Number),
      username: 'nguoidung.moi',
      displayName: 'Nguyễn Văn Mới',
      email: 'moi@thanhhoa.gov.vn',
      role: 'officer',
      unit: {
        id: expect.any(Number),
        code: '14758',
        name: expect.any(String),
        fullName: expect.any(String),
        level: 'commune',
      },
      isActive: true,
      isLocked: false,
      createdAt: expect.any(String),
    });
    expect(new Date(user.createdAt).toISOString()).toBe(user.createdAt);

    const session = await t.login('nguoidung.moi', 'MatKhau2025');
    const me = await t.call('GET', '/api/auth/me', { session });
    expect(me.json().user).toMatchObject({ id: user.id, username: 'nguoidung.moi', role: 'officer' });

    const read = await t.call('GET', `/api/users/${user.id}`, { session: provinceAdmin });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(user);
  });

  it('lists only users in scope, filtered by q and unit', async () => {
    const province = await t.call('GET', '/api/users?q=CANBO', { session: provinceAdmin });
    expect(province.statusCode).toBe(200);
    const items = province.json().items as UserItem[];
    expect(items.map((u) => u.username)).toEqual(['canbo.hacthanh', 'canbo.hamrong', 'canbo.skhcn.thanhhoa']);
    expect(province.json().total).toBe(3);

    const everywhere = await t.call('GET', '/api/users?q=canbo', { session: root });
    expect((everywhere.json().items as UserItem[]).map((u) => u.username)).toContain('canbo.ducxuan');

    const byUnit = await t.call('GET', '/api/users?unit=14758', { session: provinceAdmin });
    const inUnit = byUnit.json().items as UserItem[];
    expect(inUnit.map((u) => u.username)).toEqual(expect.arrayContaining(['canbo.hamrong']));
    expect(inUnit.every((u) => u.unit.code === '14758')).toBe(true);

    const both = await t.call('GET', '/api/users?q=hamrong&unit=14758', { session: provinceAdmin });
    expect((both.json().items as UserItem[]).map((u) => u.username)).toEqual(['canbo.hamrong']);

    const provinceAll = await t.call('GET', '/api/users?limit=500', { session: provinceAdmin });
    const names = (provinceAll.json().items as UserItem[]).map((u) => u.username);
    expect(names).toContain('quantri.thanhhoa');
    expect(names).not.toContain('lanhdao.thainguyen');
    expect(names).not.toContain('canbo.ducxuan');
    expect(names).not.toContain('admin');

    const paged = await t.call('GET', '/api/users?q=canbo&limit=1&offset=1', { session: provinceAdmin });
    expect(paged.json()).toMatchObject({ total: 3, items: [{ username: 'canbo.hamrong' }] });
  });

  it('deactivates a user: their session ends and they cannot sign in', async () => {
    const id = await create({ username: 'tamkhoa.hacthanh', unitCode: '14797' });
    const session = await t.login('tamkhoa.hacthanh', 'MatKhau2025');
    expect((await t.call('GET', '/api/auth/me', { session })).statusCode).toBe(200);

    const response = await t.call('PATCH', `/api/users/${id}`, { session: provinceAdmin, body: { isActive: false } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, username: 'tamkhoa.hacthanh', isActive: false });

    expect((await t.call('GET', '/api/auth/me', { session })).statusCode).toBe(401);
    const login = await t.call('POST', '/api/auth/login', {
      body: { username: 'tamkhoa.hacthanh', password: 'MatKhau2025' },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().error.code).toBe('LOGIN_FAILED');

    const reactivated = await t.call('PATCH', `/api/users/${id}`, { session: provinceAdmin, body: { isActive: true } });
    expect(reactivated.json().isActive).toBe(true);
    await expect(t.login('tamkhoa.hacthanh', 'MatKhau2025')).resolves.toBeTruthy();
  });

  it('edits name, e-mail, role and unit, ending the sessions of a moved user', async () => {
    const id = await create({ username: 'chuyen.donvi' });
    const session = await t.login('chuyen.donvi', 'MatKhau2025');
    const response = await t.call('PATCH', `/api/users/${id}`, {
      session: provinceAdmin,
      body: { displayName: 'Trần Thị Chuyển', email: null, role: 'secretariat', unitCode: '38.SKHCN' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      displayName: 'Trần Thị Chuyển',
      email: null,
      role: 'secretariat',
      unit: { code: '38.SKHCN', level: 'department' },
    });
    expect((await t.call('GET', '/api/auth/me', { session })).statusCode).toBe(401);

    const outside = await t.call('PATCH', `/api/users/${id}`, { session: provinceAdmin, body: { unitCode: '19' } });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details).toEqual([
      { field: 'body.unitCode', message: 'Không có đơn vị mã 19 trong phạm vi của bạn.' },
    ]);
  });

  it('resets a password: old sessions and the old password stop working', async () => {
    const id = await create({ username: 'datlai.matkhau' });
    const session = await t.login('datlai.matkhau', 'MatKhau2025');

    const weak = await t.call('POST', `/api/users/${id}/password`, {
      session: provinceAdmin,
      body: { newPassword: 'ngan1' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details).toEqual([
      { field: 'body.newPassword', message: 'Mật khẩu mới cần ít nhất 10 ký tự' },
    ]);

    const response = await t.call('POST', `/api/users/${id}/password`, {
      session: provinceAdmin,
      body: { newPassword: 'MatKhauMoi2025' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });

    expect((await t.call('GET', '/api/auth/me', { session })).statusCode).toBe(401);
    const old = await t.call('POST', '/api/auth/login', {
      body: { username: 'datlai.matkhau', password: 'MatKhau2025' },
    });
    expect(old.statusCode).toBe(401);
    await expect(t.login('datlai.matkhau', 'MatKhauMoi2025')).resolves.toBeTruthy();
  });

  it('stops an admin from deactivating themselves or changing their own role', async () => {
    const me = (await t.call('GET', '/api/auth/me', { session: provinceAdmin })).json().user;
    for (const body of [{ isActive: false }, { role: 'leader' }]) {
      const response = await t.call('PATCH', `/api/users/${me.id}`, { session: provinceAdmin, body });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({
        code: 'SELF_LOCKOUT',
        message: 'Bạn không thể tự khóa, tự đổi vai trò, đơn vị hoặc đặt lại mật khẩu của chính mình tại đây.',
      });
    }
    const still = await t.call('GET', `/api/users/${me.id}`, { session: provinceAdmin });
    expect(still.json()).toMatchObject({ role: 'admin', isActive: true });
  });

  it('lets a province admin create another admin, but only inside their own scope', async () => {
    // account.policy canAssignRole: any admin may assign any role; scope is the only limit.
    const response = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: newUser({ username: 'quantri.skhcn', role: 'admin', unitCode: '38.SKHCN' }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ role: 'admin', unit: { code: '38.SKHCN' } });

    const subAdmin = await t.login('quantri.skhcn', 'MatKhau2025');
    const me = await t.call('GET', '/api/auth/me', { session: subAdmin });
    expect(me.json().abilities).toContain('users:manage');
    // The new admin sees only the department's subtree: not their creator, not the communes.
    const creator = await idOf('quantri.thanhhoa');
    expect((await t.call('GET', `/api/users/${creator}`, { session: subAdmin })).statusCode).toBe(404);
    const commune = await t.call('POST', '/api/users', {
      session: subAdmin,
      body: newUser({ username: 'xa.cua.so', unitCode: '14758' }),
    });
    expect(commune.statusCode).toBe(400);
  });

  it('writes an audit record for every change, without the password hash', async () => {
    const id = await create({ username: 'kiemtoan.nhatky' });
    await t.call('PATCH', `/api/users/${id}`, { session: provinceAdmin, body: { displayName: 'Tên Đã Sửa' } });
    await t.call('POST', `/api/users/${id}/password`, {
      session: provinceAdmin,
      body: { newPassword: 'MatKhauMoi2025' },
    });

    const response = await t.call('GET', `/api/audit?entityType=user&entityId=${id}`, { session: provinceAdmin });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as {
      action: string;
      actorName: string;
      entityId: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
    expect(items.map((e) => e.action)).toEqual(['user.reset_password', 'user.update', 'user.create']);
    expect(items.every((e) => e.actorName === 'quantri.thanhhoa' && e.entityId === String(id))).toBe(true);

    const [reset, update, created] = items;
    expect(created!.after).toMatchObject({ id, username: 'kiemtoan.nhatky', role: 'officer', isActive: true });
    expect(created!.before).toBeNull();
    expect(update!.before).toMatchObject({ displayName: 'Nguyễn Văn Mới' });
    expect(update!.after).toMatchObject({ displayName: 'Tên Đã Sửa' });
    expect(reset!.after).toBeNull();
    expect(response.body).not.toMatch(/passwordHash|password_hash|\$argon2|\$scrypt/);

    // The root admin sees the same record.
    const fromRoot = await t.call('GET', `/api/audit?entityType=user&entityId=${id}`, { session: root });
    expect((fromRoot.json().items as { action: string }[]).map((e) => e.action)).toContain('user.create');
  });
});

describe.each(testEngines)('admin accounts are managed only from above on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('stops an admin from creating a peer admin or taking over one', async () => {
    const provinceAdmin = await t.login('quantri.thanhhoa');
    const peer = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: {
        username: 'quantri.hai',
        displayName: 'Quản trị hai',
        role: 'admin',
        unitCode: '38',
        password: 'MatKhau2025x',
      },
    });
    expect(peer.statusCode).toBe(403);
    const root = await t.login('admin');
    const list = (await t.call('GET', '/api/users?q=quantri.thanhhoa', { session: root })).json();
    const targetId = list.items[0].id as number;
    const below = await t.call('POST', '/api/users', {
      session: provinceAdmin,
      body: {
        username: 'quantri.skhcn',
        displayName: 'Quản trị Sở',
        role: 'admin',
        unitCode: '38.SKHCN',
        password: 'MatKhau2025x',
      },
    });
    expect(below.statusCode).toBe(201);
    const lower = await t.login('quantri.skhcn', 'MatKhau2025x');
    const takeover = await t.call('POST', `/api/users/${targetId}/password`, {
      session: lower,
      body: { newPassword: 'ChiemQuyen2025' },
    });
    expect(takeover.statusCode).toBe(404);
    const self = await t.call('POST', `/api/users/${targetId}/password`, {
      session: provinceAdmin,
      body: { newPassword: 'ChiemQuyen2025' },
    });
    expect(self.statusCode).toBe(409);
    expect(
      (
        await t.call('POST', `/api/users/${targetId}/password`, {
          session: root,
          body: { newPassword: 'MatKhauMoi2025' },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('refuses an admin moving themselves to another unit', async () => {
    const provinceAdmin = await t.login('admin');
    const me = (await t.call('GET', '/api/auth/me', { session: provinceAdmin })).json();
    const response = await t.call('PATCH', `/api/users/${me.user.id}`, {
      session: provinceAdmin,
      body: { unitCode: '14758' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('SELF_LOCKOUT');
  });
});
