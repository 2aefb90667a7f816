import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../helpers/smtp.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const monthly = {
  unitCode: '38',
  periodKind: 'monthly',
  dayOfMonth: 15,
  recipients: ['vanphong@thanhhoa.test', 'LanhDao@ThanhHoa.test', 'vanphong@thanhhoa.test'],
};

/** The MIME parts of a raw message that are attachments: content type and decoded (base64) body. */
const attachmentsOf = (raw: string) =>
  raw
    .split(/\r?\n--/)
    .map((part) => {
      const [head = '', ...body] = part.split(/\r?\n\r?\n/);
      return { head: head.replace(/\r?\n[ \t]+/g, ' '), body: body.join('') }; // unfold long header lines
    })
    .filter(({ head }) => /Content-Disposition: attachment/i.test(head))
    .map(({ head, body }) => ({
      type: /Content-Type: ([^;\r\n]+)/i.exec(head)?.[1],
      content: Buffer.from(body.replace(/\s+/g, ''), 'base64'),
    }));

describe.each(testEngines)('report schedules on $name', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let now = new Date('2025-08-10T03:00:00Z');
  let secretariat: Session;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(engine, { SMTP_URL: smtp.url }, { clock: () => now });
    secretariat = await t.login('thuongtruc.thanhhoa');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const schedule = (body: Record<string, unknown>, session = secretariat) =>
    t.call('POST', '/api/report-schedules', { session, body });
  const runAt = async (iso: string, session = secretariat) => {
    now = new Date(iso);
    const response = await t.call('POST', '/api/report-schedules/run', { session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('answers 401 anonymous, 403 to a leader, 404 for a unit out of scope', async () => {
    expect((await t.call('POST', '/api/report-schedules', { body: monthly })).statusCode).toBe(401);
    expect((await t.call('POST', '/api/report-schedules/run')).statusCode).toBe(401);
    const leader = await t.login('lanhdao.thanhhoa');
    const forbidden = await schedule(monthly, leader);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toBe('Bạn không có quyền quản lý lịch báo cáo.');
    expect((await t.call('GET', '/api/report-schedules', { session: leader })).statusCode).toBe(403);
    expect((await t.call('POST', '/api/report-schedules/run', { session: leader })).statusCode).toBe(403);
    const other = await t.login('thuongtruc.thainguyen');
    expect((await schedule(monthly, other)).statusCode).toBe(404);
    expect((await t.call('GET', '/api/report-schedules?unit=38', { session: other })).statusCode).toBe(404);
  });

  it('refuses bad recipients, days and kinds with clear Vietnamese messages', async () => {
    const bad = await schedule({
      ...monthly,
      dayOfMonth: 31,
      recipients: ['vanphong@thanhhoa.test', 'khong-phai-email'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect(bad.json().error.details).toEqual([
      { field: 'body.dayOfMonth', message: 'Ngày gửi phải từ 1 đến 28 (tháng nào cũng có)' },
      { field: 'body.recipients.1', message: '"khong-phai-email" không phải là địa chỉ e-mail hợp lệ' },
    ]);
    const none = await schedule({ ...monthly, recipients: [], periodKind: 'as_of' });
    expect(none.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'body.periodKind',
      'body.recipients',
    ]);
    expect(none.json().error.details[1].message).toBe('Cần ít nhất một người nhận');
    const noDay = await schedule({ ...monthly, dayOfMonth: undefined });
    expect(noDay.json().error.details).toEqual([
      { field: 'body.dayOfMonth', message: 'Vui lòng chọn ngày gửi trong tháng (từ 1 đến 28).' },
    ]);
  });

  it('generates the monthly report on the 15th and mails it with its three files, once', async () => {
    const created = await schedule(monthly);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      unit: { code: '38' },
      periodKind: 'monthly',
      dayOfMonth: 15,
      recipients: ['vanphong@thanhhoa.test', 'lanhdao@thanhhoa.test'],
      isActive: true,
      lastRunOn: null,
      nextRunOn: '2025-08-15',
    });

    expect(await runAt('2025-08-10T03:00:00Z')).toMatchObject({ generated: 0, emailed: 0 });
    expect(smtp.mails).toHaveLength(0);

    const run = await runAt('2025-08-15T00:30:00Z');
    expect(run).toMatchObject({ generated: 1, emailed: 1, failed: 0, reports: [{ scheduleId: id }] });
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail!.to.sort()).toEqual(['lanhdao@thanhhoa.test', 'vanphong@thanhhoa.test']);
    const attachments = attachmentsOf(mail!.raw);
    expect(attachments.map((a) => a.type).sort()).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    const docx = attachments.find((a) => a.type!.includes('wordprocessingml'))!.content;
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text).toContain('Số: 1/BC-UBND');
    expect(text).toMatch(/Đến ngày 14\/8\/2025, trong tổng số 91 nhiệm vụ được giao, đã hoàn thành \d+ nhiệm vụ/);

    // The report of the month that just ended (15/7–14/8), kept like any other.
    const reports = (await t.call('GET', '/api/reports?unit=38', { session: secretariat })).json();
    expect(reports.items[0]).toMatchObject({
      id: run.reports[0].id,
      scheduleId: id,
      periodLabel: 'Tháng 8/2025',
      periodStart: '2025-07-15',
      asOf: '2025-08-14',
      issuedOn: '2025-08-15',
      createdBy: null,
      documentNumber: '1/BC-UBND',
    });

    expect(await runAt('2025-08-15T09:00:00Z')).toMatchObject({ generated: 0, emailed: 0 });
    expect(smtp.mails).toHaveLength(1);
    const listed = (await t.call('GET', '/api/report-schedules?unit=38', { session: secretariat })).json();
    expect(listed.items).toEqual([expect.objectContaining({ id, lastRunOn: '2025-08-15', nextRunOn: '2025-09-15' })]);
  });

  it('runs only the schedules in the caller’s scope', async () => {
    const other = await t.login('thuongtruc.thainguyen');
    expect(await runAt('2025-09-15T00:30:00Z', other)).toMatchObject({ generated: 0 });
    expect(smtp.mails).toHaveLength(1);
  });

  it('stops a schedule on DELETE, keeps its reports, and audits both changes', async () => {
    const [active] = (await t.call('GET', '/api/report-schedules', { session: secretariat })).json().items;
    const other = await t.login('thuongtruc.thainguyen');
    expect((await t.call('DELETE', `/api/report-schedules/${active.id}`, { session: other })).statusCode).toBe(404);
    const stopped = await t.call('DELETE', `/api/report-schedules/${active.id}`, { session: secretariat });
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json()).toMatchObject({ isActive: false, nextRunOn: null });
    expect((await t.call('GET', '/api/report-schedules', { session: secretariat })).json().items).toEqual([]);
    expect(await runAt('2025-09-15T00:30:00Z')).toMatchObject({ generated: 0 });
    expect((await t.call('GET', '/api/reports?unit=38', { session: secretariat })).json().total).toBe(1);
    const audit = await t.call('GET', '/api/audit?entityType=report_schedule', {
      session: await t.login('quantri.thanhhoa'),
    });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual([
      'report_schedule.deactivate',
      'report_schedule.create',
    ]);
  });
});
