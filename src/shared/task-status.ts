/**
 * Task statuses are derived from dates, never typed in (domain brief §4). The same rules run in SQL
 * for statistics (tasks/task-stats.repository.ts); the unit tests here pin them down.
 */
export const taskStatuses = [
  'not_started',
  'in_progress',
  'near_deadline',
  'overdue',
  'completed_on_time',
  'completed_late',
] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const taskStatusLabels: Record<TaskStatus, { vi: string; en: string }> = {
  not_started: { vi: 'Chưa triển khai', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện trong hạn', en: 'In progress, on time' },
  near_deadline: { vi: 'Sắp đến hạn', en: 'Near deadline' },
  overdue: { vi: 'Chưa hoàn thành, quá hạn', en: 'Overdue' },
  completed_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Completed on time' },
  completed_late: { vi: 'Hoàn thành quá hạn', en: 'Completed late' },
};

/** What is known about a task on the as-of date. */
export type TaskFacts = {
  /** Deadline in force on that date (after approved extensions); null for recurring tasks. */
  deadline: string | null;
  /** First progress report or completion proposal on or before that date. */
  isStarted: boolean;
  /** Completion date, when a confirmed completion stands on that date. */
  completedOn: string | null;
};

export function deriveTaskStatus(facts: TaskFacts, asOf: string, nearDeadlineDays: number): TaskStatus {
  const { deadline, completedOn } = facts;
  if (completedOn) return deadline !== null && completedOn > deadline ? 'completed_late' : 'completed_on_time';
  if (deadline !== null && asOf > deadline) return 'overdue';
  if (!facts.isStarted) return 'not_started';
  if (deadline !== null && daysUntil(asOf, deadline) <= nearDeadlineDays) return 'near_deadline';
  return 'in_progress';
}

function daysUntil(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const isCompleted = (status: TaskStatus) => status === 'completed_on_time' || status === 'completed_late';

/** Grades for rankings: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 50, E below (domain brief §5). */
export function gradeOf(score: number): 'A' | 'B' | 'C' | 'D' | 'E' {
  if (score >= 90) return 'A';
  if (score >= 80) return 'B';
  if (score >= 70) return 'C';
  if (score >= 50) return 'D';
  return 'E';
}
