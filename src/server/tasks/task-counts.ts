import type { TaskCounts } from '../../shared/api/stats.ts';
import { gradeOf } from '../../shared/task-status.ts';
import type { StatsRow } from './task-stats.repository.ts';

export function emptyCounts(): TaskCounts {
  return {
    total: 0,
    completed: 0,
    completedOnTime: 0,
    completedLate: 0,
    completedLateAgainstOriginal: 0,
    inProgress: 0,
    inProgressOnTime: 0,
    nearDeadline: 0,
    overdue: 0,
    notStarted: 0,
    due: 0,
    completionRate: null,
  };
}

/** Adds grouped rows into counts. `inProgress` is every started task not yet completed, overdue included. */
export function addRow(counts: TaskCounts, row: StatsRow): void {
  const { n, status } = row;
  counts.total += n;
  if (row.isDue) counts.due += n;
  if (status === 'completed_on_time' || status === 'completed_late') {
    counts.completed += n;
    if (status === 'completed_on_time') counts.completedOnTime += n;
    else counts.completedLate += n;
    if (row.isLateAgainstOriginal) counts.completedLateAgainstOriginal += n;
    return;
  }
  if (row.isStarted) counts.inProgress += n;
  else counts.notStarted += n;
  if (status === 'overdue') counts.overdue += n;
  if (status === 'in_progress' || status === 'near_deadline') counts.inProgressOnTime += n;
  if (status === 'near_deadline') counts.nearDeadline += n;
}

/** Completion rate over tasks already due (past their deadline, or completed): percent, 2 decimals. */
export function finish(counts: TaskCounts): TaskCounts {
  counts.completionRate = counts.due === 0 ? null : round2((100 * counts.completed) / counts.due);
  return counts;
}

/**
 * Score out of 100 over the tasks already due: full credit on time, half credit late, none overdue.
 * Units with nothing due yet are not ranked.
 */
export function scoreOf(counts: TaskCounts): { score: number | null; grade: ReturnType<typeof gradeOf> | null } {
  if (counts.due === 0) return { score: null, grade: null };
  const score = round2((100 * (counts.completedOnTime + 0.5 * counts.completedLate)) / counts.due);
  return { score, grade: gradeOf(score) };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
