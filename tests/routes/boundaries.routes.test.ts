import { existsSync, readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/audit/audit.table.ts';
import { unitBoundaries } from '../../src/server/boundaries/boundary.table.ts';
import { collection, feature, json, polygon, square, threeCommunes, type Feature } from '../helpers/geojson.ts';
import { multipartFile } from '../helpers/multipart.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const thanhHoaFile = new URL('../../../shared/data/geo/wards_38_thanh_hoa.geojson', import.meta.url);
const hasSharedGeo = existsSync(thanhHoaFile);

describe.each(testEngines)('boundaries and the map on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  let provinceAdmin: Session;
  const now = new Date('2026-11-20T03:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock: () => now });
    admin = await t.login('admin');
    provinceAdmin = await t.login('quantri.thanhhoa');
  });
  afterAll(() => t?.close());

  const stored = async () => t.database.db.select({ unitId: unitBoundaries.unitId }).from(unitBoundaries);
  const importAudits = () => t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'boundary.import'));
  const childrenOf = async (unit: string, session: Session) =>
    (await t.call('GET', `/api/boundaries?unit=${unit}`, { session })).json().features as Feature[];

  describe('security', () => {
    it('answers 401 to anonymous callers on every route', async () => {
      expect((await t.call('POST', '/api/boundaries/import', json(threeCommunes))).statusCode).toBe(401);
      expect((await t.call('GET', '/api/boundaries?unit=38')).statusCode).toBe(401);
      expect((await t.call('GET', '/api/dashboard/map?unit=38')).statusCode).toBe(401);
    });

    it('answers 403 to a non-admin importing, and to a missing CSRF token', async () => {
      for (const username of ['thuongtruc.thanhhoa', 'lanhdao.thanhhoa']) {
        const session = await t.login(username);
        const response = await t.call('POST', '/api/boundaries/import', { session, ...json(threeCommunes) });
        expect(response.statusCode).toBe(403);
        expect(response.json().error.message).toBe('Bạn không có quyền nhập ranh giới đơn vị.');
      }
      const noCsrf = await t.call('POST', '/api/boundaries/import', {
        session: provinceAdmin,
        csrf: false,
        ...json(threeCommunes),
      });
      expect(noCsrf.json().error.code).toBe('CSRF_INVALID');
      expect(await stored()).toEqual([]);
    });

    it('answers 404 outside the scope, exactly as for a unit that does not exist', async () => {
      const officer = await t.login('canbo.hamrong');
      const other = await t.call('GET', '/api/boundaries?unit=38', { session: officer });
      const absent = await t.call('GET', '/api/boundaries?unit=99999', { session: officer });
      expect(other.statusCode).toBe(404);
      expect(other.json().error).toEqual(absent.json().error);
      const leader = await t.login('lanhdao.thanhhoa');
      expect((await t.call('GET', '/api/dashboard/map?unit=19', { session: leader })).statusCode).toBe(404);
      expect((await t.call('GET', '/api/dashboard/map?unit=TW', { session: leader })).statusCode).toBe(404);
    });

    it("refuses a province admin's file naming another province's commune, like an unknown code", async () => {
      const response = await t.call('POST', '/api/boundaries/import', {
        session: provinceAdmin,
        ...json(
          collection(
            feature({ code: '14758' }, polygon(105.75, 19.8)),
            feature({ code: '01840' }, polygon(105.8, 21.1)),
          ),
        ),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().report).toMatchObject({ matched: ['14758'], unknown: ['01840'], isApplied: false });
      expect(await stored()).toEqual([]);
    });
  });

  describe('input checks', () => {
    it('refuses the whole file with 400, naming each feature, its code and the reason; nothing is saved', async () => {
      const response = await t.call('POST', '/api/boundaries/import', {
        session: provinceAdmin,
        ...json(
          collection(
            feature({ code: '14758' }, polygon(105.75, 19.8)),
            feature({ name: 'Không có mã' }, polygon(105.8, 19.8)),
            feature({ code: '99999' }, polygon(105.8, 19.8)),
            feature(
              { code: '14797' },
              {
                type: 'LineString',
                coordinates: [
                  [105, 19],
                  [106, 20],
                ],
              },
            ),
            feature(
              { code: '14812' },
              {
                type: 'Polygon',
                coordinates: [
                  [
                    [588000, 2190000],
                    [588100, 2190000],
                    [588100, 2190100],
                    [588000, 2190000],
                  ],
                ],
              },
            ),
            feature({ code: '14818' }, { type: 'Polygon', coordinates: [square(105.9, 19.8).slice(0, -1)] }),
            feature({ code: '14758' }, polygon(105.75, 19.8)),
          ),
        ),
      });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.error.code).toBe('BOUNDARIES_REJECTED');
      expect(body.error.message).toBe('Không nhập ranh giới nào: 6 trên 7 đối tượng bị từ chối. Sửa tệp rồi gửi lại.');
      expect(
        body.report.rejected.map((r: { feature: number; unitCode: string | null; reason: string }) => [
          r.feature,
          r.unitCode,
          r.reason,
        ]),
      ).toEqual([
        [1, null, 'missing_code'],
        [2, '99999', 'unknown_unit'],
        [3, '14797', 'wrong_geometry'],
        [4, '14812', 'coordinates_out_of_range'],
        [5, '14818', 'invalid_ring'],
        [6, '14758', 'duplicate_code'],
      ]);
      expect(body.error.details[1]).toEqual({
        field: 'features[2]',
        message: 'Đối tượng 2 (mã 99999): Không có đơn vị mã 99999 trong phạm vi quản lý của bạn.',
      });
      expect(body.report).toMatchObject({
        isApplied: false,
        total: 7,
        inserted: 0,
        matched: ['14758'],
        unknown: ['99999'],
      });
      expect(await stored()).toEqual([]);
      expect(await importAudits()).toEqual([]);
    });

    it('refuses an empty body, a file that is not GeoJSON and a bad property name', async () => {
      const session = provinceAdmin;
      const empty = await t.call('POST', '/api/boundaries/import', {
        session,
        payload: '',
        headers: { 'content-type': 'application/json' },
      });
      expect(empty.json().error.code).toBe('FILE_EMPTY');
      const broken = await t.call('POST', '/api/boundaries/import', {
        session,
        payload: '{"type":',
        headers: { 'content-type': 'application/geo+json' },
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json().error).toMatchObject({
        code: 'GEOJSON_UNREADABLE',
        message: 'Tệp không phải JSON hợp lệ (GeoJSON là một tệp JSON).',
      });
      const notCollection = await t.call('POST', '/api/boundaries/import', { session, ...json({ type: 'Feature' }) });
      expect(notCollection.json().error.code).toBe('GEOJSON_UNREADABLE');
      const badProperty = await t.call('POST', '/api/boundaries/import?property=a%20b', {
        session,
        ...json(threeCommunes),
      });
      expect(badProperty.statusCode).toBe(400);
      expect(badProperty.json().error.details[0].field).toBe('querystring.property');
    });

    it('takes files up to 20 MB on this route only, and answers 413 beyond', async () => {
      const padded = { ...threeCommunes, note: 'x'.repeat(3 * 1024 * 1024) };
      const dry = await t.call('POST', '/api/boundaries/import?dryRun=true', {
        session: provinceAdmin,
        ...json(padded),
      });
      expect(dry.statusCode).toBe(200);
      const tooBig = await t.call('POST', '/api/boundaries/import', {
        session: provinceAdmin,
        payload: Buffer.alloc(21 * 1024 * 1024, 32),
        headers: { 'content-type': 'application/json' },
      });
      expect(tooBig.statusCode).toBe(413);
      // Elsewhere the usual 1 MB limit stays.
      const elsewhere = await t.call('POST', '/api/plans', {
        session: admin,
        ...json({ note: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(elsewhere.statusCode).toBe(413);
    });
  });

  describe('importing and reading', () => {
    it('checks a dry run exactly, then imports all or nothing with one audit row and the codes matched', async () => {
      const dry = await t.call('POST', '/api/boundaries/import?dryRun=true', {
        session: provinceAdmin,
        ...json(threeCommunes),
      });
      expect(dry.json()).toMatchObject({ isApplied: false, inserted: 3, updated: 0, rejected: [] });
      expect(await stored()).toEqual([]);
      const first = await t.call('POST', '/api/boundaries/import', { session: provinceAdmin, ...json(threeCommunes) });
      expect(first.statusCode).toBe(200);
      const report = first.json();
      expect(report).toMatchObject({
        isApplied: true,
        total: 3,
        inserted: 3,
        updated: 0,
        matched: ['14758', '14797', '14812'],
        unknown: [],
      });
      // Each square's 201 points come down to its 4 corners and the closure.
      expect(report.positionsIn).toBe(4 * 201);
      expect(report.positionsOut).toBe(4 * 5);
      expect(report.bytesOut).toBeLessThan(report.bytesIn / 10);
      const again = await t.call('POST', '/api/boundaries/import', { session: provinceAdmin, ...json(threeCommunes) });
      expect(again.json()).toMatchObject({ inserted: 0, updated: 3 });
      const audits = await importAudits();
      expect(audits).toHaveLength(2);
      expect(audits[0]).toMatchObject({ entityType: 'boundary', entityId: 'api', actorName: 'quantri.thanhhoa' });
      expect(audits[0]!.after).toMatchObject({ features: 3, inserted: 3, updated: 0 });
      // Filed under the province, so its inspector sees it in the audit trail.
      const inspector = await t.login('kiemtra.thanhhoa');
      const trail = await t.call('GET', '/api/audit?entityType=boundary', { session: inspector });
      expect(trail.json().items).toHaveLength(2);
    });

    it('accepts a multipart upload with the code in another property, keeping the file name as the source', async () => {
      const file = collection(feature({ ma_xa: '14818' }, polygon(105.95, 19.8)));
      const upload = multipartFile('ranh-gioi.geojson', Buffer.from(JSON.stringify(file)));
      const response = await t.call('POST', '/api/boundaries/import?property=ma_xa', {
        session: provinceAdmin,
        ...upload,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ inserted: 1, matched: ['14818'] });
      const audits = await importAudits();
      expect(audits.at(-1)!.entityId).toBe('ranh-gioi.geojson');
    });

    it("returns the children's boundaries in the caller's scope, with codes and names, and an ETag", async () => {
      const leader = await t.login('lanhdao.thanhhoa');
      const response = await t.call('GET', '/api/boundaries?unit=38', { session: leader });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('private, no-cache');
      const features = response.json().features as Feature[];
      expect(features.map((f) => f.properties)).toEqual([
        { code: '14758', name: 'Phường Hàm Rồng' },
        { code: '14797', name: 'Phường Hạc Thành' },
        { code: '14812', name: 'Phường Bỉm Sơn' },
        { code: '14818', name: 'Phường Quang Trung' },
      ]);
      expect(features[2]!.geometry.type).toBe('MultiPolygon');
      expect(features[0]!.geometry.coordinates[0]).toEqual([
        [105.75, 19.8],
        [105.8, 19.8],
        [105.8, 19.85],
        [105.75, 19.85],
        [105.75, 19.8],
      ]);
      const etag = response.headers.etag as string;
      const unchanged = await t.call('GET', '/api/boundaries?unit=38', {
        session: leader,
        headers: { 'if-none-match': etag },
      });
      expect(unchanged.statusCode).toBe(304);
      expect(unchanged.body).toBe('');
      // Another caller's scope is another answer, so another tag.
      const officer = await t.login('canbo.hamrong');
      expect(await childrenOf('14758', officer)).toEqual([]);
      await t.call('POST', '/api/boundaries/import', { session: provinceAdmin, ...json(threeCommunes) });
      const changed = await t.call('GET', '/api/boundaries?unit=38', {
        session: leader,
        headers: { 'if-none-match': etag },
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.headers.etag).not.toBe(etag);
    });

    it.skipIf(!hasSharedGeo)(
      'imports the real communes of Thanh Hóa (../shared/data) and serves them under 300 KB',
      async () => {
        const bytes = readFileSync(thanhHoaFile);
        const started = performance.now();
        const response = await t.call('POST', '/api/boundaries/import', {
          session: admin,
          payload: bytes,
          headers: { 'content-type': 'application/geo+json' },
        });
        const seconds = (performance.now() - started) / 1000;
        expect(response.statusCode).toBe(200);
        const report = response.json();
        expect(report).toMatchObject({ isApplied: true, total: 166, unknown: [], rejected: [] });
        const served = await t.call('GET', '/api/boundaries?unit=38', { session: admin });
        const features = served.json().features as Feature[];
        expect(features).toHaveLength(166);
        expect(served.body.length).toBeLessThan(300_000);
        console.info(
          `[${engine.name}] Thanh Hóa: ${bytes.length} B in, ${report.bytesOut} B geometry, ${served.body.length} B served; ` +
            `${report.positionsIn} → ${report.positionsOut} positions; import ${seconds.toFixed(2)} s`,
        );
      },
    );
  });
});
