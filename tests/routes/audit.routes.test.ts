import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/audit.service.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

type AuditItem = {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  hash: string;
};

const newUser = (username: string, unitCode: string) => ({
  username,
  displayName: 'Người Dùng Thử',
  role: 'officer',
  unitCode,
  password: 'MatKhau2025',
});

/** Creates a user as the given admin and returns its id. */
async function createUser(t: TestApp, session: Session, username: string, unitCode: string): Promise<number> {
  const response = await t.call('POST', '/api/users', { session, body: newUser(username, unitCode) });
  if (response.statusCode !== 201) throw new Error(`create ${username} failed: ${response.body}`);
  return response.json().id as number;
}

async function auditIds(t: TestApp): Promise<number[]> {
  const result = await t.database.db.execute<{ id: number }>(sql`select id from audit_events order by id`);
  return result.rows.map((row) => Number(row.id));
}

describe.each(testEngines)('audit routes on $name', (engine) => {
  let t: TestApp;
  let root: Session;
  let rootInspector: Session;
  let provinceInspector: Session;

  const items = async (session: Session, query = '') => {
    const response = await t.call('GET', `/api/audit${query}`, { session });
    expect(response.statusCode).toBe(200);
    return response.json().items as AuditItem[];
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    root = await t.login('admin');
    rootInspector = await t.login('kiemtra.tw');
    provinceInspector = await t.login('kiemtra.thanhhoa');
  });
  afterAll(() => t?.close());

  it('answers 401 to anonymous calls', async () => {
    for (const url of ['/api/audit', '/api/audit/verify']) {
      const response = await t.call('GET', url);
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'Vui lòng đăng nhập để tiếp tục.',
      });
    }
  });

  it('answers 403 to an officer, a leader and the secretariat', async () => {
    for (const username of ['canbo.hamrong', 'lanhdao.thanhhoa', 'thuongtruc.thanhhoa', 'lanhdao.tw']) {
      const session = await t.login(username);
      for (const url of ['/api/audit', '/api/audit/verify']) {
        const response = await t.call('GET', url, { session });
        expect(response.statusCode, `${username} ${url}`).toBe(403);
        expect(response.json().error).toMatchObject({
          code: 'FORBIDDEN',
          message: 'Bạn không có quyền thực hiện thao tác này.',
        });
      }
    }
  });

  it('answers 403 to a chain check from below the top of the tree', async () => {
    const provinceAdmin = await t.login('quantri.thanhhoa');
    for (const session of [provinceInspector, provinceAdmin]) {
      const response = await t.call('GET', '/api/audit/verify', { session });
      expect(response.statusCode).toBe(403);
      expect(response.json().error).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Bạn không có quyền kiểm tra toàn bộ nhật ký.',
      });
    }
  });

  it('refuses an invalid query with field messages', async () => {
    const tooSmall = await t.call('GET', '/api/audit?limit=0', { session: rootInspector });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Dữ liệu nhập chưa hợp lệ.' });
    expect(tooSmall.json().error.details).toEqual([
      { field: 'querystring.limit', message: 'Quá nhỏ: mong đợi number >=1' },
    ]);
    const notNumber = await t.call('GET', '/api/audit?beforeId=x', { session: rootInspector });
    expect(notNumber.statusCode).toBe(400);
    expect(notNumber.json().error.details).toEqual([
      { field: 'querystring.beforeId', message: 'Mã bản ghi không hợp lệ' },
    ]);
  });

  it('has no route to change or delete an audit record', async () => {
    const [first] = await items(rootInspector, '?limit=1');
    for (const method of ['PATCH', 'DELETE'] as const) {
      const response = await t.call(method, `/api/audit/${first!.id}`, { session: root, body: {} });
      expect(response.statusCode, method).toBe(404);
    }
  });

  it('lets an inspector read the trail, newest first, with its hashes', async () => {
    const list = await items(provinceInspector);
    expect(list.length).toBeGreaterThan(0);
    const login = list.find((e) => e.action === 'auth.login' && e.actorName === 'kiemtra.thanhhoa');
    expect(login).toEqual({
      id: expect.any(Number),
      at: expect.any(String),
      actorName: 'kiemtra.thanhhoa',
      action: 'auth.login',
      entityType: 'user',
      entityId: expect.stringMatching(/^\d+$/),
      before: null,
      after: { ip: expect.any(String) },
      requestId: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(new Date(login!.at).toISOString()).toBe(login!.at);
    const ids = list.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('shows a province inspector only the events of units in their subtree', async () => {
    const inThainguyen = await createUser(t, root, 'nguoidung.thainguyen', '19');
    const inThanhhoa = await createUser(t, root, 'nguoidung.hamrong', '14758');

    expect(await items(provinceInspector, `?entityType=user&entityId=${inThainguyen}`)).toEqual([]);
    const own = await items(provinceInspector, `?entityType=user&entityId=${inThanhhoa}`);
    expect(own.map((e) => e.action)).toEqual(['user.create']);
    expect(own[0]).toMatchObject({ actorName: 'admin', after: { username: 'nguoidung.hamrong' } });

    const fromRoot = await items(rootInspector, `?entityType=user&entityId=${inThainguyen}`);
    expect(fromRoot.map((e) => e.action)).toEqual(['user.create']);
    expect(fromRoot[0]).toMatchObject({ actorName: 'admin', after: { username: 'nguoidung.thainguyen' } });

    // Events with no unit (the demo seed) are visible only from the top of the tree.
    expect(await items(provinceInspector, '?entityType=system')).toEqual([]);
    expect((await items(rootInspector, '?entityType=system')).map((e) => e.action)).toContain('demo.seed');

    // The whole list is exactly the events whose unit lies under Thanh Hóa (code 38).
    const expected = await t.database.db.execute<{ id: number }>(sql`
      select a.id from audit_events a join units u on u.id = a.unit_id
      where u.path like (select path from units where code = '38' and valid_to is null) || '%'
      order by a.id desc`);
    const visible = await items(provinceInspector, '?limit=500');
    expect(visible.map((e) => e.id)).toEqual(expected.rows.map((row) => Number(row.id)));
    expect(visible.map((e) => e.id)).not.toContain(fromRoot[0]!.id);
  });

  it('pages backwards with beforeId and limit', async () => {
    const all = await items(rootInspector, '?limit=500');
    expect(all.length).toBeGreaterThan(3);
    const firstPage = await items(rootInspector, '?limit=2');
    expect(firstPage.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
    const secondPage = await items(rootInspector, `?limit=2&beforeId=${firstPage[1]!.id}`);
    expect(secondPage.map((e) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
  });

  it('reports an intact chain to the root inspector and the root admin', async () => {
    const total = (await auditIds(t)).length;
    for (const session of [rootInspector, root]) {
      const response = await t.call('GET', '/api/audit/verify', { session });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ isIntact: true, checked: total, firstBrokenId: null });
    }
  });

  describe('when the table is tampered with', () => {
    let tampered: TestApp;
    let inspector: Session;

    const verify = async () => {
      const response = await tampered.call('GET', '/api/audit/verify', { session: inspector });
      expect(response.statusCode).toBe(200);
      return response.json();
    };

    beforeAll(async () => {
      tampered = await createTestApp(engine);
      // The app cannot change the trail (a trigger refuses it); an attacker with the owner's rights can
      // switch the trigger off, which is the case the hash chain must catch.
      const refused = await tampered.database.db.execute(sql`delete from audit_events`).catch((error: Error) => error);
      expect(String((refused as Error).cause)).toMatch(/append-only/);
      await tampered.database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      const admin = await tampered.login('admin');
      inspector = await tampered.login('kiemtra.tw');
      for (const [username, unitCode] of [
        ['gia.mao.mot', '14758'],
        ['gia.mao.hai', '19'],
        ['gia.mao.ba', '38.SKHCN'],
      ] as const) {
        await createUser(tampered, admin, username, unitCode);
      }
    });
    afterAll(() => tampered?.close());

    it('verifies the untouched chain through the service, in one batch or many', async () => {
      const total = (await auditIds(tampered)).length;
      expect(total).toBeGreaterThan(5);
      const expected = { isIntact: true, checked: total, firstBrokenId: null };
      await expect(verifyAuditChain(tampered.database.db)).resolves.toEqual(expected);
      await expect(verifyAuditChain(tampered.database.db, 2)).resolves.toEqual(expected);
    });

    it('finds the row whose content was edited, and accepts it again once restored', async () => {
      const [created] = (
        await tampered.database.db.execute<{ id: number; after: Record<string, unknown> }>(
          sql`select id, after from audit_events where action = 'user.create' order by id limit 1`,
        )
      ).rows;
      const id = Number(created!.id);
      const before = (await auditIds(tampered)).filter((other) => other < id).length;

      await tampered.database.db.execute(
        sql`update audit_events set after = jsonb_set(after, '{role}', '"admin"') where id = ${id}`,
      );
      expect(await verify()).toEqual({ isIntact: false, checked: before, firstBrokenId: id });
      await expect(verifyAuditChain(tampered.database.db, 2)).resolves.toEqual({
        isIntact: false,
        checked: before,
        firstBrokenId: id,
      });

      // Putting the original content back (keys in any order) mends the chain.
      await tampered.database.db.execute(
        sql`update audit_events set after = ${JSON.stringify(created!.after)}::jsonb where id = ${id}`,
      );
      expect(await verify()).toMatchObject({ isIntact: true, firstBrokenId: null });
    });

    it('finds the gap when a row in the middle is deleted', async () => {
      const ids = await auditIds(tampered);
      const middle = Math.floor(ids.length / 2);
      const removed = ids[middle]!;
      const next = ids[middle + 1]!;
      await tampered.database.db.execute(sql`delete from audit_events where id = ${removed}`);
      expect(await verify()).toEqual({ isIntact: false, checked: middle, firstBrokenId: next });
    });
  });
});
