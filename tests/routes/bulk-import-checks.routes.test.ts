import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskWorkbook, valuesCsv, XLSX } from '../helpers/import-files.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

/**
 * The set-based imports give every row the problems, words and effects of the single-entry paths
 * (assigning a task, recording a value): each case here is one that a set-wise check could get wrong.
 */
describe.each(testEngines)('bulk imports check rows like single entries on $name', (engine) => {
  let t: TestApp;
  let secretariat: Session;
  let existingCode: string;
  let otherExistingCode: string;
  let dissolvedCode: string;
  const rowsOf = async <T>(query: ReturnType<typeof sql>) => (await t.database.db.execute(query)).rows as T[];
  const auditCount = async (action: string) =>
    (await rowsOf<{ n: number }>(sql`select count(*)::int as n from audit_events where action = ${action}`))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock: () => new Date('2026-11-20T03:00:00Z') });
    secretariat = await t.login('thuongtruc.thanhhoa');
    const taken = await rowsOf<{ code: string }>(
      sql`select t.code from tasks t join plans p on p.id = t.plan_id where p.code = '266-KH/TU' order by t.id limit 2`,
    );
    [existingCode, otherExistingCode] = [taken[0]!.code, taken[1]!.code];
    const dissolved = await rowsOf<{ code: string }>(sql`select u.code from units u
      join units p on p.id = u.parent_id where p.code = '38' and u.valid_to is not null
      and not exists (select 1 from units c where c.code = u.code and c.valid_to is null) order by u.code limit 1`);
    dissolvedCode = dissolved[0]!.code;
  });
  afterAll(() => t?.close());

  const importTasks = async (rows: string[][], query = '?plan=266-KH/TU') =>
    t.call('POST', `/api/tasks/import${query}`, {
      session: secretariat,
      payload: await taskWorkbook(rows),
      headers: { 'content-type': XLSX },
    });
  const importValues = (rows: string[], query = '') =>
    t.call('POST', `/api/indicators/import?plan=266-KH/TU&format=csv${query}`, {
      session: secretariat,
      payload: valuesCsv(rows),
      headers: { 'content-type': 'text/csv' },
    });
  const task = (code: string, changes: Partial<Record<number, string>> = {}) => {
    const row = [
      code,
      'Nhiệm vụ kiểm tra nhập',
      'CDS',
      '38.STC',
      '38.SKHCN',
      '31/12/2027',
      'monthly',
      'không',
      'Báo cáo',
    ];
    for (const [i, v] of Object.entries(changes)) row[Number(i)] = v!;
    return row;
  };

  it('lists every task problem, row by row, in the words of a single assignment', async () => {
    const response = await importTasks([
      task('CK.01'),
      task('CK.01'),
      task('CK.02', { 1: 'abc', 2: 'XYZ' }),
      task('CK.03', { 3: '19', 4: '19, 38.SKHCN, 99999' }),
      task('CK.04', { 5: '1/1/2020' }),
      task(existingCode),
      task('CK.05', { 3: dissolvedCode }),
      task(otherExistingCode, { 3: '19', 5: '2020-01-01' }),
      task(existingCode),
    ]);
    expect(response.statusCode).toBe(422);
    const unitMissing = (code: string) => `Không có đơn vị ${code} trong phạm vi của bạn.`;
    expect(response.json()).toEqual({
      isApplied: false,
      total: 9,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      rejected: [
        { line: 3, column: 'Mã nhiệm vụ', message: 'Mã CK.01 bị trùng với dòng 2.' },
        { line: 4, column: 'Tên nhiệm vụ', message: 'Tên nhiệm vụ cần ít nhất 5 ký tự' },
        { line: 4, column: 'Trụ cột (KHCN, DMST, CDS)', message: 'Trụ cột phải là KHCN, DMST hoặc CDS' },
        { line: 5, column: 'Mã đơn vị chủ trì', message: unitMissing('19') },
        { line: 5, column: 'Mã đơn vị phối hợp (cách nhau dấu phẩy)', message: unitMissing('19') },
        { line: 5, column: 'Mã đơn vị phối hợp (cách nhau dấu phẩy)', message: unitMissing('99999') },
        {
          line: 6,
          column: 'Hạn hoàn thành (ngày/tháng/năm; trống = thường xuyên)',
          message: 'Hạn hoàn thành không được trước ngày giao.',
        },
        { line: 7, column: 'Mã nhiệm vụ', message: `Mã ${existingCode} đã có trong kế hoạch này.` },
        { line: 8, column: 'Mã đơn vị chủ trì', message: unitMissing(dissolvedCode) },
        { line: 9, column: 'Mã đơn vị chủ trì', message: unitMissing('19') },
        {
          line: 9,
          column: 'Hạn hoàn thành (ngày/tháng/năm; trống = thường xuyên)',
          message: 'Hạn hoàn thành không được trước ngày giao.',
        },
        { line: 9, column: 'Mã nhiệm vụ', message: `Mã ${otherExistingCode} đã có trong kế hoạch này.` },
        { line: 10, column: 'Mã nhiệm vụ', message: `Mã ${existingCode} bị trùng với dòng 7.` },
      ],
    });
    expect(await rowsOf(sql`select id from tasks where code like 'CK.%'`)).toEqual([]);
  });

  it('names a missing plan on every row that is otherwise valid', async () => {
    const response = await importTasks([task('NP.01'), task('NP.02', { 3: '19' })], '?plan=KHONG-CO');
    expect(response.statusCode).toBe(422);
    expect(response.json().rejected).toEqual([
      { line: 2, column: 'planCode', message: 'Không có kế hoạch KHONG-CO.' },
      { line: 3, column: 'planCode', message: 'Không có kế hoạch KHONG-CO.' },
      { line: 3, column: 'Mã đơn vị chủ trì', message: 'Không có đơn vị 19 trong phạm vi của bạn.' },
    ]);
  });

  it('writes an imported task exactly as a single assignment writes it', async () => {
    const before = await auditCount('tasks.imported');
    const dry = await importTasks(
      [task('EQ.01', { 4: '38.SKHCN; 38.SKHCN, 38.STC', 9: 'Mô tả' })],
      '?plan=266-KH/TU&dryRun=true',
    );
    expect(dry.json()).toMatchObject({ isApplied: false, inserted: 1, rejected: [] });
    expect(await rowsOf(sql`select id from tasks where code = 'EQ.01'`)).toEqual([]);
    expect(await auditCount('tasks.imported')).toBe(before);
    // A coordinator typed twice counts once; the lead among the coordinators is dropped, as for a single one.
    const imported = await importTasks([task('EQ.01', { 4: '38.SKHCN; 38.SKHCN, 38.STC', 9: 'Mô tả' })]);
    expect(imported.statusCode, imported.body).toBe(200);
    const assigned = await t.call('POST', '/api/tasks', {
      session: secretariat,
      body: {
        planCode: '266-KH/TU',
        code: 'EQ.02',
        title: 'Nhiệm vụ kiểm tra nhập',
        pillar: 'CDS',
        leadUnitCode: '38.STC',
        coordinatingUnitCodes: ['38.SKHCN', '38.STC'],
        deadline: '2027-12-31',
        reportingCycle: 'monthly',
        isDailyReport: false,
        requiredOutput: 'Báo cáo',
        description: 'Mô tả',
      },
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const facts = (code: string) =>
      rowsOf(sql`select t.plan_id, t.parent_task_id, t.description, t.pillar, t.assigning_unit_id, t.lead_unit_id,
          t.assigned_on, t.original_deadline, t.deadline, t.reporting_cycle, t.is_daily_report, t.required_output,
          t.progress_percent, t.started_on, t.completed_on, t.is_locked, t.is_sample,
          (select array_agg(c.unit_id order by c.unit_id) from task_coordinators c where c.task_id = t.id) as coordinators,
          (select json_agg(json_build_object('kind', e.kind, 'on', e.occurred_on, 'actor', e.actor_id, 'unit', e.unit_id,
            'payload', e.payload) order by e.id) from task_events e where e.task_id = t.id) as events
        from tasks t where t.code = ${code}`);
    const [fromImport] = await facts('EQ.01');
    expect(fromImport).toMatchObject({ coordinators: [expect.any(Number)], events: [{ kind: 'assigned' }] });
    expect(fromImport).toEqual((await facts('EQ.02'))[0]);
  });

  it('lists every value problem, row by row, in the words of a single entry', async () => {
    const response = await importValues([
      'CDS.06,38,14/12/2025,50',
      'CDS.04,19,14/6/2026,90',
      'CDS.04,38,14/12/2026,90',
      'CDS.04,38,14/6/2026,90',
      'CDS.04,38,14/6/2026,91',
      'CDS.03,38,14/6/2026,130',
      'CDS.03,38,14/6/2026,99',
      'CDS.01,38,14/6/2026,',
      'CDS.05,38,1/2/2026,5',
    ]);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      isApplied: false,
      total: 9,
      inserted: 2,
      updated: 0,
      unchanged: 1,
      rejected: [
        {
          line: 2,
          column: 'Giải trình (nếu số lũy kế giảm)',
          message: 'Chỉ tiêu lũy kế giảm từ 60 xuống 50: vui lòng giải thích lý do.',
        },
        { line: 3, column: 'Mã đơn vị', message: 'Không có đơn vị 19 trong phạm vi của bạn.' },
        { line: 4, column: 'Ngày cuối kỳ (ngày/tháng/năm)', message: 'Kỳ báo cáo chưa kết thúc.' },
        {
          line: 6,
          column: 'Giá trị',
          message: 'Kỳ này đã có số liệu đang chờ duyệt; hãy chờ duyệt hoặc trả lại trước khi gửi số liệu mới.',
        },
        {
          line: 7,
          column: 'Giá trị',
          message: 'Giá trị của chỉ tiêu "Tỷ lệ văn bản được ký số" phải từ 0 đến 100 (%); đã nhập 130.',
        },
        {
          line: 10,
          column: 'Ngày cuối kỳ (ngày/tháng/năm)',
          message: 'Ngày cuối kỳ không đúng: kỳ "6 tháng đầu năm 2026" kết thúc ngày 14/6/2026.',
        },
      ],
    });
    expect(await rowsOf(sql`select id from indicator_values where source = 'import'`)).toEqual([]);
  });

  it('records a correction as the next version, explained, and refuses it while it waits for review', async () => {
    const before = await auditCount('indicator_values.imported');
    const row = 'CDS.06,38,14/12/2025,50,Đếm lại,Rà soát trùng lặp';
    const dry = await importValues([row], '&dryRun=true');
    expect(dry.json()).toMatchObject({ isApplied: false, inserted: 1, rejected: [] });
    expect(await auditCount('indicator_values.imported')).toBe(before);
    const response = await importValues([row]);
    expect(response.statusCode, response.body).toBe(200);
    expect(await auditCount('indicator_values.imported')).toBe(before + 1);
    const [stored] = await rowsOf(sql`select v.value, v.version, v.status, v.source, v.comment, v.request_key,
        v.submitted_by = u.id as "isByCaller", v.submitted_on, v.warnings
      from indicator_values v join users u on u.username = 'thuongtruc.thanhhoa' where v.source = 'import'`);
    expect(stored).toEqual({
      value: 50,
      version: 2,
      status: 'submitted',
      source: 'import',
      comment: 'Đếm lại\nGiải trình: Rà soát trùng lặp',
      request_key: null,
      isByCaller: true,
      submitted_on: '2026-11-20',
      warnings: [],
    });
    const again = await importValues([row]);
    expect(again.json().rejected).toEqual([
      {
        line: 2,
        column: 'Giá trị',
        message: 'Kỳ này đã có số liệu đang chờ duyệt; hãy chờ duyệt hoặc trả lại trước khi gửi số liệu mới.',
      },
    ]);
  });
});
