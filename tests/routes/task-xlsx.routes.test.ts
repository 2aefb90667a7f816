import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Fills the downloaded template's first sheet with these rows (after the header). */
async function fill(template: Buffer, rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  sheet.spliceRows(2, sheet.rowCount);
  rows.forEach((row, i) => sheet.insertRow(i + 2, row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(testEngines)('task import and export (XLSX) on $name', (engine) => {
  let t: TestApp;
  let secretariat: Session;
  let template: Buffer;
  beforeAll(async () => {
    t = await createTestApp(engine);
    secretariat = await t.login('thuongtruc.thanhhoa');
    template = (await t.call('GET', '/api/tasks/template.xlsx', { session: secretariat })).rawPayload;
  });
  afterAll(() => t?.close());

  const importFile = (session: Session | undefined, payload: Buffer, query = '?plan=266-KH/TU') =>
    t.call('POST', `/api/tasks/import${query}`, { session, payload, headers: { 'content-type': XLSX } });

  it('answers 401, then 403 for a leader', async () => {
    expect((await importFile(undefined, template)).statusCode).toBe(401);
    const leader = await t.login('lanhdao.thanhhoa');
    const response = await importFile(leader, template);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('Bạn không có quyền giao nhiệm vụ.');
  });

  it('refuses a file that is not Excel and a missing plan', async () => {
    const notExcel = await importFile(secretariat, Buffer.from('not a workbook'));
    expect(notExcel.statusCode).toBe(400);
    expect(notExcel.json().error.code).toBe('FILE_UNREADABLE');
    expect((await importFile(secretariat, template, '')).statusCode).toBe(400);
  });

  it('changes nothing when one row is wrong, and names the row, the column and why', async () => {
    const file = await fill(template, [
      [
        'XL.01',
        'Xây dựng kho dữ liệu dùng chung',
        'CDS',
        '38.STC',
        '38.SKHCN',
        '31/12/2099',
        'monthly',
        'không',
        'Hệ thống',
        '',
      ],
      ['XL.02', 'Tập huấn kỹ năng số cho cán bộ', 'ABC', '14758', '', '30/6/2099', '', '', 'Báo cáo', ''],
      ['XL.03', 'Nhiệm vụ giao ra ngoài tỉnh', 'KHCN', '19', '', '', '', '', 'Báo cáo', ''],
    ]);
    const response = await importFile(secretariat, file);
    expect(response.statusCode).toBe(422);
    expect(response.json().rejected).toEqual([
      { line: 3, column: 'Trụ cột (KHCN, DMST, CDS)', message: 'Trụ cột phải là KHCN, DMST hoặc CDS' },
      { line: 4, column: 'Mã đơn vị chủ trì', message: 'Không có đơn vị 19 trong phạm vi của bạn.' },
    ]);
    const found = (await t.call('GET', '/api/tasks?q=XL.0', { session: secretariat })).json();
    expect(found.total).toBe(0);
  });

  it('imports every row of a correct file, then exports them', async () => {
    const file = await fill(template, [
      [
        'XL.11',
        'Xây dựng kho dữ liệu dùng chung',
        'CDS',
        '38.STC',
        '38.SKHCN',
        '31/12/2099',
        'monthly',
        'không',
        'Hệ thống',
        '',
      ],
      ['XL.12', 'Tập huấn kỹ năng số cho cán bộ', 'DMST', '14758', '', '', 'daily', 'có', 'Báo cáo', 'Thường xuyên'],
    ]);
    const dry = await importFile(secretariat, file, '?plan=266-KH/TU&dryRun=true');
    expect(dry.json()).toMatchObject({ isApplied: false, inserted: 2, rejected: [] });
    const response = await importFile(secretariat, file);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ isApplied: true, total: 2, inserted: 2 });
    const list = (await t.call('GET', '/api/tasks?q=XL.1', { session: secretariat })).json();
    expect(list.items.map((task: { code: string; isRecurring: boolean }) => [task.code, task.isRecurring])).toEqual([
      ['XL.11', false],
      ['XL.12', true],
    ]);
    const exported = await t.call('GET', '/api/tasks/export.xlsx?q=XL.1', { session: secretariat });
    expect(exported.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Mã');
    expect(sheet.getRow(2).getCell(1).value).toBe('XL.11');
    expect(sheet.getRow(3).getCell(9).value).toBe('Thường xuyên');
    expect(sheet.getRow(3).getCell(10).value).toBe('Chưa triển khai');
  });
});
