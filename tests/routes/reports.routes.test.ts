import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment } from '../helpers/task-driver.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const HEADLINE =
  'Đến ngày 25/7/2025, trong tổng số 91 nhiệm vụ được giao, đã hoàn thành 38 nhiệm vụ, đang thực hiện 53 nhiệm vụ';
const monthly = { unitCode: '38', periodKind: 'monthly', asOf: '2025-07-25' };

const docxText = async (body: Buffer) => (await mammoth.extractRawText({ buffer: body })).value;
const pdfText = async (body: Buffer) => {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
};

describe.each(testEngines)('periodic reports on $name', (engine) => {
  let t: TestApp;
  // The app's "today" is the day of the articles' figures; the demo history is seeded up to the real today.
  const now = new Date('2025-07-25T03:00:00Z');
  let secretariat: Session;
  let leader: Session;

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock: () => now });
    secretariat = await t.login('thuongtruc.thanhhoa');
    leader = await t.login('lanhdao.thanhhoa');
  });
  afterAll(() => t?.close());

  const create = (body: Record<string, unknown>, session = secretariat) =>
    t.call('POST', '/api/reports', { session, body });
  const download = async (url: string, session = leader) => {
    const response = await t.call('GET', url, { session });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return response;
  };

  it('answers 401 anonymous, 403 to a leader generating, 404 for a unit or report out of scope', async () => {
    expect((await t.call('POST', '/api/reports', { body: monthly })).statusCode).toBe(401);
    expect((await t.call('GET', '/api/reports')).statusCode).toBe(401);
    expect((await t.call('GET', '/api/reports/1/report.docx')).statusCode).toBe(401);
    const forbidden = await create(monthly, leader);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toMatchObject({ code: 'FORBIDDEN', message: 'Bạn không có quyền lập báo cáo.' });
    const other = await t.login('thuongtruc.thainguyen');
    const outOfScope = await create(monthly, other);
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json().error.code).toBe('NOT_FOUND');
    expect((await t.call('GET', '/api/reports?unit=38', { session: other })).statusCode).toBe(404);
  });

  it('refuses invalid input with a code and a Vietnamese message per field', async () => {
    const empty = await create({});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('VALIDATION_FAILED');
    expect(
      empty
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['body.periodKind', 'body.unitCode']);
    const daily = await create({ ...monthly, periodKind: 'daily', asOf: '2025-02-30' });
    const messages = Object.fromEntries(
      daily.json().error.details.map((d: { field: string; message: string }) => [d.field, d.message]),
    );
    expect(messages['body.periodKind']).toMatch(/^Vui lòng chọn kỳ báo cáo: tuần, tháng, quý, 6 tháng, năm/);
    expect(messages['body.asOf']).toBe('Ngày không tồn tại');
    const future = await create({ ...monthly, asOf: '2025-08-01', planCode: 'KH-57/TN' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details).toEqual([
      { field: 'body.planCode', message: 'Không có kế hoạch KH-57/TN trong phạm vi của bạn.' },
      { field: 'body.asOf', message: 'Ngày lấy số liệu không được sau ngày hôm nay (25/7/2025).' },
    ]);
  });

  describe('the monthly report of Thanh Hóa as of 25/7/2025', () => {
    let report: { id: number; files: { docx: string; xlsx: string; pdf: string } };
    let firstDocx: string;

    beforeAll(async () => {
      const response = await create(monthly);
      expect(response.statusCode, response.body).toBe(201);
      report = response.json();
    });

    it('is numbered per unit and year and summarised', () => {
      expect(report).toMatchObject({
        unit: { code: '38', fullName: 'Tỉnh Thanh Hóa' },
        plan: { code: '266-KH/TU' },
        periodKind: 'monthly',
        periodLabel: 'Tháng 8/2025',
        periodStart: '2025-07-15',
        asOf: '2025-07-25',
        documentNumber: '1/BC-UBND',
        issuedOn: '2025-07-25',
        createdBy: 'Thường trực (Sở KH&CN) Thanh Hóa',
        summary: { total: 91, completed: 38, inProgress: 53, overdue: 10 },
        files: { docx: `/api/reports/${report.id}/report.docx` },
      });
    });

    it('opens as a DOCX in the Decree 30 format, with the narrative and its figures', async () => {
      const response = await download(report.files.docx);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="bao-cao-1-bc-ubnd-thang-8-2025.docx"; filename*=UTF-8''` +
          encodeURIComponent('Báo cáo 1-BC-UBND Tháng 8-2025.docx'),
      );
      firstDocx = await docxText(response.rawPayload);
      for (const line of [
        'ỦY BAN NHÂN DÂN',
        'TỈNH THANH HÓA',
        'Số: 1/BC-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Thanh Hóa, ngày 25 tháng 7 năm 2025',
        'BÁO CÁO',
        'Tình hình, kết quả thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch số 266-KH/TU tháng 8/2025',
        'Nơi nhận:',
        '- Lưu: VT.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
      ]) {
        expect(firstDocx.split('\n'), line).toContain(line);
      }
      expect(firstDocx).toContain(`${HEADLINE}.`);
      expect(firstDocx).toContain(
        'Kỳ báo cáo từ ngày 15/7/2025 đến ngày 14/8/2025; số liệu trong báo cáo tính đến ngày 25/7/2025.',
      );
      // Mid-2025 figures (approved 25/6/2025), in Vietnamese number formatting.
      expect(firstDocx).toContain(
        'Tỷ lệ hộ gia đình có băng rộng cố định tốc độ ≥ 1 Gb/s đạt 22,5%, tăng 2,5 điểm phần trăm và hoàn thành 37,5% kế hoạch năm 2025',
      );
      expect(firstDocx).toContain(
        'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 87,06%, tăng 7,06 điểm phần trăm và hoàn thành 91,64% kế hoạch năm 2025',
      );
      expect(firstDocx).toContain('Theo lĩnh vực: khoa học, công nghệ hoàn thành 8/23 nhiệm vụ;');
      expect(firstDocx).toMatch(/Thiếu kinh phí và nhân lực chuyên trách về công nghệ thông tin \(\d+ nhiệm vụ của /);
      expect(firstDocx).toContain('Đề nghị bổ sung kinh phí và tập huấn cho cán bộ đầu mối');
      expect(firstDocx).toContain('Bảng 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực');
      expect(firstDocx).toMatch(/Tổng cộng\n+91\n+38\n/);
    });

    it('has an XLSX annex with the data tables', async () => {
      const response = await download(report.files.xlsx);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toContain(
        'filename="bao-cao-1-bc-ubnd-thang-8-2025-phu-luc.xlsx"',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Tổng hợp',
        'Theo lĩnh vực',
        'Theo đơn vị',
        'Nhiệm vụ quá hạn',
        'Chỉ tiêu',
        'Khó khăn, kiến nghị',
      ]);
      const summary = workbook.getWorksheet('Tổng hợp')!;
      expect(summary.getRow(1).getCell(3).value).toBe('Được giao');
      expect([2, 3, 4].map((c) => summary.getRow(2).getCell(c + 1).value)).toEqual([91, 38, 30]);
      expect(workbook.getWorksheet('Nhiệm vụ quá hạn')!.rowCount).toBe(11);
      const indicators = workbook.getWorksheet('Chỉ tiêu')!;
      expect(indicators.rowCount).toBe(66);
      const broadband = indicators.getRows(2, 65)!.find((row) => row.getCell(1).value === 'CDS.01')!;
      expect(broadband.getCell(7).value).toBe(22.5);
      expect(broadband.getCell(7).numFmt).toBe('#,##0.##');
      const accounts = indicators.getRows(2, 65)!.find((row) => row.getCell(1).value === 'CDS.08')!;
      expect(accounts.getCell(7).value).toBe(354492);
      expect(workbook.getWorksheet('Theo đơn vị')!.rowCount).toBeGreaterThan(5);
    });

    it('has a PDF with the same sentence, diacritics intact, and the fonts embedded', async () => {
      const response = await download(report.files.pdf);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain('filename="bao-cao-1-bc-ubnd-thang-8-2025.pdf"');
      const text = await pdfText(response.rawPayload);
      expect(text).toContain(HEADLINE);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('Thanh Hóa, ngày 25 tháng 7 năm 2025');
      expect(text).toContain('đạt 22,5%, tăng 2,5 điểm phần trăm và hoàn thành 37,5% kế hoạch năm 2025');
      const raw = response.rawPayload.toString('latin1');
      expect(raw).toMatch(/\/FontFile2/);
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Bold/);
    });

    it('is listed in scope, read by any reader, and hidden from other provinces', async () => {
      const list = (await t.call('GET', '/api/reports?unit=38', { session: leader })).json();
      expect(list.items.map((r: { id: number }) => r.id)).toContain(report.id);
      expect((await t.call('GET', `/api/reports/${report.id}`, { session: leader })).json().id).toBe(report.id);
      const other = await t.login('lanhdao.thainguyen');
      expect((await t.call('GET', `/api/reports/${report.id}`, { session: other })).statusCode).toBe(404);
      expect((await t.call('GET', report.files.pdf, { session: other })).statusCode).toBe(404);
      expect((await t.call('GET', '/api/reports', { session: other })).json().items).toEqual([]);
      expect((await t.call('GET', '/api/reports/abc', { session: leader })).statusCode).toBe(400);
    });

    it('re-renders from its stored snapshot, identical after the live figures move on', async () => {
      const added = await t.call('POST', '/api/tasks', {
        session: secretariat,
        body: assignment({ deadline: '2025-10-31' }),
      });
      expect(added.statusCode, added.body).toBe(201);
      const again = await docxText((await download(report.files.docx)).rawPayload);
      expect(again).toBe(firstDocx);
      const [first, second] = await Promise.all([
        download(report.files.pdf).then((r) => r.rawPayload),
        download(report.files.pdf).then((r) => r.rawPayload),
      ]);
      expect(first.equals(second)).toBe(true);
      const fresh = await create({ unitCode: '38', periodKind: 'as_of' });
      expect(fresh.statusCode, fresh.body).toBe(201);
      expect(fresh.json()).toMatchObject({ documentNumber: '2/BC-UBND', periodLabel: 'Đến ngày 25/7/2025' });
      expect(fresh.json().summary.total).toBe(92);
      const audit = (
        await t.call('GET', '/api/audit?entityType=report', { session: await t.login('quantri.thanhhoa') })
      )
        .json()
        .items.map((e: { action: string; entityId: string }) => [e.action, e.entityId]);
      expect(audit).toEqual([
        ['report.generate', String(fresh.json().id)],
        ['report.generate', String(report.id)],
      ]);
    });
  });
});
