import { describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/api/tasks.ts';
import { groupMyTasks, hasReportOn, needsDailyReport } from './my-task-groups.ts';

const task = (id: number, status: Task['status'], extra: Partial<Task> = {}) =>
  ({ id, status, isDailyReport: false, isLocked: false, completedOn: null, ...extra }) as Task;

describe('my tasks, grouped by what to do first', () => {
  it('orders overdue, near deadline, in progress, not started, completed and drops empty groups', () => {
    const groups = groupMyTasks(
      [task(1, 'completed_on_time'), task(2, 'in_progress'), task(3, 'overdue'), task(4, 'completed_late')],
      new Set(),
    );
    expect(groups.map((g) => [g.name, g.tasks.map((t) => t.id)])).toEqual([
      ['overdue', [3]],
      ['inProgress', [2]],
      ['completed', [1, 4]],
    ]);
  });

  it('lists a missing daily report first, and keeps the task in its status group too', () => {
    const groups = groupMyTasks([task(1, 'near_deadline'), task(2, 'in_progress')], new Set([2]));
    expect(groups.map((g) => [g.name, g.tasks.map((t) => t.id)])).toEqual([
      ['notReported', [2]],
      ['nearDeadline', [1]],
      ['inProgress', [2]],
    ]);
  });

  it('asks for a daily report only on open daily-report tasks', () => {
    expect(needsDailyReport(task(1, 'in_progress', { isDailyReport: true }))).toBe(true);
    expect(needsDailyReport(task(1, 'in_progress'))).toBe(false);
    expect(needsDailyReport(task(1, 'completed_on_time', { isDailyReport: true, isLocked: true }))).toBe(false);
  });

  it('counts only a progress report dated today', () => {
    const event = (kind: string, occurredOn: string) => ({
      id: 1,
      kind,
      occurredOn,
      occurredAt: `${occurredOn}T02:00:00Z`,
      actorName: null,
      unitCode: null,
      payload: {},
    });
    expect(hasReportOn({ timeline: [event('progress_reported', '2025-07-24')] }, '2025-07-25')).toBe(false);
    expect(hasReportOn({ timeline: [event('completion_proposed', '2025-07-25')] }, '2025-07-25')).toBe(false);
    expect(hasReportOn({ timeline: [event('progress_reported', '2025-07-25')] }, '2025-07-25')).toBe(true);
  });
});
