import { describe, expect, it } from 'vitest';
import { deriveTaskStatus, gradeOf } from './task-status.ts';

const base = { deadline: '2025-07-31', isStarted: true, completedOn: null };

describe('deriveTaskStatus', () => {
  it('is in progress within the deadline once started', () => {
    expect(deriveTaskStatus(base, '2025-07-01', 7)).toBe('in_progress');
  });
  it('warns near the deadline (inclusive of the configured days)', () => {
    expect(deriveTaskStatus(base, '2025-07-24', 7)).toBe('near_deadline');
    expect(deriveTaskStatus(base, '2025-07-23', 7)).toBe('in_progress');
    expect(deriveTaskStatus(base, '2025-07-31', 7)).toBe('near_deadline');
  });
  it('becomes overdue the day after the deadline, started or not', () => {
    expect(deriveTaskStatus(base, '2025-08-01', 7)).toBe('overdue');
    expect(deriveTaskStatus({ ...base, isStarted: false }, '2025-08-01', 7)).toBe('overdue');
  });
  it('is not started before any report', () => {
    expect(deriveTaskStatus({ ...base, isStarted: false }, '2025-07-01', 7)).toBe('not_started');
  });
  it('is completed on time on the deadline day, late after it', () => {
    expect(deriveTaskStatus({ ...base, completedOn: '2025-07-31' }, '2025-09-01', 7)).toBe('completed_on_time');
    expect(deriveTaskStatus({ ...base, completedOn: '2025-08-01' }, '2025-09-01', 7)).toBe('completed_late');
  });
  it('never makes a recurring task (no deadline) overdue', () => {
    expect(deriveTaskStatus({ ...base, deadline: null }, '2030-01-01', 7)).toBe('in_progress');
    expect(deriveTaskStatus({ ...base, deadline: null, completedOn: '2026-01-01' }, '2030-01-01', 7)).toBe(
      'completed_on_time',
    );
  });
});

describe('gradeOf', () => {
  it.each([
    [100, 'A'],
    [90, 'A'],
    [89.99, 'B'],
    [80, 'B'],
    [70, 'C'],
    [50, 'D'],
    [49.9, 'E'],
    [0, 'E'],
  ] as const)('grades %s as %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});
