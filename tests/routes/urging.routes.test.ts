import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../helpers/smtp.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

type Notice = { kind: string; taskId: number; title: string; body: string };

describe.each(testEngines)('urging and explanations on $name', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let now = new Date('2026-12-01T03:00:00Z');
  let admin: Session;
  let officer: Session;
  let taskId: number;

  const runAt = async (iso: string) => {
    now = new Date(iso);
    const response = await t.call('POST', '/api/urging/run', { session: admin });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const noticesOf = async (session: Session) =>
    ((await t.call('GET', '/api/notifications', { session })).json().items as Notice[]).filter(
      (n) => n.taskId === taskId,
    );

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(engine, { SMTP_URL: smtp.url }, { clock: () => now });
    admin = await t.login('admin');
    const users = (await t.call('GET', '/api/users?q=canbo.skhcn&limit=5', { session: admin })).json();
    await t.call('PATCH', `/api/users/${users.items[0].id}`, {
      session: admin,
      body: { email: 'canbo.skhcn@thanhhoa.test' },
    });
    officer = await t.login('canbo.skhcn.thanhhoa');
    const secretariat = await t.login('thuongtruc.thanhhoa');
    const assigned = await t.call('POST', '/api/tasks', {
      session: secretariat,
      body: {
        planCode: '266-KH/TU',
        code: 'TEST.URGE',
        title: 'Hoàn thiện kho dữ liệu dùng chung',
        pillar: 'CDS',
        leadUnitCode: '38.SKHCN',
        deadline: '2026-12-05',
        requiredOutput: 'Hệ thống vận hành',
      },
    });
    if (assigned.statusCode !== 201) throw new Error(assigned.body);
    taskId = assigned.json().id;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('answers 401 anonymous and 403 to a non-admin running urging', async () => {
    expect((await t.call('GET', '/api/notifications')).statusCode).toBe(401);
    const leader = await t.login('lanhdao.thanhhoa');
    expect((await t.call('POST', '/api/urging/run', { session: leader })).statusCode).toBe(403);
  });

  it('reminds before the deadline, in the app and by e-mail through SMTP, once', async () => {
    await runAt('2026-12-01T03:00:00Z');
    expect(await noticesOf(officer)).toEqual([]);
    await runAt('2026-12-03T03:00:00Z');
    const notices = await noticesOf(officer);
    expect(notices.map((n) => n.kind)).toEqual(['deadline_reminder']);
    expect(notices[0]!.body).toContain('5/12/2026');
    const mail = smtp.mails.find((m) => m.raw.includes('TEST.URGE'));
    expect(mail?.to).toEqual(['canbo.skhcn@thanhhoa.test']);
    const before = smtp.mails.length;
    await runAt('2026-12-03T05:00:00Z');
    expect(await noticesOf(officer)).toHaveLength(1);
    expect(smtp.mails.length).toBe(before);
  });

  it('turns the task overdue the day after its deadline without anyone touching it, and gives notice', async () => {
    now = new Date('2026-12-05T16:00:00Z'); // 23:00 on 5/12 in Vietnam: still the deadline day
    expect((await t.call('GET', `/api/tasks/${taskId}`, { session: officer })).json().status).toBe('not_started');
    now = new Date('2026-12-05T17:30:00Z'); // 00:30 on 6/12 in Vietnam
    expect((await t.call('GET', `/api/tasks/${taskId}`, { session: officer })).json().status).toBe('overdue');
    await runAt('2026-12-06T03:00:00Z');
    expect((await noticesOf(officer)).map((n) => n.kind)).toContain('overdue_notice');
  });

  it('escalates to the head of the unit after the configured delay', async () => {
    await runAt('2026-12-08T03:00:00Z');
    const leader = await t.login('lanhdao.thanhhoa');
    expect((await noticesOf(leader)).map((n) => n.kind)).toEqual(['escalation']);
    const national = await t.login('lanhdao.tw');
    expect(await noticesOf(national)).toEqual([]);
    const detail = (await t.call('GET', `/api/tasks/${taskId}`, { session: officer })).json();
    expect(detail.timeline.filter((e: { kind: string }) => e.kind === 'reminder_sent').length).toBe(3);
  });

  it('lets a leader request an explanation that the unit answers in the timeline', async () => {
    const leader = await t.login('lanhdao.thanhhoa');
    const short = await t.call('POST', `/api/tasks/${taskId}/explanations`, {
      session: leader,
      body: { question: 'Sao?' },
    });
    expect(short.statusCode).toBe(400);
    expect(
      (
        await t.call('POST', `/api/tasks/${taskId}/explanations`, {
          session: officer,
          body: { question: 'Tự hỏi mình?' },
        })
      ).statusCode,
    ).toBe(403);
    const asked = await t.call('POST', `/api/tasks/${taskId}/explanations`, {
      session: leader,
      body: { question: 'Đề nghị giải trình lý do chậm tiến độ.' },
    });
    expect(asked.statusCode).toBe(200);
    expect((await noticesOf(officer)).map((n) => n.kind)).toContain('explanation_request');
    const detail = (await t.call('GET', `/api/tasks/${taskId}`, { session: officer })).json();
    const request = detail.timeline.find((e: { kind: string }) => e.kind === 'explanation_requested');
    const answer = { answer: 'Chậm do chờ phê duyệt kinh phí; dự kiến xong trong tháng.' };
    const url = `/api/tasks/${taskId}/explanations/${request.id}/answer`;
    expect((await t.call('POST', url, { session: leader, body: answer })).statusCode).toBe(403);
    expect((await t.call('POST', url, { session: officer, body: answer })).statusCode).toBe(200);
    expect((await t.call('POST', url, { session: officer, body: answer })).statusCode).toBe(409);
    const after = (await t.call('GET', `/api/tasks/${taskId}`, { session: leader })).json();
    expect(after.timeline[0]).toMatchObject({ kind: 'explanation_answered', payload: { requestEventId: request.id } });
  });
});
