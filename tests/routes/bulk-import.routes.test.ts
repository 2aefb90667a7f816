import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskWorkbook, valuesCsv, XLSX } from '../helpers/import-files.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const sha256 = (file: Buffer) => createHash('sha256').update(file).digest('hex');

/** Ids written as [first, last] runs, back to the list. */
const expand = (ranges: [number, number][]) =>
  ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));

describe.each(testEngines)('bulk imports of large files on $name', (engine) => {
  let t: TestApp;
  let secretariat: Session;
  let communes: string[];
  let sixMonthIndicators: string[];
  let caller: { userId: number; unitId: number };
  const rowsOf = async <T>(query: ReturnType<typeof sql>) => (await t.database.db.execute(query)).rows as T[];
  const count = async (query: ReturnType<typeof sql>) => (await rowsOf<{ n: number }>(query))[0]!.n;
  const auditRows = (action: string) =>
    rowsOf<{ unit_id: number; entity_type: string; entity_id: string; after: Record<string, unknown> }>(
      sql`select unit_id, entity_type, entity_id, after from audit_events where action = ${action} order by id`,
    );

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock: () => new Date('2026-11-20T03:00:00Z') });
    secretariat = await t.login('thuongtruc.thanhhoa');
    communes = (
      await rowsOf<{ code: string }>(sql`select distinct c.code from units c join units p on p.id = c.parent_id
        where p.code = '38' and c.level = 'commune' and c.valid_to is null order by c.code`)
    ).map((r) => r.code);
    sixMonthIndicators = (
      await rowsOf<{ code: string }>(sql`select i.code from indicators i join plans p on p.id = i.plan_id
        where p.code = '266-KH/TU' and i.period = 'six-month' and i.formula is null order by i.code limit 20`)
    ).map((r) => r.code);
    const users = await rowsOf<{ userId: number; unitId: number }>(
      sql`select id as "userId", unit_id as "unitId" from users where username = 'thuongtruc.thanhhoa'`,
    );
    caller = users[0]!;
  });
  afterAll(() => t?.close());

  const post = (url: string, payload: Buffer, type: string) =>
    t.call('POST', url, { session: secretariat, payload, headers: { 'content-type': type } });
  const bulkTasks = (tag: string, n: number) =>
    Array.from({ length: n }, (_, i) => [
      `${tag}.${i}`,
      `Triển khai nền tảng số dùng chung tại cơ sở, đợt ${i}`,
      ['KHCN', 'DMST', 'CDS'][i % 3]!,
      communes[i % communes.length]!,
      i % 4 === 0 ? communes[(i + 1) % communes.length]! : '',
      '31/12/2027',
      'monthly',
      'không',
      'Báo cáo kết quả',
      '',
    ]);

  it('has the data the large files need', () => {
    expect(communes).toHaveLength(166);
    expect(sixMonthIndicators).toHaveLength(20);
  });

  it('refuses a 1,000-row task file for one bad row, writing nothing', async () => {
    const rows = bulkTasks('BAD', 1000);
    rows[499]![3] = '19'; // Nghệ An: outside Thanh Hóa's scope
    const response = await post('/api/tasks/import?plan=266-KH/TU', await taskWorkbook(rows), XLSX);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      isApplied: false,
      total: 1000,
      inserted: 999,
      updated: 0,
      unchanged: 0,
      rejected: [{ line: 501, column: 'Mã đơn vị chủ trì', message: 'Không có đơn vị 19 trong phạm vi của bạn.' }],
    });
    expect(await count(sql`select count(*)::int as n from tasks where code like 'BAD.%'`)).toBe(0);
    expect(await auditRows('tasks.imported')).toEqual([]);
  });

  it('imports 1,000 tasks with their coordinators, assignment events and one audit record', async () => {
    const file = await taskWorkbook(bulkTasks('BULK', 1000));
    // Read (and so cached) before the import: the figures of the province and of a commune leading 7 of the tasks.
    const totals = async () =>
      Promise.all(
        ['38', communes[0]!].map(async (unit) => {
          const response = await t.call('GET', `/api/stats/tasks?unit=${unit}`, { session: secretariat });
          expect(response.statusCode, response.body).toBe(200);
          return response.json().total as number;
        }),
      );
    const totalsBefore = await totals();
    const auditBefore = await count(sql`select count(*)::int as n from audit_events`);
    const response = await post('/api/tasks/import?plan=266-KH/TU', file, XLSX);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ isApplied: true, total: 1000, inserted: 1000, rejected: [] });
    const ids = (await rowsOf<{ id: number }>(sql`select id from tasks where code like 'BULK.%' order by id`)).map(
      (r) => r.id,
    );
    expect(ids).toHaveLength(1000);
    expect(
      await count(sql`select count(*)::int as n from task_coordinators c join tasks t on t.id = c.task_id
      where t.code like 'BULK.%'`),
    ).toBe(250);
    expect(
      await rowsOf(sql`select e.kind, e.occurred_on as "occurredOn", e.actor_id as "actorId", e.unit_id as "unitId",
        count(*)::int as n from task_events e join tasks t on t.id = e.task_id where t.code like 'BULK.%'
        group by 1, 2, 3, 4`),
    ).toEqual([{ kind: 'assigned', occurredOn: '2026-11-20', actorId: caller.userId, unitId: caller.unitId, n: 1000 }]);
    // One audit record for the whole file, none per task.
    expect(await count(sql`select count(*)::int as n from audit_events`)).toBe(auditBefore + 1);
    const [audit] = await auditRows('tasks.imported');
    expect(audit).toMatchObject({ unit_id: caller.unitId, entity_type: 'task_import', entity_id: sha256(file) });
    expect(audit!.after).toMatchObject({ planCode: '266-KH/TU', count: 1000, fileSha256: sha256(file) });
    expect(expand(audit!.after.taskIdRanges as [number, number][])).toEqual(ids);
    // The figures of every unit that leads an imported task, and of the units above, count them at once.
    expect(await totals()).toEqual([totalsBefore[0]! + 1000, totalsBefore[1]! + 7]);
  });

  it('refuses a 3,320-value file for one bad row, writing nothing', async () => {
    const rows = sixMonthIndicators.flatMap((indicator) => communes.map((unit) => `${indicator},${unit},14/6/2026,42`));
    const bad = rows.findIndex((row) => row.startsWith('CDS.03,'));
    rows[bad] = rows[bad]!.replace(/,42$/, ',130');
    const response = await post('/api/indicators/import?plan=266-KH/TU&format=csv', valuesCsv(rows), 'text/csv');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ isApplied: false, total: rows.length, inserted: rows.length - 1 });
    expect(response.json().rejected).toEqual([
      {
        line: bad + 2,
        column: 'Giá trị',
        message: 'Giá trị của chỉ tiêu "Tỷ lệ văn bản được ký số" phải từ 0 đến 100 (%); đã nhập 130.',
      },
    ]);
    expect(await count(sql`select count(*)::int as n from indicator_values where source = 'import'`)).toBe(0);
    expect(await auditRows('indicator_values.imported')).toEqual([]);
  });

  it('imports 3,320 values waiting for review, with one audit record', async () => {
    const rows = sixMonthIndicators.flatMap((indicator) =>
      communes.map((unit, i) => `${indicator},${unit},14/6/2026,${10 + (i % 40)}`),
    );
    expect(rows.length).toBeGreaterThanOrEqual(3000);
    const file = valuesCsv(rows);
    const auditBefore = await count(sql`select count(*)::int as n from audit_events`);
    const response = await post('/api/indicators/import?plan=266-KH/TU&format=csv', file, 'text/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ isApplied: true, total: rows.length, inserted: rows.length });
    const stored = await rowsOf<{ status: string; version: number; submittedOn: string; n: number }>(
      sql`select status, version, submitted_on as "submittedOn", count(*)::int as n from indicator_values
        where source = 'import' group by 1, 2, 3`,
    );
    expect(stored).toEqual([{ status: 'submitted', version: 1, submittedOn: '2026-11-20', n: rows.length }]);
    expect(await count(sql`select count(*)::int as n from audit_events`)).toBe(auditBefore + 1);
    const [audit] = await auditRows('indicator_values.imported');
    expect(audit).toMatchObject({
      unit_id: caller.unitId,
      entity_type: 'indicator_value_import',
      entity_id: sha256(file),
    });
    expect(audit!.after).toMatchObject({ planCode: '266-KH/TU', count: rows.length, fileSha256: sha256(file) });
    const ids = (
      await rowsOf<{ id: number }>(sql`select id from indicator_values where source = 'import' order by id`)
    ).map((r) => r.id);
    expect(expand(audit!.after.valueIdRanges as [number, number][])).toEqual(ids);
  });
});
