import { describe, expect, it } from 'vitest';
import {
  duePeriod,
  dueOnFor,
  nextRunOn,
  previousPeriod,
  reportPeriodOf,
  type ScheduleTiming,
} from './report-period.ts';

describe('reportPeriodOf', () => {
  it('uses the indicators’ periods, months cut on the 15th', () => {
    expect(reportPeriodOf('2025-07-25', 'monthly', 15)).toEqual({
      kind: 'monthly',
      label: 'Tháng 8/2025',
      phrase: 'tháng 8/2025',
      start: '2025-07-15',
      end: '2025-08-14',
    });
    expect(reportPeriodOf('2025-07-25', 'quarterly', 15)).toMatchObject({
      phrase: 'quý III/2025',
      start: '2025-06-15',
    });
    expect(reportPeriodOf('2025-07-25', 'half_year', 15)).toMatchObject({ phrase: '6 tháng cuối năm 2025' });
    expect(reportPeriodOf('2025-07-25', 'annual', 1)).toMatchObject({
      phrase: 'năm 2025',
      start: '2025-01-01',
      end: '2025-12-31',
    });
  });
  it('runs weeks from Monday to Sunday, numbered as ISO weeks', () => {
    expect(reportPeriodOf('2025-07-25', 'weekly', 15)).toEqual({
      kind: 'weekly',
      label: 'Tuần 30/2025',
      phrase: 'tuần 30/2025 (từ ngày 21/7/2025 đến ngày 27/7/2025)',
      start: '2025-07-21',
      end: '2025-07-27',
    });
    // 29/12/2025 is a Monday in the first week of 2026.
    expect(reportPeriodOf('2025-12-31', 'weekly', 15)).toMatchObject({ label: 'Tuần 1/2026', start: '2025-12-29' });
  });
  it('reports everything up to a day for as_of', () => {
    expect(reportPeriodOf('2025-07-25', 'as_of', 15)).toEqual({
      kind: 'as_of',
      label: 'Đến ngày 25/7/2025',
      phrase: 'đến ngày 25/7/2025',
      start: null,
      end: '2025-07-25',
    });
  });
  it('steps back one period', () => {
    expect(previousPeriod(reportPeriodOf('2025-07-25', 'monthly', 15), 15)).toMatchObject({
      label: 'Tháng 7/2025',
      end: '2025-07-14',
    });
  });
});

describe('schedules', () => {
  const monthly: ScheduleTiming = { kind: 'monthly', dayOfMonth: 15, createdOn: '2025-08-01', lastRunOn: null };

  it('sends a month on the first chosen day after it ends', () => {
    const july = reportPeriodOf('2025-07-01', 'monthly', 15);
    expect(dueOnFor(july, 15)).toBe('2025-07-15');
    expect(dueOnFor(july, 20)).toBe('2025-07-20');
    expect(dueOnFor(july, 5)).toBe('2025-08-05');
    expect(dueOnFor(reportPeriodOf('2025-12-20', 'monthly', 1), 10)).toBe('2026-01-10');
    expect(dueOnFor(reportPeriodOf('2025-07-25', 'weekly', 15), 15)).toBe('2025-07-28');
  });

  it('is due on the day, once, and not for periods due before the schedule existed', () => {
    expect(duePeriod(monthly, '2025-08-10', 15)).toBeNull();
    expect(duePeriod(monthly, '2025-08-15', 15)).toMatchObject({ label: 'Tháng 8/2025', end: '2025-08-14' });
    expect(duePeriod({ ...monthly, lastRunOn: '2025-08-15' }, '2025-08-15', 15)).toBeNull();
    // Missed on the 15th (server off): caught up the next day.
    expect(duePeriod(monthly, '2025-08-16', 15)).toMatchObject({ label: 'Tháng 8/2025' });
    expect(duePeriod({ ...monthly, lastRunOn: '2025-08-15' }, '2025-09-15', 15)).toMatchObject({
      label: 'Tháng 9/2025',
    });
  });

  it('says when it runs next', () => {
    expect(nextRunOn(monthly, '2025-08-10', 15)).toBe('2025-08-15');
    expect(nextRunOn(monthly, '2025-08-15', 15)).toBe('2025-08-15');
    expect(nextRunOn({ ...monthly, lastRunOn: '2025-08-15' }, '2025-08-15', 15)).toBe('2025-09-15');
    const quarterly: ScheduleTiming = { kind: 'quarterly', dayOfMonth: 20, createdOn: '2025-08-01', lastRunOn: null };
    expect(nextRunOn(quarterly, '2025-08-10', 15)).toBe('2025-09-20');
  });
});
