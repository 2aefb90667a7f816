import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

type Publication = { id: number; kind: string; refKey: string; label: string; withdrawnAt: string | null };
type Board = {
  items: Publication[];
  indicators: { refKey: string; publicationId: number | null }[];
  figures: { figure: string; refKey: string; publicationId: number | null }[];
  datasets: { name: string; latestVersion: number | null }[];
};

describe.each(testEngines)('publishing routes on $name', (engine) => {
  let t: TestApp;
  let thanhHoa: Session;
  let thaiNguyen: Session;
  let root: Session;

  const board = async (session = thanhHoa) => (await t.call('GET', '/api/publications', { session })).json() as Board;
  const publish = (body: unknown, session = thanhHoa) => t.call('POST', '/api/publications', { session, body });
  const auditOf = async (entityType: string, entityId: string) =>
    (
      await t.call('GET', `/api/audit?entityType=${entityType}&entityId=${encodeURIComponent(entityId)}`, {
        session: root,
      })
    ).json().items as { action: string; actorName: string; before: unknown; after: unknown }[];

  beforeAll(async () => {
    t = await createTestApp(engine);
    thanhHoa = await t.login('thuongtruc.thanhhoa');
    thaiNguyen = await t.login('thuongtruc.thainguyen');
    root = await t.login('admin');
  });
  afterAll(() => t?.close());

  it('answers 401 to anonymous calls', async () => {
    for (const [method, url] of [
      ['GET', '/api/publications'],
      ['POST', '/api/publications'],
      ['DELETE', '/api/publications/1'],
      ['POST', '/api/datasets/ranking/snapshots'],
    ] as const) {
      const response = await t.call(method, url, { body: {} });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 403 without the CSRF token, and to roles that do not publish', async () => {
    const noCsrf = await t.call('POST', '/api/publications', {
      session: thanhHoa,
      csrf: false,
      body: { kind: 'unit', refKey: '38.SNV' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_INVALID');
    for (const username of ['lanhdao.thanhhoa', 'canbo.skhcn.thanhhoa', 'kiemtra.thanhhoa']) {
      const session = await t.login(username);
      for (const [method, url] of [
        ['GET', '/api/publications'],
        ['POST', '/api/publications'],
        ['DELETE', '/api/publications/1'],
        ['POST', '/api/datasets/ranking/snapshots'],
      ] as const) {
        const response = await t.call(method, url, { session, body: { kind: 'unit', refKey: '38.SNV' } });
        expect(response.statusCode, `${username} ${method} ${url}`).toBe(403);
        expect(response.json().error).toMatchObject({
          code: 'FORBIDDEN',
          message: 'Bạn không có quyền quản lý công khai dữ liệu.',
        });
      }
    }
  });

  it('answers 400 naming the field when the kind or the reference is malformed', async () => {
    const cases: [unknown, string][] = [
      [{ kind: 'dataset', refKey: '38' }, 'body.kind'],
      [{ kind: 'unit', refKey: '' }, 'body.refKey'],
      [{ kind: 'unit' }, 'body.refKey'],
      [{ kind: 'indicator', refKey: 'CDS.01' }, 'body.refKey'],
      [{ kind: 'figure', refKey: 'diem_so:38' }, 'body.refKey'],
      [{ kind: 'figure', refKey: 'ranking' }, 'body.refKey'],
    ];
    for (const [body, field] of cases) {
      const response = await publish(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      expect(response.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const figure = await publish({ kind: 'figure', refKey: 'diem_so:38' });
    expect(figure.json().error.details[0].message).toBe(
      'Bộ số liệu phải là một trong: task_stats, ranking, indicator_stats.',
    );
    const indicator = await publish({ kind: 'indicator', refKey: 'CDS.01' });
    expect(indicator.json().error.details[0].message).toBe(
      'Chỉ tiêu ghi dạng "mã kế hoạch:mã chỉ tiêu", ví dụ 266-KH/TU:CDS.01.',
    );
  });

  it('answers 404 for units, indicators and figures outside the scope or unknown, the same way', async () => {
    const cases: [unknown, string][] = [
      [{ kind: 'unit', refKey: '19' }, 'Đơn vị 19 không tồn tại hoặc bạn không có quyền xem.'],
      [{ kind: 'unit', refKey: '99999' }, 'Đơn vị 99999 không tồn tại hoặc bạn không có quyền xem.'],
      [{ kind: 'unit', refKey: 'TW' }, 'Đơn vị TW không tồn tại hoặc bạn không có quyền xem.'],
      // A dissolved ward (merged into Hàm Rồng on 1/7/2025) has nothing current to publish.
      [{ kind: 'unit', refKey: '14755' }, 'Đơn vị 14755 không tồn tại hoặc bạn không có quyền xem.'],
      [{ kind: 'figure', refKey: 'task_stats:19' }, 'Đơn vị 19 không tồn tại hoặc bạn không có quyền xem.'],
      [
        { kind: 'indicator', refKey: 'KH-57/TN:TN.01' },
        'Chỉ tiêu TN.01 của kế hoạch KH-57/TN không tồn tại hoặc bạn không có quyền xem.',
      ],
      // The national plan is above Thanh Hóa: visible to it, but not its own to publish.
      [
        { kind: 'indicator', refKey: '57-NQ/TW:NQ57.01' },
        'Chỉ tiêu NQ57.01 của kế hoạch 57-NQ/TW không tồn tại hoặc bạn không có quyền xem.',
      ],
      [
        { kind: 'indicator', refKey: '266-KH/TU:CDS.99' },
        'Chỉ tiêu CDS.99 của kế hoạch 266-KH/TU không tồn tại hoặc bạn không có quyền xem.',
      ],
    ];
    for (const [body, message] of cases) {
      const response = await publish(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(404);
      expect(response.json().error).toMatchObject({ code: 'NOT_FOUND', message });
    }
    // Thái Nguyên's publications are not Thanh Hóa's to withdraw, nor to see.
    const theirs = (await board(thaiNguyen)).items.find((p) => p.refKey === '19')!;
    const withdraw = await t.call('DELETE', `/api/publications/${theirs.id}`, { session: thanhHoa });
    expect(withdraw.statusCode).toBe(404);
    expect((await board()).items.map((p) => p.refKey)).not.toContain('19');
    expect((await t.call('DELETE', '/api/publications/999999', { session: thanhHoa })).statusCode).toBe(404);
    const dataset = await t.call('POST', '/api/datasets/khong-co/snapshots', { session: thanhHoa, body: {} });
    expect(dataset.statusCode).toBe(404);
    expect(dataset.json().error.message).toBe('Bộ dữ liệu "khong-co" không tồn tại hoặc bạn không có quyền xem.');
  });

  it('answers 409 when the item is already published', async () => {
    for (const body of [
      { kind: 'unit', refKey: '38' },
      { kind: 'figure', refKey: 'ranking:38' },
      { kind: 'indicator', refKey: '266-KH/TU:CDS.01' },
    ]) {
      const response = await publish(body);
      expect(response.statusCode, body.refKey).toBe(409);
      expect(response.json().error).toMatchObject({
        code: 'ALREADY_PUBLISHED',
        message: `"${body.refKey}" đã được công khai từ trước.`,
      });
    }
  });

  it("lists the scope's publications, its plans' indicators and its own figure sets", async () => {
    const mine = await board();
    expect(mine.items.every((p) => p.withdrawnAt === null)).toBe(true);
    expect(mine.items.map((p) => p.refKey)).toEqual(expect.arrayContaining(['38', '14758', 'task_stats:38']));
    expect(mine.items.find((p) => p.refKey === 'ranking:38')).toMatchObject({
      kind: 'figure',
      label: 'Xếp hạng – Tỉnh Thanh Hóa',
    });
    expect(mine.indicators).toHaveLength(65);
    expect(mine.indicators.filter((i) => i.publicationId !== null).map((i) => i.refKey)).toEqual([
      '266-KH/TU:CDS.01',
      '266-KH/TU:CDS.02',
      '266-KH/TU:CDS.04',
      '266-KH/TU:DMST.01',
      '266-KH/TU:KHCN.01',
    ]);
    expect(mine.figures.map((f) => [f.refKey, f.publicationId !== null])).toEqual([
      ['task_stats:38', true],
      ['ranking:38', true],
      ['indicator_stats:38', true],
    ]);
    expect(mine.datasets.map((d) => d.name)).toEqual(['task-figures', 'indicator-values', 'ranking']);
    // The root sees every province's publications.
    expect((await board(root)).items.map((p) => p.refKey)).toEqual(expect.arrayContaining(['38', '19']));
  });

  it('publishes and withdraws, both audited; a withdrawn item can be published again', async () => {
    const created = await publish({ kind: 'unit', refKey: ' 38.SNV ' });
    expect(created.statusCode).toBe(201);
    const publication = created.json() as Publication;
    expect(publication).toMatchObject({
      kind: 'unit',
      refKey: '38.SNV',
      label: 'Sở Nội vụ Thanh Hóa',
      withdrawnAt: null,
    });
    expect(await auditOf('publication', String(publication.id))).toEqual([
      expect.objectContaining({
        action: 'publication.publish',
        actorName: 'thuongtruc.thanhhoa',
        after: { kind: 'unit', refKey: '38.SNV' },
      }),
    ]);

    const withdrawn = await t.call('DELETE', `/api/publications/${publication.id}`, { session: thanhHoa });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().withdrawnAt).toEqual(expect.any(String));
    const trail = await auditOf('publication', String(publication.id));
    expect(trail.map((e) => e.action)).toEqual(['publication.withdraw', 'publication.publish']);
    expect(trail[0]!.before).toMatchObject({ withdrawnAt: null });

    const again = await t.call('DELETE', `/api/publications/${publication.id}`, { session: thanhHoa });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_WITHDRAWN');
    // The row stays, with its date; publishing again makes a new one.
    const kept = (await board()).items.find((p) => p.id === publication.id);
    expect(kept?.withdrawnAt).toEqual(expect.any(String));
    const republished = await publish({ kind: 'unit', refKey: '38.SNV' });
    expect(republished.statusCode).toBe(201);
    expect(republished.json().id).not.toBe(publication.id);
  });

  it('issues numbered dataset versions, audited, and refuses an empty one', async () => {
    const first = await t.call('POST', '/api/datasets/task-figures/snapshots', {
      session: thanhHoa,
      body: { versionNotes: 'Số liệu quý IV' },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      dataset: 'task-figures',
      version: 1,
      csvUrl: '/api/public/datasets/task-figures/v/1.csv',
      jsonUrl: '/api/public/datasets/task-figures/v/1.json',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const second = await t.call('POST', '/api/datasets/task-figures/snapshots', { session: thaiNguyen });
    expect(second.json().version).toBe(2);
    expect(await auditOf('dataset', 'task-figures/v1')).toEqual([
      expect.objectContaining({ action: 'dataset.snapshot', actorName: 'thuongtruc.thanhhoa' }),
    ]);
    expect((await board()).datasets.find((d) => d.name === 'task-figures')?.latestVersion).toBe(2);

    // Withdraw every ranking figure set: the ranking dataset has nothing left to publish.
    for (const session of [thanhHoa, thaiNguyen]) {
      for (const item of (await board(session)).items.filter(
        (p) => p.refKey.startsWith('ranking:') && !p.withdrawnAt,
      )) {
        expect((await t.call('DELETE', `/api/publications/${item.id}`, { session })).statusCode).toBe(200);
      }
    }
    const empty = await t.call('POST', '/api/datasets/ranking/snapshots', { session: thanhHoa, body: {} });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.code).toBe('DATASET_EMPTY');
  });
});
