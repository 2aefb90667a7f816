import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskDetailSchema } from '../../src/shared/api/tasks.ts';
import { addDays, formatVietnameseDate, vietnamDate } from '../../src/shared/dates.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';
import { assignment, driver, PLAN } from '../helpers/task-driver.ts';

describe.each(testEngines)('task workflow on $name', (engine) => {
  let t: TestApp;
  let d: ReturnType<typeof driver>;
  const today = vietnamDate(new Date());
  beforeAll(async () => {
    t = await createTestApp(engine);
    d = driver(t);
    const { items } = await d.list('admin', `plan=${encodeURIComponent(PLAN)}&limit=500`);
    expect(items).toHaveLength(91);
  });
  afterAll(() => t?.close());

  describe('assigning and reporting', () => {
    it('counts a coordinating unit typed twice once, instead of failing', async () => {
      const task = await d.assign({ coordinatingUnitCodes: ['14797', '14797'] });
      expect(task.coordinatingUnits.map((u) => u.code)).toEqual(['14797']);
    });

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
});
