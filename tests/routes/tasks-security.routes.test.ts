import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task, TaskDetail } from '../../src/shared/api/tasks.ts';
import { addDays, vietnamDate } from '../../src/shared/dates.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';
import { assignment, driver, PLAN } from '../helpers/task-driver.ts';

describe.each(testEngines)('task routes: security and input checks on $name', (engine) => {
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
});
