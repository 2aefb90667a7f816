import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const csv = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');
const communeHeader = 'code,full_name,name,type,province_code';

describe.each(testEngines)('units routes on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  describe('reading', () => {
    it('answers 401 to anonymous callers', async () => {
      expect((await t.call('GET', '/api/units')).statusCode).toBe(401);
      expect((await t.call('GET', '/api/units/38')).statusCode).toBe(401);
    });

    it("answers 404 to a commune officer reading another commune, like a unit that doesn't exist", async () => {
      const session = await t.login('canbo.hamrong');
      const other = await t.call('GET', '/api/units/14797', { session });
      const absent = await t.call('GET', '/api/units/99999', { session });
      expect(other.statusCode).toBe(404);
      expect(other.json().error).toEqual(absent.json().error);
      expect((await t.call('GET', '/api/units/14758', { session })).statusCode).toBe(200);
    });

    it('lists only the units in scope', async () => {
      const session = await t.login('canbo.hamrong');
      const response = await t.call('GET', '/api/units?limit=500', { session });
      expect(response.json().items.map((u: { code: string }) => u.code)).toEqual(['14758']);
      const province = await t.login('lanhdao.thanhhoa');
      const inProvince = await t.call('GET', '/api/units?limit=1', { session: province });
      expect(inProvince.json().total).toBe(1 + 166 + 11);
    });

    it('refuses a bad query with a field message', async () => {
      const session = await t.login('admin');
      const response = await t.call('GET', '/api/units?level=district', { session });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe('querystring.level');
    });

    it('finds units ignoring diacritics and case', async () => {
      const session = await t.login('admin');
      const response = await t.call('GET', `/api/units?q=${encodeURIComponent('thanh hoa')}&level=province`, {
        session,
      });
      expect(response.json().items.map((u: { fullName: string }) => u.fullName)).toEqual(['Tỉnh Thanh Hóa']);
      const upper = await t.call('GET', `/api/units?q=${encodeURIComponent('HẠC THÀNH')}`, { session });
      expect(upper.json().items[0]).toMatchObject({ code: '14797', fullName: 'Phường Hạc Thành', type: 'Phường' });
    });

    it('browses the tree: children of a unit, detail with ancestors', async () => {
      const session = await t.login('admin');
      const children = await t.call('GET', '/api/units?parent=38&level=department', { session });
      expect(children.json().items.find((u: { code: string }) => u.code === '38.SKHCN')).toMatchObject({
        isStandingOffice: true,
        parentCode: '38',
      });
      const detail = await t.call('GET', '/api/units/14758', { session });
      expect(detail.json()).toMatchObject({
        code: '14758',
        level: 'commune',
        ancestors: [{ code: 'TW' }, { code: '38', fullName: 'Tỉnh Thanh Hóa' }],
      });
      const root = await t.call('GET', '/api/units?level=province&limit=100', { session });
      expect(root.json().total).toBe(34);
    });
  });

  describe('importing the official list', () => {
    it('answers 401, then 403 for a non-admin', async () => {
      expect((await t.call('POST', '/api/units/import?format=csv', { payload: 'x' })).statusCode).toBe(401);
      const session = await t.login('thuongtruc.thanhhoa');
      const response = await t.call('POST', '/api/units/import?format=csv', {
        session,
        payload: csv([communeHeader]),
        headers: { 'content-type': 'text/csv' },
      });
      expect(response.statusCode).toBe(403);
    });

    it('refuses an empty body and an unknown format', async () => {
      const session = await t.login('admin');
      const empty = await t.call('POST', '/api/units/import', {
        session,
        headers: { 'content-type': 'text/csv' },
        payload: '',
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.code).toBe('FILE_EMPTY');
      const unknown = await t.call('POST', '/api/units/import', {
        session,
        headers: { 'content-type': 'application/pdf' },
        payload: 'abc',
      });
      expect(unknown.statusCode).toBe(415);
    });

    it('rejects the whole file when any row is wrong, naming line, column and reason', async () => {
      const session = await t.login('admin');
      const response = await t.call('POST', '/api/units/import', {
        session,
        headers: { 'content-type': 'text/csv' },
        payload: csv([
          communeHeader,
          '90001,Xã Mới Một,Mới Một,Xã,38',
          '9000,Xã Sai Mã,Sai Mã,Xã,38',
          '90003,Xã Không Loại,Không Loại,Huyện,38',
          '90004,Phường Không Tỉnh,Không Tỉnh,Phường,77',
          '90001,Xã Trùng,Trùng,Xã,38',
        ]),
      });
      expect(response.statusCode).toBe(422);
      const report = response.json();
      expect(report.isApplied).toBe(false);
      expect(report.rejected).toEqual([
        { line: 3, column: 'code', message: 'Mã xã phải gồm 5 chữ số.' },
        { line: 4, column: 'type', message: 'Loại "Huyện" không phải xã, phường hoặc đặc khu.' },
        { line: 5, column: 'province_code', message: 'Không có tỉnh mã 77.' },
        { line: 6, column: 'code', message: 'Mã 90001 bị trùng với dòng 2.' },
      ]);
      const after = await t.call('GET', '/api/units/90001', { session });
      expect(after.statusCode).toBe(404);
    });

    it('rejects rows whose province does not exist, and writes nothing', async () => {
      const session = await t.login('admin');
      const response = await t.call('POST', '/api/units/import?format=csv', {
        session,
        payload: csv([communeHeader, '90011,Xã Có Tỉnh,Có Tỉnh,Xã,38', '90012,Xã Không Tỉnh,Không Tỉnh,Xã,77']),
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().rejected).toEqual([{ line: 3, column: 'province_code', message: 'Không có tỉnh mã 77.' }]);
      expect((await t.call('GET', '/api/units/90011', { session })).statusCode).toBe(404);
    });

    it('imports CSV: new communes, renames and type changes, with a dry run first', async () => {
      const session = await t.login('admin');
      const payload = csv([communeHeader, '90021,Xã Thử Nghiệm,Thử Nghiệm,Xã,38', '14758,Xã Hàm Rồng,Hàm Rồng,Xã,38']);
      const dry = await t.call('POST', '/api/units/import?format=csv&dryRun=true', { session, payload });
      expect(dry.json()).toMatchObject({ isApplied: false, inserted: 1, updated: 1, rejected: [] });
      expect((await t.call('GET', '/api/units/90021', { session })).statusCode).toBe(404);
      const real = await t.call('POST', '/api/units/import?format=csv', { session, payload });
      expect(real.statusCode).toBe(200);
      expect(real.json()).toMatchObject({ isApplied: true, total: 2, inserted: 1, updated: 1, unchanged: 0 });
      const unit = await t.call('GET', '/api/units/90021', { session });
      expect(unit.json()).toMatchObject({ fullName: 'Xã Thử Nghiệm', parentCode: '38', level: 'commune' });
      expect((await t.call('GET', '/api/units/14758', { session })).json().type).toBe('Xã');
      const audit = await t.call('GET', '/api/audit?entityType=unit&entityId=14758', { session });
      expect(audit.json().items[0]).toMatchObject({ action: 'unit.import.update' });
      expect(audit.json().items[0].before.type).toBe('Phường');
    });

    it('imports the JSON shape of the official list', async () => {
      const session = await t.login('admin');
      const payload = JSON.stringify([
        { code: '90031', name: 'Đảo Mới', type: 'special_zone', nameWithType: 'Đặc khu Đảo Mới', provinceCode: '19' },
      ]);
      const response = await t.call('POST', '/api/units/import', {
        session,
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(200);
      expect((await t.call('GET', '/api/units/90031', { session })).json()).toMatchObject({
        type: 'Đặc khu',
        name: 'Đảo Mới',
      });
    });

    it('imports XLSX with the same columns', async () => {
      const session = await t.login('admin');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Danh mục');
      sheet.addRow(['code', 'full_name', 'type', 'province_code']);
      sheet.addRow(['90041', 'Phường Excel', 'Phường', '38']);
      sheet.addRow(['90042', 'Xã Excel', 'Xã', '38']);
      const payload = Buffer.from(await workbook.xlsx.writeBuffer());
      const response = await t.call('POST', '/api/units/import?format=xlsx', {
        session,
        headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        payload,
      });
      expect(response.json()).toMatchObject({ isApplied: true, inserted: 2 });
      const found = await t.call('GET', `/api/units?q=${encodeURIComponent('excel')}`, { session });
      expect(found.json().total).toBe(2);
    });

    it('keeps a province admin inside their province', async () => {
      const session = await t.login('quantri.thanhhoa');
      const response = await t.call('POST', '/api/units/import?format=csv', {
        session,
        payload: csv([communeHeader, '90051,Xã Ngoài Tỉnh,Ngoài Tỉnh,Xã,19']),
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().rejected[0].message).toBe('Đơn vị cấp trên nằm ngoài phạm vi quản lý của bạn.');
    });
  });
});

describe.each(testEngines)('unit history on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('keeps merged pre-2025 wards reachable from the ward they became', async () => {
    const session = await t.login('canbo.hamrong');
    const detail = (await t.call('GET', '/api/units/14758', { session })).json();
    expect(detail.fullName).toBe('Phường Hàm Rồng');
    expect(detail.predecessors.map((p: { unit: { code: string } }) => p.unit.code)).toEqual([
      '14755',
      '14758',
      '14761',
      '14791',
      '15859',
    ]);
    expect(detail.predecessors[2]).toMatchObject({
      kind: 'merged',
      effectiveOn: '2025-07-01',
      unit: { fullName: 'Phường Nam Ngạn', validTo: '2025-07-01' },
    });
    const dongTho = await t.call('GET', '/api/units/14758?on=2025-06-30', { session });
    expect(dongTho.json()).toMatchObject({ fullName: 'Phường Đông Thọ', validTo: '2025-07-01' });
    const old = await t.call('GET', '/api/units/14761', { session });
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({
      validTo: '2025-07-01',
      successors: [{ unit: { code: '14758', fullName: 'Phường Hàm Rồng' } }],
    });
  });

  it('hides dissolved units from lists unless asked, and keeps them out of other communes\u2019 scope', async () => {
    const session = await t.login('canbo.hamrong');
    expect((await t.call('GET', '/api/units', { session })).json().total).toBe(1);
    expect((await t.call('GET', '/api/units?includeDissolved=true', { session })).json().total).toBe(6);
    const other = await t.login('canbo.hacthanh');
    expect((await t.call('GET', '/api/units/14761', { session: other })).statusCode).toBe(404);
  });
});
