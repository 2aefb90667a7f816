import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, threeCommunes, type MapItem } from '../helpers/geojson.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

/** The dashboard map's colours (ranking or one indicator) agree with the figures they stand for. */
describe.each(testEngines)('the dashboard map on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  let provinceAdmin: Session;
  const now = new Date('2026-11-20T03:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock: () => now });
    admin = await t.login('admin');
    provinceAdmin = await t.login('quantri.thanhhoa');
    // Three communes with a boundary, so the map knows which areas it can draw.
    const imported = await t.call('POST', '/api/boundaries/import', { session: provinceAdmin, ...json(threeCommunes) });
    expect(imported.statusCode).toBe(200);
  });
  afterAll(() => t?.close());

  describe('the map values', () => {
    it("colours by the ranking's score and grade: the same figures as the dashboard, each linked to its list", async () => {
      const leader = await t.login('lanhdao.thanhhoa');
      const query = 'unit=38&asOf=2025-07-25';
      const map = (await t.call('GET', `/api/dashboard/map?${query}`, { session: leader })).json();
      const dashboard = (await t.call('GET', `/api/dashboard?${query}`, { session: leader })).json();
      expect(map.colourBy).toBe('score');
      expect(map.items.length).toBe(166 + 11);
      const byCode = new Map<string, MapItem>(map.items.map((item: MapItem) => [item.unit.code, item]));
      expect(dashboard.ranking.length).toBeGreaterThan(0);
      for (const row of dashboard.ranking) {
        expect(byCode.get(row.unit.code)).toMatchObject({ score: row.score, grade: row.grade, rank: row.rank });
      }
      expect(byCode.get('14758')).toMatchObject({ hasBoundary: true, link: '/dashboard?unit=14758&asOf=2025-07-25' });
      expect(byCode.get('38.SKHCN')!.hasBoundary).toBe(false);
    });

    it("colours by one indicator: each child's latest approved value and band, the same as its statistics", async () => {
      const secretariat = await t.login('thuongtruc.thanhhoa');
      const plan = '266-KH/TU';
      const catalogue = (
        await t.call('GET', `/api/indicators?plan=${encodeURIComponent(plan)}`, { session: admin })
      ).json().items as { id: number; code: string; formula: string | null }[];
      const stats38 = (
        await t.call('GET', `/api/stats/indicators?unit=38&plan=${encodeURIComponent(plan)}`, { session: admin })
      ).json();
      // One indicator the province reports itself, one it does not (its figure rolls up from the communes).
      const own = catalogue.find((i) => i.code === 'CDS.04')!;
      const rolled = catalogue.find(
        (i) =>
          !i.formula &&
          stats38.items.find((s: { code: string; value: number | null }) => s.code === i.code)?.value === null,
      )!;
      for (const [indicator, unitCode, value] of [
        [own, '14758', 80],
        [own, '14797', 60],
        [rolled, '14758', 40],
        [rolled, '14797', 60],
      ] as const) {
        const recorded = await t.call('POST', `/api/indicators/${indicator.id}/values`, {
          session: secretariat,
          body: { unitCode, periodEnd: '2026-06-14', value },
        });
        expect(recorded.statusCode).toBe(201);
        const approved = await t.call('POST', `/api/indicator-values/${recorded.json().id}/approve`, {
          session: provinceAdmin,
        });
        expect(approved.statusCode).toBe(200);
      }

      const leader = await t.login('lanhdao.thanhhoa');
      const communes = await t.call(
        'GET',
        `/api/dashboard/map?unit=38&plan=${encodeURIComponent(plan)}&indicator=CDS.04`,
        {
          session: leader,
        },
      );
      expect(communes.statusCode).toBe(200);
      const body = communes.json();
      expect(body).toMatchObject({
        colourBy: 'indicator',
        plan: { code: plan },
        indicator: { id: own.id, code: 'CDS.04' },
      });
      expect(body.indicators).toHaveLength(catalogue.length);
      const byCode = new Map<string, MapItem>(body.items.map((item: MapItem) => [item.unit.code, item]));
      expect(byCode.get('14758')).toMatchObject({
        value: 80,
        valueOn: '2026-06-14',
        band: 'grey', // no target for the commune: not assessable
        grade: null,
        link: `/indicators/${own.id}?unit=14758&plan=266-KH%2FTU`,
      });
      expect(byCode.get('14797')!.value).toBe(60);
      expect(byCode.get('14812')).toMatchObject({ value: null, band: 'grey' });

      // A derived indicator too: its formula over the province's latest values.
      const derived = await t.call('POST', '/api/indicators', {
        session: secretariat,
        body: {
          planCode: plan,
          code: 'CDS.90',
          name: 'Số tài khoản giao dịch điện tử trên 1.000 chứng thư số',
          pillar: 'CDS',
          tier: 'operational',
          unitOfMeasure: 'tài khoản',
          direction: 'higher',
          kind: 'point',
          period: 'six-month',
          formula: 'CDS.08 / CDS.10 * 1000',
        },
      });
      expect(derived.statusCode).toBe(201);

      // From the top, the province's figure for every indicator equals its own statistics (roll-ups and
      // formulas included).
      const stats = (
        await t.call('GET', `/api/stats/indicators?unit=38&plan=${encodeURIComponent(plan)}`, { session: admin })
      ).json();
      for (const item of stats.items as {
        code: string;
        value: number | null;
        valueOn: string | null;
        status: string;
      }[]) {
        const national = await t.call(
          'GET',
          `/api/dashboard/map?unit=TW&plan=${encodeURIComponent(plan)}&indicator=${item.code}`,
          {
            session: admin,
          },
        );
        const province = (national.json().items as MapItem[]).find((i) => i.unit.code === '38')!;
        expect([item.code, province.value, province.valueOn, province.band]).toEqual([
          item.code,
          item.value,
          item.valueOn,
          item.status,
        ]);
      }
      const valueOf = (code: string) => stats.items.find((s: { code: string }) => s.code === code).value;
      expect(valueOf(rolled.code)).not.toBeNull();
      expect(valueOf('CDS.90')).not.toBeNull();
    });

    it('refuses an indicator without a plan, and answers 404 for an unknown plan or indicator', async () => {
      const leader = await t.login('lanhdao.thanhhoa');
      const noPlan = await t.call('GET', '/api/dashboard/map?unit=38&indicator=CDS.04', { session: leader });
      expect(noPlan.statusCode).toBe(400);
      expect(noPlan.json().error.details).toEqual([
        { field: 'querystring.plan', message: 'Chọn kế hoạch khi tô màu theo chỉ tiêu.' },
      ]);
      expect((await t.call('GET', '/api/dashboard/map?unit=38&plan=NOPE', { session: leader })).statusCode).toBe(404);
      const unknown = await t.call('GET', '/api/dashboard/map?unit=38&plan=266-KH%2FTU&indicator=NOPE', {
        session: leader,
      });
      expect(unknown.json().error.message).toBe('Chỉ tiêu không tồn tại hoặc bạn không có quyền xem.');
    });
  });
});
