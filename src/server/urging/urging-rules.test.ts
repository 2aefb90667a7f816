import { describe, expect, it } from 'vitest';
import { urgesFor, type UrgingTask } from './urging-rules.ts';

const task: UrgingTask = {
  id: 1,
  code: 'NV1',
  title: 'Số hóa hồ sơ',
  deadline: '2026-12-05',
  isDailyReport: false,
  startedOn: '2026-11-01',
  assignedOn: '2026-10-01',
  lastReportOn: '2026-11-20',
};
const settings = { remindDaysBefore: 3, escalateAfterDays: 3 };
const kinds = (today: string, t: UrgingTask = task) => urgesFor(t, today, settings).map((u) => u.kind);

describe('urgesFor', () => {
  it('reminds from a few days before the deadline up to the deadline day', () => {
    expect(kinds('2026-12-01')).toEqual([]);
    expect(kinds('2026-12-02')).toEqual(['deadline_reminder']);
    expect(kinds('2026-12-05')).toEqual(['deadline_reminder']);
  });
  it('gives notice the day after the deadline and escalates after the configured delay', () => {
    expect(kinds('2026-12-06')).toEqual(['overdue_notice']);
    expect(kinds('2026-12-08')).toEqual(['overdue_notice', 'escalation']);
  });
  it('keys notices on the deadline, so an extension earns new ones', () => {
    const [first] = urgesFor(task, '2026-12-06', settings);
    const [second] = urgesFor({ ...task, deadline: '2026-12-20' }, '2026-12-18', settings);
    expect(first!.dedupeKey).toBe('2026-12-05');
    expect(second!.dedupeKey).toBe('2026-12-20');
    expect(first!.body).toContain('5/12/2026');
  });
  it('flags a missing daily report for yesterday only on daily-report tasks', () => {
    const daily = { ...task, isDailyReport: true, deadline: null };
    expect(kinds('2026-11-25', daily)).toEqual(['missing_report']);
    expect(kinds('2026-11-21', daily)).toEqual([]);
    expect(kinds('2026-11-25', { ...daily, lastReportOn: '2026-11-24' })).toEqual([]);
  });
  it('leaves recurring tasks without a deadline alone', () => {
    expect(kinds('2030-01-01', { ...task, deadline: null })).toEqual([]);
  });
});
