import { describe, expect, it } from 'vitest';
import { addRow, emptyCounts, finish, scoreOf } from './task-counts.ts';
import type { StatsRow } from './task-stats.repository.ts';

const row = (status: string, n: number, extra: Partial<StatsRow> = {}): StatsRow => ({
  pillar: 'CDS',
  childId: null,
  status,
  isStarted: status !== 'not_started',
  isDue: status.startsWith('completed') || status === 'overdue',
  isLateAgainstOriginal: false,
  n,
  ...extra,
});

describe('task counts', () => {
  it('counts every started, unfinished task as in progress, overdue included', () => {
    const counts = emptyCounts();
    for (const r of [
      row('completed_on_time', 30),
      row('completed_late', 8),
      row('in_progress', 40),
      row('overdue', 13),
    ]) {
      addRow(counts, r);
    }
    addRow(counts, row('overdue', 2, { isStarted: false }));
    finish(counts);
    expect(counts).toMatchObject({
      total: 93,
      completed: 38,
      inProgress: 53,
      inProgressOnTime: 40,
      overdue: 15,
      notStarted: 2,
      due: 53,
    });
    expect(counts.completed + counts.inProgress + counts.notStarted).toBe(counts.total);
    expect(counts.completionRate).toBeCloseTo(71.7, 1);
  });

  it('scores due tasks: full on time, half late, none overdue', () => {
    const counts = emptyCounts();
    addRow(counts, row('completed_on_time', 8));
    addRow(counts, row('completed_late', 2));
    addRow(counts, row('overdue', 2));
    expect(scoreOf(counts)).toEqual({ score: 75, grade: 'C' });
    expect(scoreOf(emptyCounts())).toEqual({ score: null, grade: null });
  });
});
