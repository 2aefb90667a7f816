import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const header = 'Mã chỉ tiêu,Tên chỉ tiêu (để tham khảo),Mã đơn vị,Ngày cuối kỳ (ngày/tháng/năm),Giá trị,Ghi chú';
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\n'));

describe.each(testEngines)('indicator value import on $name', (engine) => {
  let t: TestApp;
  let secretariat: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock: () => new Date('2026-11-20T03:00:00Z') });
    secretariat = await t.login('thuongtruc.thanhhoa');
  });
  afterAll(() => t?.close());

  const post = (payload: Buffer, session: Session | undefined = secretariat, query = 'plan=266-KH/TU&format=csv') =>
    t.call('POST', `/api/indicators/import?${query}`, { session, payload, headers: { 'content-type': 'text/csv' } });

  it('answers 401 and 403 first', async () => {
    const anonymous = await t.call('POST', '/api/indicators/import?plan=266-KH/TU&format=csv', { payload: csv() });
    expect(anonymous.statusCode).toBe(401);
    expect((await post(csv(), await t.login('lanhdao.thanhhoa'))).statusCode).toBe(403);
  });

  it('changes nothing when one row is wrong, naming each row, column and reason', async () => {
    const response = await post(
      csv(
        'CDS.04,,38,14/6/2026,"96,5",',
        'CDS.03,,38,14/6/2026,130,',
        'KHONG.CO,,38,14/6/2026,1,',
        'CDS.05,,38,30/6/2026,99,',
        'CDS.06,,38,14/6/2026,abc,',
      ),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().rejected).toEqual([
      {
        line: 3,
        column: 'Giá trị',
        message: 'Giá trị của chỉ tiêu "Tỷ lệ văn bản được ký số" phải từ 0 đến 100 (%); đã nhập 130.',
      },
      { line: 4, column: 'Mã chỉ tiêu', message: 'Kế hoạch không có chỉ tiêu "KHONG.CO".' },
      {
        line: 5,
        column: 'Ngày cuối kỳ (ngày/tháng/năm)',
        message: 'Ngày cuối kỳ không đúng: kỳ "6 tháng cuối năm 2026" kết thúc ngày 14/12/2026.',
      },
      { line: 6, column: 'Giá trị', message: 'Giá trị phải là một số.' },
    ]);
    const queue = (
      await t.call('GET', '/api/indicator-values/pending', { session: await t.login('quantri.thanhhoa') })
    ).json();
    expect(queue.items).toEqual([]);
  });

  it('imports a correct file from the downloaded template, values waiting for review', async () => {
    const template = await t.call('GET', '/api/indicators/template.xlsx?plan=266-KH/TU', { session: secretariat });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('CDS.01');
    sheet.getRow(2).getCell(4).value = '14/6/2026';
    sheet.getRow(2).getCell(5).value = 27.5;
    sheet.getRow(3).getCell(4).value = '14/6/2026';
    sheet.getRow(3).getCell(5).value = '33,1';
    const payload = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await post(payload, secretariat, 'plan=266-KH/TU&format=xlsx');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ isApplied: true, inserted: 2, unchanged: 63 });
    const queue = (
      await t.call('GET', '/api/indicator-values/pending', { session: await t.login('quantri.thanhhoa') })
    ).json();
    expect(queue.items.map((v: { indicatorCode: string; value: number }) => [v.indicatorCode, v.value])).toEqual([
      ['CDS.01', 27.5],
      ['CDS.02', 33.1],
    ]);
  });
});
