import type { Task, TaskDetail } from '../../../shared/api/tasks.ts';

export type GroupName = 'notReported' | 'overdue' | 'nearDeadline' | 'inProgress' | 'notStarted' | 'completed';
export type TaskGroup = { name: GroupName; tasks: Task[] };

const order: GroupName[] = ['overdue', 'nearDeadline', 'inProgress', 'notStarted', 'completed'];

function groupOf(task: Task): GroupName {
  switch (task.status) {
    case 'overdue':
      return 'overdue';
    case 'near_deadline':
      return 'nearDeadline';
    case 'in_progress':
      return 'inProgress';
    case 'not_started':
      return 'notStarted';
    default:
      return 'completed';
  }
}

/** Open tasks that must be reported on every day; only their details tell whether today's report is in. */
export const needsDailyReport = (task: Task) => task.isDailyReport && !task.isLocked && task.completedOn === null;

/** Whether the timeline holds a progress report dated `today` (Vietnam calendar). */
export const hasReportOn = (detail: Pick<TaskDetail, 'timeline'>, today: string) =>
  detail.timeline.some((event) => event.kind === 'progress_reported' && event.occurredOn === today);

/**
 * What an officer should do first: the reminder of missing daily reports (those tasks also stay in their
 * status group), then overdue, near the deadline, in progress, not started, completed. Empty groups go.
 */
export function groupMyTasks(tasks: Task[], notReportedIds: ReadonlySet<number>): TaskGroup[] {
  const groups: TaskGroup[] = [
    { name: 'notReported', tasks: tasks.filter((task) => notReportedIds.has(task.id)) },
    ...order.map((name) => ({ name, tasks: tasks.filter((task) => groupOf(task) === name) })),
  ];
  return groups.filter((group) => group.tasks.length > 0);
}
