import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

type Indicator = { plan: string; code: string; name: string };
type Publication = { id: number; kind: string; refKey: string; withdrawnAt: string | null };

const datasets = ['task-figures', 'indicator-values', 'ranking'];
/** Public routes outside /api/public/ that carry no figures at all; any other public route is a finding. */
const publicWithoutFigures = [
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/auth/session',
  'POST /api/auth/login',
];
/** Machine routes check their bearer token after the body: 400 for a bad body, 401 for a bad token. */
const machineRoutes = ['POST /api/ingest/values'];
/** Unpublished units to try: departments, a ministry, the root, communes, a dissolved ward, another province. */
const unpublishedUnits = ['38.SNV', '38.SCT', '38.CA', '19.SKHCN', 'TW', 'BKHCN', '01', '14755', '14761'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A code as a whole token: CDS.1 must not match inside CDS.10, nor CDS.10 inside a number. */
const tokenOf = (code: string) => new RegExp(`(?<![\\w.])${escape(code)}(?!\\w)`);

/** Unit codes that a JSON body attaches figures to: every object with a code and a name, except parents. */
function unitCodesIn(value: unknown, key = ''): string[] {
  if (key === 'parent' || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item) => unitCodesIn(item));
  const record = value as Record<string, unknown>;
  const own = typeof record.code === 'string' && typeof record.fullName === 'string' ? [record.code] : [];
  const rowCode = typeof record.unit_code === 'string' ? [record.unit_code] : [];
  return [...own, ...rowCode, ...Object.entries(record).flatMap(([k, v]) => unitCodesIn(v, k))];
}

describe.each(testEngines)('public portal on $name', (engine) => {
  let t: TestApp;
  let thanhHoa: Session;
  let root: Session;
  let catalogue: Indicator[];

  const active = async () =>
    ((await t.call('GET', '/api/publications', { session: root })).json().items as Publication[]).filter(
      (p) => p.withdrawnAt === null,
    );
  const anonymous = (url: string) => t.call('GET', url);
  const snapshot = (dataset: string) =>
    t.call('POST', `/api/datasets/${dataset}/snapshots`, { session: thanhHoa, body: {} });
  const withdraw = (id: number, session = root) => t.call('DELETE', `/api/publications/${id}`, { session });

  /** Every route that answers an anonymous caller with something other than 401, with params filled in. */
  async function publicCalls(): Promise<{ route: string; url: string }[]> {
    // Every unit ever published (withdrawn ones too) and a sample of units never published.
    const all = (await t.call('GET', '/api/publications', { session: root })).json().items as Publication[];
    const units = [...new Set([...all.filter((p) => p.kind === 'unit').map((p) => p.refKey), ...unpublishedUnits])];
    const values: Record<string, string[]> = {
      code: [...units, 'CDS.03', '99999'],
      dataset: [...datasets, 'khong-co'],
      version: ['1', '2', '3', 'latest', '0', 'x'],
    };
    const calls: { route: string; url: string }[] = [];
    for (const route of t.app.routeList) {
      const [method, path] = route.split(' ') as [string, string];
      if (method !== 'GET' || !path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
      const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      let urls = [path];
      for (const name of names) {
        urls = urls.flatMap((url) =>
          (values[name] ?? ['1']).map((v) => url.replace(`:${name}`, encodeURIComponent(v))),
        );
      }
      const probe = await anonymous(urls[0]!);
      if (probe.statusCode !== 401) for (const url of urls) calls.push({ route, url });
    }
    return calls;
  }

  /** No unpublished indicator's code or name, no figure of an unpublished unit, in any public answer. */
  async function expectNothingUnpublished() {
    const publications = await active();
    const publishedKeys = new Set(publications.filter((p) => p.kind === 'indicator').map((p) => p.refKey));
    const publishedUnits = new Set(publications.filter((p) => p.kind === 'unit').map((p) => p.refKey));
    const published = catalogue.filter((i) => publishedKeys.has(`${i.plan}:${i.code}`));
    const hidden = catalogue.filter((i) => !publishedKeys.has(`${i.plan}:${i.code}`));
    // Two plans may name two indicators alike (TN.12 and KHCN.12): a name shown for the published one is no leak.
    const hiddenNames = hidden.map((i) => i.name).filter((name) => !published.some((p) => p.name.includes(name)));
    const calls = await publicCalls();
    expect(calls.filter((c) => c.route.includes('/api/public/')).length).toBeGreaterThan(50);
    for (const { route, url } of calls) {
      if (route === 'GET /api/openapi.json') continue; // the API's description: the same for everyone, no data
      const response = await anonymous(url);
      const body = response.body;
      for (const indicator of hidden)
        expect(body, `${url} shows ${indicator.code}`).not.toMatch(tokenOf(indicator.code));
      for (const name of hiddenNames) expect(body, `${url} shows "${name}"`).not.toContain(name);
      const isCsv = response.headers['content-type']?.toString().startsWith('text/csv');
      const codes = isCsv
        ? (parse(body, { bom: true, columns: true }) as { unit_code: string }[]).map((row) => row.unit_code)
        : response.headers['content-type']?.toString().includes('json')
          ? unitCodesIn(response.json())
          : [];
      for (const code of codes) expect(publishedUnits, `${url} shows figures of ${code}`).toContain(code);
    }
    return calls;
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    thanhHoa = await t.login('thuongtruc.thanhhoa');
    root = await t.login('admin');
    const plans = (await t.call('GET', '/api/plans', { session: root })).json().items as { code: string }[];
    catalogue = [];
    for (const plan of plans) {
      const list = await t.call('GET', `/api/indicators?plan=${encodeURIComponent(plan.code)}`, { session: root });
      for (const item of list.json().items as { code: string; name: string }[]) {
        catalogue.push({ plan: plan.code, code: item.code, name: item.name });
      }
    }
    for (const dataset of datasets) expect((await snapshot(dataset)).statusCode).toBe(201);
  });
  afterAll(() => t?.close());

  it('needs no login, and every anonymous route is either public on purpose or 401', async () => {
    const calls = await publicCalls();
    const routes = [...new Set(calls.map((c) => c.route))].sort();
    expect(routes.filter((r) => !r.includes(' /api/public/'))).toEqual(
      publicWithoutFigures.filter((r) => r.startsWith('GET')).sort(),
    );
    expect(routes.filter((r) => r.includes(' /api/public/'))).toEqual([
      'GET /api/public/datasets',
      'GET /api/public/datasets/:dataset',
      'GET /api/public/datasets/:dataset/v/:version.csv',
      'GET /api/public/datasets/:dataset/v/:version.json',
      'GET /api/public/ranking',
      'GET /api/public/units',
      'GET /api/public/units/:code',
    ]);
    // Every other route, whatever the method, refuses an anonymous caller.
    for (const route of t.app.routeList) {
      const [method, path] = route.split(' ') as [string, string];
      if (method === 'HEAD' || !path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
      if (path.startsWith('/api/public/') || publicWithoutFigures.includes(route)) continue;
      const response = await t.app.inject({ method: method as 'GET', url: path.replace(/:\w+/g, '1') });
      if (machineRoutes.includes(route)) expect([400, 401], route).toContain(response.statusCode);
      else expect(response.statusCode, route).toBe(401);
    }
  });

  it('shows the published units, their figures, and only the published indicators', async () => {
    const units = (await anonymous('/api/public/units')).json();
    expect(units.items.map((u: { code: string }) => u.code)).toEqual([
      '19',
      '38',
      '38.SKHCN',
      '38.STC',
      '38.SYT',
      '01840',
      '14758',
      '14797',
    ]);
    const thanhHoa = (await anonymous('/api/public/units/38')).json();
    expect(thanhHoa.unit).toMatchObject({
      code: '38',
      fullName: 'Tỉnh Thanh Hóa',
      figures: ['task_stats', 'ranking', 'indicator_stats'],
    });
    expect(thanhHoa.tasks.total).toBe(91);
    expect(Object.keys(thanhHoa.tasks).sort()).toEqual(
      [
        'byPillar',
        'completed',
        'completedLate',
        'completedOnTime',
        'completionRate',
        'due',
        'inProgress',
        'notStarted',
        'overdue',
        'total',
      ].sort(),
    );
    const [plan] = thanhHoa.plans;
    expect(plan.plan.code).toBe('266-KH/TU');
    expect(plan.indicators.map((i: { code: string }) => i.code)).toEqual([
      'CDS.01',
      'CDS.02',
      'CDS.04',
      'DMST.01',
      'KHCN.01',
    ]);
    const broadband = plan.indicators[0];
    expect(broadband).toMatchObject({ value: 25, target: 60, status: expect.any(String) });
    expect(broadband.series).toEqual([
      { on: '2025-06-14', value: 22.5 },
      { on: '2025-12-14', value: 25 },
    ]);
    // Thái Nguyên did not publish its indicator assessment: values and targets, no colour band.
    const thaiNguyen = (await anonymous('/api/public/units/19')).json();
    expect(thaiNguyen.plans[0].indicators.map((i: { code: string }) => i.code)).toEqual(['TN.01', 'TN.03']);
    expect(thaiNguyen.plans[0].indicators.every((i: { status: unknown }) => i.status === null)).toBe(true);
    for (const code of ['38.SNV', 'TW', '01', '14755', 'khong-co']) {
      const response = await anonymous(`/api/public/units/${code}`);
      expect(response.statusCode, code).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('ranks only the units whose ranking is published, with their official rank', async () => {
    const ranking = (await anonymous('/api/public/ranking')).json();
    const groups = Object.fromEntries(
      ranking.groups.map((g: { parent: { code: string }; items: { unit: { code: string } }[] }) => [
        g.parent.code,
        g.items.map((i) => i.unit.code),
      ]),
    );
    expect(groups).toEqual({
      TW: ['38', '19'],
      '38': expect.arrayContaining(['38.SKHCN', '38.STC', '38.SYT', '14758', '14797']),
      '19': ['01840'],
    });
    const province = ranking.groups[0].items[0];
    expect(Object.keys(province).sort()).toEqual(['grade', 'rank', 'score', 'unit']);
    // The same rank and score as the signed-in dashboard's ranking of the country's units.
    const internal = (await t.call('GET', '/api/stats/tasks?unit=TW', { session: root })).json();
    const official = internal.byChildUnit.find((c: { unit: { code: string } }) => c.unit.code === '38');
    expect(province).toMatchObject({
      unit: { code: '38' },
      rank: official.rank,
      score: official.score,
      grade: official.grade,
    });
  });

  it('describes the datasets DCAT-style, with stable download addresses', async () => {
    const response = await anonymous('/api/public/datasets');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    const catalogue = response.json();
    expect(catalogue.datasets.map((d: { identifier: string }) => d.identifier)).toEqual(datasets);
    const [taskFigures] = catalogue.datasets;
    expect(taskFigures).toMatchObject({
      title: { vi: 'Số liệu nhiệm vụ của các đơn vị', en: 'Task figures by unit' },
      license: { url: 'https://creativecommons.org/licenses/by/4.0/' },
      publisher: 'Tỉnh Thanh Hóa',
      version: 1,
      temporal: { start: expect.any(String), end: expect.any(String) },
      modified: expect.any(String),
      distributions: [
        { format: 'CSV', downloadUrl: '/api/public/datasets/task-figures/v/latest.csv' },
        { format: 'JSON', downloadUrl: '/api/public/datasets/task-figures/v/latest.json' },
      ],
    });
    const detail = (await anonymous('/api/public/datasets/task-figures')).json();
    expect(detail.versions[0]).toMatchObject({
      version: 1,
      status: 'available',
      distributions: [
        { downloadUrl: '/api/public/datasets/task-figures/v/1.csv' },
        { downloadUrl: '/api/public/datasets/task-figures/v/1.json' },
      ],
    });
  });

  it('serves CSV that parses and matches the JSON, the same bytes every time', async () => {
    for (const dataset of datasets) {
      const csv = await anonymous(`/api/public/datasets/${dataset}/v/1.csv`);
      expect(csv.statusCode, dataset).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="${dataset}-v1.csv"`);
      expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const json = (await anonymous(`/api/public/datasets/${dataset}/v/1.json`)).json();
      const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.length, dataset).toBeGreaterThan(0);
      expect(Object.keys(rows[0]!)).toEqual(json.columns);
      const asText = (row: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]));
      expect(rows).toEqual(json.rows.map(asText));
      const again = await anonymous(`/api/public/datasets/${dataset}/v/1.csv`);
      expect(again.rawPayload.equals(csv.rawPayload)).toBe(true);
      const detail = (await anonymous(`/api/public/datasets/${dataset}`)).json();
      expect(detail.versions[0].distributions[0].sha256).toBe(
        (await import('node:crypto')).createHash('sha256').update(csv.rawPayload).digest('hex'),
      );
      const cached = await t.call('GET', `/api/public/datasets/${dataset}/v/1.csv`, {
        headers: { 'if-none-match': csv.headers.etag as string },
      });
      expect(cached.statusCode).toBe(304);
    }
    const indicatorValues = parse((await anonymous('/api/public/datasets/indicator-values/v/1.csv')).body, {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(indicatorValues).toContainEqual(
      expect.objectContaining({
        plan_code: '266-KH/TU',
        indicator_code: 'CDS.04',
        unit_code: '38',
        period_end: '2025-12-14',
        value: '94.12',
      }),
    );
  });

  it('keeps version 1 unchanged when version 2 is issued, and latest follows', async () => {
    const before = (await anonymous('/api/public/datasets/task-figures/v/1.json')).rawPayload;
    expect(
      (await t.call('POST', '/api/publications', { session: thanhHoa, body: { kind: 'unit', refKey: '38.SNV' } }))
        .statusCode,
    ).toBe(201);
    const second = await snapshot('task-figures');
    expect(second.json().version).toBe(2);
    expect((await anonymous('/api/public/datasets/task-figures/v/1.json')).rawPayload.equals(before)).toBe(true);
    const latest = await anonymous('/api/public/datasets/task-figures/v/latest.csv');
    expect(latest.headers['content-location']).toBe('./2.csv');
    expect(latest.body).toContain('38.SNV');
    expect((await anonymous('/api/public/datasets/task-figures/v/1.csv')).body).not.toContain('38.SNV');
    expect((await anonymous('/api/public/datasets/task-figures/v/3.csv')).statusCode).toBe(404);
    expect((await anonymous('/api/public/datasets/task-figures/v/x.csv')).statusCode).toBe(400);
    expect((await anonymous('/api/public/datasets/khong-co/v/1.csv')).statusCode).toBe(404);
  });

  it('shows no unpublished indicator or unit figure on any public route, for any code', async () => {
    await expectNothingUnpublished();
  });

  it('withdrawing removes from the portal, its API and the versions that held it', async () => {
    const publications = await active();
    const idOf = (refKey: string) => publications.find((p) => p.refKey === refKey)!.id;
    expect((await withdraw(idOf('266-KH/TU:CDS.04'))).statusCode).toBe(200);
    expect((await withdraw(idOf('14797'))).statusCode).toBe(200);
    expect((await withdraw(idOf('task_stats:38'))).statusCode).toBe(200);

    const thanhHoa = (await anonymous('/api/public/units/38')).json();
    expect(thanhHoa.tasks).toBeNull();
    expect(thanhHoa.unit.figures).toEqual(['ranking', 'indicator_stats']);
    expect(thanhHoa.plans[0].indicators.map((i: { code: string }) => i.code)).not.toContain('CDS.04');
    expect((await anonymous('/api/public/units/14797')).statusCode).toBe(404);
    // Versions resting on a withdrawn publication stop being served; latest falls back to none left.
    const gone = await anonymous('/api/public/datasets/indicator-values/v/1.csv');
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error.code).toBe('DATASET_VERSION_WITHDRAWN');
    expect((await anonymous('/api/public/datasets/indicator-values/v/latest.json')).statusCode).toBe(404);
    const detail = (await anonymous('/api/public/datasets/indicator-values')).json();
    expect(detail.versions[0]).toMatchObject({ version: 1, status: 'withdrawn', distributions: [] });
    expect(detail.distributions).toEqual([]);
    const fresh = await snapshot('indicator-values');
    expect(fresh.json().version).toBe(2);
    expect((await anonymous('/api/public/datasets/indicator-values/v/latest.csv')).body).not.toContain('CDS.04');

    // CDS.04 and 14797 are unpublished now: the whole sweep again.
    const calls = await expectNothingUnpublished();
    expect(calls.some((c) => c.url === '/api/public/units/14797')).toBe(true);
  });
});
