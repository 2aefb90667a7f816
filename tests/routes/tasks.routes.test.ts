import { formatVietnameseDate } from '../../src/shared/dates.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskDetailSchema, type Task, type TaskDetail } from '../../src/shared/api/tasks.ts';
import { addDays, vietnamDate } from '../../src/shared/dates.ts';
import { taskStatuses } from '../../src/shared/task-status.ts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

const PLAN = '266-KH/TU';
let codeSeq = 0;

/** A valid assignment to Phường Hàm Rồng, due in two months; override what the case is about. */
const assignment = (overrides: Record<string, unknown> = {}) => ({
  planCode: PLAN,
  code: `TEST.${String(++codeSeq).padStart(3, '0')}`,
  title: 'Số hóa hồ sơ một cửa của phường',
  pillar: 'CDS',
  leadUnitCode: '14758',
  requiredOutput: 'Báo cáo kết quả',
  deadline: addDays(vietnamDate(new Date()), 60),
  ...overrides,
});

/** Sessions and shortcuts for one app; each workflow case assigns its own task through the API. */
function driver(t: TestApp) {
  const sessions: Record<string, Session> = {};
  const as = async (username: string) => (sessions[username] ??= await t.login(username));
  const detail = async (username: string, id: number): Promise<TaskDetail> => {
    const response = await t.call('GET', `/api/tasks/${id}`, { session: await as(username) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const post = async (username: string, url: string, body?: unknown) =>
    t.call('POST', url, { session: await as(username), ...(body === undefined ? {} : { body }) });
  const assign = async (overrides: Record<string, unknown> = {}, username = 'thuongtruc.thanhhoa') => {
    const response = await post(username, '/api/tasks', assignment(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as TaskDetail;
  };
  const report = (username: string, id: number, percent: number) =>
    post(username, `/api/tasks/${id}/reports`, { text: `Đã triển khai được ${percent}% khối lượng.`, percent });
  const propose = (id: number, username = 'canbo.hamrong') =>
    post(username, `/api/tasks/${id}/completion`, { summary: 'Đã hoàn thành, kèm minh chứng.' });
  const list = async (username: string, query: string): Promise<{ items: Task[]; total: number }> => {
    const response = await t.call('GET', `/api/tasks?${query}`, { session: await as(username) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  return { as, detail, post, assign, report, propose, list };
}

describe.each(testEngines)('tasks routes on $name', (engine) => {
  let t: TestApp;
  let d: ReturnType<typeof driver>;
  const today = vietnamDate(new Date());
  /** A sample task of plan 266-KH/TU led by the Department of Science and Technology (38.SKHCN). */
  let skhcnTask: Task;
  /** An open task assigned to Phường Hàm Rồng, for the refusals. */
  let openTask: TaskDetail;
  beforeAll(async () => {
    t = await createTestApp(engine);
    d = driver(t);
    const { items } = await d.list('admin', `plan=${encodeURIComponent(PLAN)}&limit=500`);
    expect(items).toHaveLength(91);
    skhcnTask = items.find((task) => task.leadUnit.code === '38.SKHCN')!;
    openTask = await d.assign({ coordinatingUnitCodes: ['14797'] });
  });
  afterAll(() => t?.close());

  describe('security', () => {
    it('answers 401 to anonymous callers on the list, the detail and every action', async () => {
      const id = openTask.id;
      const calls: ['GET' | 'POST', string][] = [
        ['GET', '/api/tasks'],
        ['GET', `/api/tasks/${id}`],
        ['POST', '/api/tasks'],
        ...[
          'reports',
          'completion',
          'completion/confirm',
          'completion/return',
          'extensions',
          'extensions/approve',
          'extensions/refuse',
          'reopen',
        ].map((action): ['POST', string] => ['POST', `/api/tasks/${id}/${action}`]),
      ];
      for (const [method, url] of calls) {
        const response = await t.call(method, url, { body: method === 'POST' ? {} : undefined });
        expect(response.statusCode, `${method} ${url}`).toBe(401);
        expect(response.json().error.code).toBe('UNAUTHENTICATED');
      }
    });

    it("answers 404 to a commune officer on another unit's task, exactly like a task that doesn't exist", async () => {
      const session = await d.as('canbo.hamrong');
      const absent = await t.call('GET', '/api/tasks/999999', { session });
      const other = await t.call('GET', `/api/tasks/${skhcnTask.id}`, { session });
      expect(absent.statusCode).toBe(404);
      expect(other.statusCode).toBe(404);
      expect(other.json().error).toEqual(absent.json().error);
      expect(other.json().error.message).toBe('Nhiệm vụ không tồn tại hoặc bạn không có quyền xem.');

      const body = { text: 'Báo cáo tiến độ thử.', percent: 10 };
      const reportAbsent = await t.call('POST', '/api/tasks/999999/reports', { session, body });
      const reportOther = await t.call('POST', `/api/tasks/${skhcnTask.id}/reports`, { session, body });
      expect(reportOther.statusCode).toBe(404);
      expect(reportOther.json().error).toEqual(reportAbsent.json().error);

      const listed = await d.list('canbo.hamrong', 'limit=500');
      expect(listed.items.map((task) => task.id)).not.toContain(skhcnTask.id);
      expect(
        (await t.call('GET', `/api/tasks/${openTask.id}`, { session: await d.as('canbo.ducxuan') })).statusCode,
      ).toBe(404);
    });

    it('answers 403 when a leader or an inspector reports or assigns, and when an officer confirms', async () => {
      for (const username of ['lanhdao.thanhhoa', 'kiemtra.thanhhoa']) {
        const report = await d.report(username, openTask.id, 10);
        expect(report.statusCode, username).toBe(403);
        expect(report.json().error).toMatchObject({
          code: 'FORBIDDEN',
          message: 'Bạn không có quyền báo cáo tiến độ nhiệm vụ này.',
        });
        const assign = await d.post(username, '/api/tasks', assignment());
        expect(assign.statusCode, username).toBe(403);
        expect(assign.json().error.message).toBe('Bạn không có quyền giao nhiệm vụ.');
      }
      const officerAssigns = await d.post('canbo.hamrong', '/api/tasks', assignment());
      expect(officerAssigns.statusCode).toBe(403);
      const confirm = await d.post('canbo.hamrong', `/api/tasks/${openTask.id}/completion/confirm`);
      expect(confirm.statusCode).toBe(403);
      expect(confirm.json().error.message).toBe('Bạn không có quyền xác nhận hoàn thành nhiệm vụ này.');
      // Nothing was written by the refused calls.
      expect((await d.detail('admin', openTask.id)).timeline.map((e) => e.kind)).toEqual(['assigned']);
    });

    it('refuses an action without the CSRF token', async () => {
      const secretariat = await d.as('thuongtruc.thanhhoa');
      const officer = await d.as('canbo.hamrong');
      const assign = await t.call('POST', '/api/tasks', { session: secretariat, body: assignment(), csrf: false });
      expect(assign.statusCode).toBe(403);
      expect(assign.json().error.code).toBe('CSRF_INVALID');
      const report = await t.call('POST', `/api/tasks/${openTask.id}/reports`, {
        session: officer,
        body: { text: 'Báo cáo không có mã CSRF.', percent: 10 },
        csrf: false,
      });
      expect(report.statusCode).toBe(403);
      expect(report.json().error.code).toBe('CSRF_INVALID');
    });

    it('refuses an assignment without a title or a lead unit, or with an unknown pillar, with field messages', async () => {
      const { title: _title, leadUnitCode: _lead, ...incomplete } = assignment();
      const missing = await d.post('thuongtruc.thanhhoa', '/api/tasks', incomplete);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.code).toBe('VALIDATION_FAILED');
      expect(missing.json().error.details).toEqual(
        expect.arrayContaining([
          { field: 'body.title', message: 'Vui lòng nhập tên nhiệm vụ' },
          { field: 'body.leadUnitCode', message: 'Vui lòng chọn đơn vị chủ trì' },
        ]),
      );
      const pillar = await d.post('thuongtruc.thanhhoa', '/api/tasks', assignment({ pillar: 'XYZ' }));
      expect(pillar.statusCode).toBe(400);
      expect(pillar.json().error.details).toEqual([
        { field: 'body.pillar', message: 'Trụ cột phải là KHCN, DMST hoặc CDS' },
      ]);
    });

    it('refuses a past deadline, a lead unit out of scope and a duplicate code, all in one answer', async () => {
      const one = async (overrides: Record<string, unknown>) => {
        const response = await d.post('thuongtruc.thanhhoa', '/api/tasks', assignment(overrides));
        expect(response.statusCode).toBe(400);
        return response.json().error.details;
      };
      const past = { field: 'body.deadline', message: 'Hạn hoàn thành không được trước ngày giao.' };
      const outOfScope = { field: 'body.leadUnitCode', message: 'Không có đơn vị 19 trong phạm vi của bạn.' };
      const duplicate = { field: 'body.code', message: 'Mã 266.01 đã có trong kế hoạch này.' };
      expect(await one({ deadline: addDays(today, -1) })).toEqual([past]);
      expect(await one({ leadUnitCode: '19' })).toEqual([outOfScope]);
      expect(await one({ code: '266.01' })).toEqual([duplicate]);
      expect(await one({ code: '266.01', leadUnitCode: '19', deadline: addDays(today, -1) })).toEqual([
        outOfScope,
        past,
        duplicate,
      ]);
      expect((await d.list('admin', `plan=${encodeURIComponent(PLAN)}&limit=1`)).total).toBe(92);
    });

    it('refuses a progress report outside 0–100 or too short, and a malformed task id', async () => {
      const tooMuch = await d.post('canbo.hamrong', `/api/tasks/${openTask.id}/reports`, {
        text: 'Đã triển khai vượt kế hoạch.',
        percent: 101,
      });
      expect(tooMuch.statusCode).toBe(400);
      expect(tooMuch.json().error.details).toEqual([{ field: 'body.percent', message: 'Tiến độ phải từ 0 đến 100' }]);
      const short = await d.post('canbo.hamrong', `/api/tasks/${openTask.id}/reports`, { text: 'Ok', percent: 10 });
      expect(short.statusCode).toBe(400);
      expect(short.json().error.details).toEqual([
        { field: 'body.text', message: 'Nội dung báo cáo cần ít nhất 5 ký tự' },
      ]);
      const badId = await t.call('GET', '/api/tasks/abc', { session: await d.as('canbo.hamrong') });
      expect(badId.statusCode).toBe(400);
      expect(badId.json().error.details[0]).toMatchObject({ field: 'params.id', message: 'Mã nhiệm vụ không hợp lệ' });
    });
  });

  describe('assigning and reporting', () => {
    it('assigns a task to a commune with a coordinating unit: 201 with the detail, not started', async () => {
      const deadline = addDays(today, 45);
      const response = await d.post(
        'thuongtruc.thanhhoa',
        '/api/tasks',
        assignment({ deadline, coordinatingUnitCodes: ['14797'], description: 'Thí điểm tại bộ phận một cửa.' }),
      );
      expect(response.statusCode).toBe(201);
      const task = response.json();
      expect(taskDetailSchema.safeParse(task).success).toBe(true);
      expect(task).toMatchObject({
        plan: { code: PLAN },
        parentTaskId: null,
        assigningUnit: { code: '38', fullName: 'Tỉnh Thanh Hóa' },
        leadUnit: { code: '14758', fullName: 'Phường Hàm Rồng' },
        coordinatingUnits: [{ code: '14797', fullName: 'Phường Hạc Thành' }],
        assignedOn: today,
        deadline,
        originalDeadline: deadline,
        isRecurring: false,
        progressPercent: 0,
        startedOn: null,
        completedOn: null,
        isLocked: false,
        isSample: false,
        status: 'not_started',
        subtasks: [],
        pendingCompletion: null,
        pendingExtension: null,
        abilities: { canReport: false, canReviewCompletion: true, canReviewExtension: true, canReopen: false },
      });
      expect(task.timeline).toMatchObject([
        { kind: 'assigned', occurredOn: today, unitCode: '38', payload: { leadUnitCode: '14758', deadline } },
      ]);
      const audit = await t.call('GET', `/api/audit?entityType=task&entityId=${task.id}`, {
        session: await d.as('admin'),
      });
      expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['task.assign']);
    });

    it('assigns a recurring task without a deadline', async () => {
      const task = await d.assign({ deadline: null, reportingCycle: 'monthly' });
      expect(task).toMatchObject({
        deadline: null,
        isRecurring: true,
        reportingCycle: 'monthly',
        status: 'not_started',
      });
      expect(task.abilities).toMatchObject({ canRequestExtension: false });
    });

    it("shows the task in the lead and coordinating communes' own lists", async () => {
      const task = await d.assign({ coordinatingUnitCodes: ['14797'] });
      for (const username of ['canbo.hamrong', 'canbo.hacthanh']) {
        const mine = await d.list(username, 'mine=true&limit=500');
        expect(mine.items.map((x) => x.id)).toContain(task.id);
      }
      const lead = await d.detail('canbo.hamrong', task.id);
      expect(lead.abilities).toEqual({
        canReport: true,
        canProposeCompletion: true,
        canReviewCompletion: false,
        canRequestExtension: true,
        canReviewExtension: false,
        canReopen: false,
        canSplit: false, // a commune has no units below it to split to
      });
      const coordinator = await d.detail('canbo.hacthanh', task.id);
      expect(coordinator.abilities).toMatchObject({ canReport: true, canProposeCompletion: false });
      // The province's secretariat assigned it but neither leads nor coordinates it.
      const secretariat = await d.list('thuongtruc.thanhhoa', 'mine=true&limit=500');
      expect(secretariat.items.map((x) => x.id)).not.toContain(task.id);
    });

    it("moves progress on the lead unit's report only; a coordinating unit's report is recorded beside it", async () => {
      const task = await d.assign({ coordinatingUnitCodes: ['14797'] });
      expect((await d.report('canbo.hamrong', task.id, 40)).statusCode).toBe(200);
      const afterLead = await d.detail('canbo.hamrong', task.id);
      expect(afterLead).toMatchObject({ status: 'in_progress', progressPercent: 40, startedOn: today });
      expect(afterLead.timeline[0]).toMatchObject({
        kind: 'progress_reported',
        unitCode: '14758',
        payload: { percent: 40, isLead: true },
      });

      expect((await d.report('canbo.hacthanh', task.id, 90)).statusCode).toBe(200);
      const afterCoordinator = await d.detail('canbo.hamrong', task.id);
      expect(afterCoordinator.progressPercent).toBe(40);
      expect(afterCoordinator.timeline[0]).toMatchObject({
        kind: 'progress_reported',
        unitCode: '14797',
        payload: { percent: 90, isLead: false },
      });
    });

    it('accepts one completion proposal at a time, from the lead unit only', async () => {
      const task = await d.assign({ coordinatingUnitCodes: ['14797'] });
      expect((await d.propose(task.id)).statusCode).toBe(200);
      const pending = await d.detail('thuongtruc.thanhhoa', task.id);
      expect(pending.pendingCompletion).toMatchObject({ proposedOn: today });
      expect(pending.status).toBe('in_progress');
      const again = await d.propose(task.id);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('COMPLETION_PENDING');
      const coordinatorProposes = await d.propose(task.id, 'canbo.hacthanh');
      expect(coordinatorProposes.statusCode).toBe(403);
      expect(coordinatorProposes.json().error.message).toBe('Bạn không có quyền đề xuất hoàn thành nhiệm vụ này.');
    });

    it('returns a proposal with a reason, then confirms the next one and locks the task', async () => {
      const task = await d.assign();
      const nothing = await d.post('thuongtruc.thanhhoa', `/api/tasks/${task.id}/completion/confirm`);
      expect(nothing.statusCode).toBe(409);
      expect(nothing.json().error.code).toBe('NO_PENDING_COMPLETION');
      await d.report('canbo.hamrong', task.id, 80);
      expect((await d.propose(task.id)).statusCode).toBe(200);

      const noReason = await d.post('thuongtruc.thanhhoa', `/api/tasks/${task.id}/completion/return`, { reason: '' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.details).toEqual([
        { field: 'body.reason', message: 'Vui lòng nêu lý do (ít nhất 5 ký tự)' },
      ]);
      const reason = 'Thiếu minh chứng kết quả số hóa.';
      const returned = await d.post('thuongtruc.thanhhoa', `/api/tasks/${task.id}/completion/return`, { reason });
      expect(returned.statusCode).toBe(200);
      const afterReturn = await d.detail('canbo.hamrong', task.id);
      expect(afterReturn).toMatchObject({ pendingCompletion: null, isLocked: false, progressPercent: 80 });
      expect(afterReturn.timeline[0]).toMatchObject({ kind: 'completion_returned', payload: { reason } });

      expect((await d.propose(task.id)).statusCode).toBe(200);
      const confirmed = await d.post('thuongtruc.thanhhoa', `/api/tasks/${task.id}/completion/confirm`);
      expect(confirmed.statusCode).toBe(200);
      const done = await d.detail('canbo.hamrong', task.id);
      expect(done).toMatchObject({
        status: 'completed_on_time',
        isLocked: true,
        completedOn: today,
        progressPercent: 100,
        pendingCompletion: null,
      });
      expect(Object.values(done.abilities).every((ability) => !ability)).toBe(true);

      const lateReport = await d.report('canbo.hamrong', task.id, 100);
      expect(lateReport.statusCode).toBe(409);
      expect(lateReport.json().error.code).toBe('TASK_LOCKED');
      const reconfirm = await d.post('thuongtruc.thanhhoa', `/api/tasks/${task.id}/completion/confirm`);
      expect(reconfirm.json().error.code).toBe('TASK_LOCKED');
    });

    it('lets only an admin reopen a locked task, and audits it', async () => {
      const task = await d.assign();
      await d.propose(task.id);
      await d.post('thuongtruc.thanhhoa', `/api/tasks/${task.id}/completion/confirm`);
      expect((await d.detail('admin', task.id)).abilities.canReopen).toBe(true);
      const reason = { reason: 'Xác nhận nhầm, cần bổ sung sản phẩm.' };
      const bySecretariat = await d.post('thuongtruc.thanhhoa', `/api/tasks/${task.id}/reopen`, reason);
      expect(bySecretariat.statusCode).toBe(403);

      const reopened = await d.post('admin', `/api/tasks/${task.id}/reopen`, reason);
      expect(reopened.statusCode).toBe(200);
      const after = await d.detail('canbo.hamrong', task.id);
      expect(after).toMatchObject({ isLocked: false, completedOn: null, status: 'in_progress' });
      expect(after.timeline[0]).toMatchObject({ kind: 'reopened', payload: reason });
      expect(after.abilities.canReport).toBe(true);

      const audit = await t.call('GET', `/api/audit?entityType=task&entityId=${task.id}`, {
        session: await d.as('admin'),
      });
      const entries = audit.json().items;
      expect(entries[0]).toMatchObject({
        action: 'task.reopened',
        actorName: 'admin',
        before: { isLocked: true, completedOn: today },
        after: { event: { kind: 'reopened', payload: reason }, task: { isLocked: false, completedOn: null } },
      });
      expect(entries.map((e: { action: string }) => e.action)).toContain('task.completion_confirmed');
      expect((await d.report('canbo.hamrong', task.id, 100)).statusCode).toBe(200);
    });
  });

  describe('deadline extensions', () => {
    it('approves a later deadline and keeps the original one', async () => {
      const deadline = addDays(today, 30);
      const task = await d.assign({ deadline });
      const url = `/api/tasks/${task.id}/extensions`;
      const reason = 'Chờ bố trí kinh phí bổ sung.';
      for (const asked of [addDays(deadline, -1), deadline]) {
        const response = await d.post('canbo.hamrong', url, { deadline: asked, reason });
        expect(response.statusCode).toBe(400);
        expect(response.json().error.details).toEqual([
          { field: 'body.deadline', message: `Hạn mới phải sau hạn hiện tại (${formatVietnameseDate(deadline)}).` },
        ]);
      }
      const later = addDays(deadline, 31);
      expect((await d.post('canbo.hamrong', url, { deadline: later, reason })).statusCode).toBe(200);
      expect((await d.detail('thuongtruc.thanhhoa', task.id)).pendingExtension).toMatchObject({
        deadline: later,
        reason,
      });
      const second = await d.post('canbo.hamrong', url, { deadline: addDays(later, 10), reason });
      expect(second.statusCode).toBe(409);
      expect(second.json().error.code).toBe('EXTENSION_PENDING');
      expect((await d.post('canbo.hamrong', `${url}/approve`)).statusCode).toBe(403);

      expect((await d.post('thuongtruc.thanhhoa', `${url}/approve`)).statusCode).toBe(200);
      const after = await d.detail('canbo.hamrong', task.id);
      expect(after).toMatchObject({ deadline: later, originalDeadline: deadline, pendingExtension: null });
      expect(after.timeline[0]).toMatchObject({ kind: 'extension_approved', payload: { deadline: later } });
      const again = await d.post('thuongtruc.thanhhoa', `${url}/approve`);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('NO_PENDING_EXTENSION');
    });

    it('refuses an extension with a reason and keeps the deadline', async () => {
      const deadline = addDays(today, 30);
      const task = await d.assign({ deadline });
      const url = `/api/tasks/${task.id}/extensions`;
      await d.post('canbo.hamrong', url, { deadline: addDays(deadline, 60), reason: 'Khối lượng lớn hơn dự kiến.' });
      const noReason = await d.post('thuongtruc.thanhhoa', `${url}/refuse`, {});
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.details).toEqual([{ field: 'body.reason', message: 'Vui lòng nêu lý do' }]);
      const reason = 'Nhiệm vụ trọng tâm, không gia hạn.';
      expect((await d.post('thuongtruc.thanhhoa', `${url}/refuse`, { reason })).statusCode).toBe(200);
      const after = await d.detail('canbo.hamrong', task.id);
      expect(after).toMatchObject({ deadline, originalDeadline: deadline, pendingExtension: null });
      expect(after.timeline[0]).toMatchObject({ kind: 'extension_refused', payload: { reason } });
      // Refused, so a new request may be made.
      const retry = await d.post('canbo.hamrong', url, {
        deadline: addDays(deadline, 15),
        reason: 'Xin gia hạn ngắn hơn.',
      });
      expect(retry.statusCode).toBe(200);
    });
  });

  describe('sub-tasks', () => {
    it("keeps a lead unit's split inside its own subtree", async () => {
      const parent = await d.assign({ leadUnitCode: '38.SKHCN', deadline: addDays(today, 90) });
      // The department has no units below it: its officer is not offered a split, and is refused one.
      expect((await d.detail('canbo.skhcn.thanhhoa', parent.id)).abilities.canSplit).toBe(false);
      const split = await d.post(
        'canbo.skhcn.thanhhoa',
        '/api/tasks',
        assignment({ parentTaskId: parent.id, leadUnitCode: '38.SKHCN' }),
      );
      expect(split.statusCode).toBe(403);
      expect(split.json().error.message).toBe('Bạn không có quyền chia nhiệm vụ này thành nhiệm vụ con.');
      const stranger = await d.post('canbo.hamrong', '/api/tasks', assignment({ parentTaskId: parent.id }));
      expect(stranger.statusCode).toBe(404);
    });

    it('splits a task one level down within the parent deadline, and lists the sub-tasks on the parent', async () => {
      const deadline = addDays(today, 90);
      const parent = await d.assign({ leadUnitCode: '38', deadline }, 'admin');
      expect(parent.assigningUnit.code).toBe('TW');
      const tooLate = await d.post(
        'thuongtruc.thanhhoa',
        '/api/tasks',
        assignment({ parentTaskId: parent.id, deadline: addDays(deadline, 1) }),
      );
      expect(tooLate.statusCode).toBe(400);
      expect(tooLate.json().error.details).toEqual([
        {
          field: 'body.deadline',
          message: `Hạn của nhiệm vụ con không được sau hạn nhiệm vụ cha (${formatVietnameseDate(deadline)}).`,
        },
      ]);

      const child = await d.assign({ parentTaskId: parent.id, deadline });
      expect(child).toMatchObject({
        parentTaskId: parent.id,
        assigningUnit: { code: '38' },
        leadUnit: { code: '14758' },
      });
      const detail = await d.detail('thuongtruc.thanhhoa', parent.id);
      expect(detail.subtasks).toMatchObject([{ id: child.id, leadUnit: { code: '14758' }, status: 'not_started' }]);
      expect((await d.detail('canbo.hamrong', child.id)).parentTaskId).toBe(parent.id);
      expect(
        (await t.call('GET', `/api/tasks/${parent.id}`, { session: await d.as('canbo.hamrong') })).statusCode,
      ).toBe(404);
    });
  });

  describe('listing', () => {
    const plan = `plan=${encodeURIComponent(PLAN)}`;

    it('filters by status, and the statuses partition the plan', async () => {
      const { total } = await d.list('admin', `${plan}&limit=1`);
      let sum = 0;
      for (const status of taskStatuses) {
        const page = await d.list('admin', `${plan}&status=${status}&limit=500`);
        expect(page.items.every((task) => task.status === status)).toBe(true);
        expect(page.items).toHaveLength(page.total);
        sum += page.total;
      }
      expect(sum).toBe(total);
      expect((await d.list('admin', `${plan}&status=overdue&limit=1`)).total).toBeGreaterThan(0);
      const bad = await t.call('GET', '/api/tasks?status=late', { session: await d.as('admin') });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].field).toBe('querystring.status');
    });

    it('filters by pillar', async () => {
      const all = await d.list('admin', `${plan}&limit=500`);
      const innovation = await d.list('admin', `${plan}&pillar=DMST&limit=500`);
      expect(innovation.total).toBe(all.items.filter((task) => task.pillar === 'DMST').length);
      expect(innovation.total).toBeGreaterThan(0);
      expect(innovation.items.every((task) => task.pillar === 'DMST')).toBe(true);
    });

    it('searches titles with the diacritics as typed, and codes', async () => {
      const found = await d.list('admin', `q=${encodeURIComponent('Số hóa')}&limit=500`);
      expect(found.total).toBeGreaterThan(0);
      expect(found.items.every((task) => task.title.toLowerCase().includes('số hóa'))).toBe(true);
      const byCode = await d.list('admin', `${plan}&q=266.0&limit=500`);
      expect(byCode.items.map((task) => task.code).sort()).toEqual(
        Array.from({ length: 9 }, (_, i) => `266.0${i + 1}`),
      );
      // '%' and '_' are characters to find (no title has them), not wildcards.
      for (const wildcard of ['%', '_']) {
        expect((await d.list('admin', `q=${encodeURIComponent(wildcard)}&limit=1`)).total).toBe(0);
      }
    });

    it("filters by a unit's subtree, within the caller's scope", async () => {
      const department = await d.list('admin', `unit=38.SKHCN&limit=500`);
      expect(department.total).toBeGreaterThanOrEqual(6);
      expect(department.items.every((task) => task.leadUnit.code === '38.SKHCN')).toBe(true);
      const province = await d.list('thuongtruc.thanhhoa', 'unit=38&limit=1');
      expect(province.total).toBeGreaterThan(department.total);
      const outside = await t.call('GET', '/api/tasks?unit=19', { session: await d.as('thuongtruc.thanhhoa') });
      expect(outside.statusCode).toBe(404);
    });
  });
});

describe.each(testEngines)('task deadlines on a pinned clock on $name', (engine) => {
  let t: TestApp;
  let d: ReturnType<typeof driver>;
  let now = new Date('2026-12-01T03:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { clock: () => now });
    d = driver(t);
  });
  afterAll(() => t?.close());

  it('turns a task overdue the day after its deadline, with nobody touching it', async () => {
    // The demo may give this commune tasks of its own: compare against the figures before ours.
    const stats = async (asOf?: string) =>
      (
        await t.call('GET', `/api/stats/tasks?unit=14758${asOf ? `&asOf=${asOf}` : ''}`, {
          session: await d.as('canbo.hamrong'),
        })
      ).json();
    const keys = ['total', 'overdue', 'nearDeadline', 'inProgress', 'notStarted', 'due'] as const;
    const before = { d5: await stats('2026-12-05'), d6: await stats('2026-12-06') };
    const delta = (after: Record<string, number>, base: Record<string, number>) =>
      Object.fromEntries(keys.map((k) => [k, after[k]! - base[k]!]));

    const started = await d.assign({ deadline: '2026-12-05' });
    const untouched = await d.assign({ deadline: '2026-12-05' });
    expect(started).toMatchObject({ assignedOn: '2026-12-01', status: 'not_started' });
    // The near-deadline warning applies once work has started; an unstarted task stays "not started".
    expect((await d.report('canbo.hamrong', started.id, 30)).statusCode).toBe(200);
    expect((await d.detail('canbo.hamrong', started.id)).status).toBe('near_deadline');
    const near = await d.list('canbo.hamrong', 'status=near_deadline');
    expect(near.items.map((task) => task.id)).toContain(started.id);
    expect(near.items.map((task) => task.id)).not.toContain(untouched.id);

    expect(delta(await stats('2026-12-05'), before.d5)).toEqual({
      total: 2,
      overdue: 0,
      nearDeadline: 1,
      inProgress: 1,
      notStarted: 1,
      due: 0,
    });
    expect(delta(await stats('2026-12-06'), before.d6)).toEqual({
      total: 2,
      overdue: 2,
      nearDeadline: 0,
      inProgress: 1,
      notStarted: 1,
      due: 2,
    });

    now = new Date('2026-12-06T03:00:00Z');
    for (const task of [started, untouched]) {
      expect((await d.detail('canbo.hamrong', task.id)).status).toBe('overdue');
    }
    const overdue = await d.list('canbo.hamrong', 'status=overdue');
    expect(overdue.items.map((task) => task.id)).toEqual(expect.arrayContaining([started.id, untouched.id]));
    expect((await d.list('canbo.hamrong', 'status=near_deadline')).items.map((task) => task.id)).not.toContain(
      started.id,
    );
    const todays = await stats();
    expect(todays.asOf).toBe('2026-12-06');
    expect(todays.overdue - before.d6.overdue).toBe(2);
  });
});
