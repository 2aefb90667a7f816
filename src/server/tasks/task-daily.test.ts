import { describe, expect, it } from 'vitest';
import { missingReportDays } from './task-daily.ts';

const task = { isDailyReport: true, assignedOn: '2026-11-01', completedOn: null };

describe('missingReportDays', () => {
  it('lists the days without a lead-unit report, newest first, not counting today', () => {
    const reported = new Set(['2026-11-24', '2026-11-22']);
    expect(missingReportDays(task, reported, '2026-11-25', 4)).toEqual(['2026-11-23', '2026-11-21']);
  });
  it('starts the day after assignment', () => {
    expect(missingReportDays({ ...task, assignedOn: '2026-11-23' }, new Set(), '2026-11-25')).toEqual(['2026-11-24']);
  });
  it('expects nothing of completed or non-daily tasks', () => {
    expect(missingReportDays({ ...task, completedOn: '2026-11-20' }, new Set(), '2026-11-25')).toEqual([]);
    expect(missingReportDays({ ...task, isDailyReport: false }, new Set(), '2026-11-25')).toEqual([]);
  });
});
