import type { AssignTaskBody, Task, TaskDetail } from '../../../shared/api/tasks.ts';
import type { TaskStatus } from '../../../shared/task-status.ts';
import { apiFetch, buildUrl } from '../../lib/api-client.ts';
import type { Pillar } from './task-labels.ts';

export type TaskList = { items: Task[]; total: number };
export type TaskListQuery = {
  unit?: string;
  plan?: string;
  status?: TaskStatus | '';
  pillar?: Pillar | '';
  q?: string;
  mine?: boolean;
  pending?: 'completion' | 'extension';
  limit: number;
  offset: number;
};

/** The request URL doubles as the cache key for useApi. */
export const taskListUrl = (query: TaskListQuery) =>
  buildUrl('/api/tasks', { ...query, mine: query.mine ? 'true' : undefined });
export const taskUrl = (id: number) => `/api/tasks/${id}`;

export function fetchTasks(query: TaskListQuery, signal?: AbortSignal): Promise<TaskList> {
  return apiFetch<TaskList>(taskListUrl(query), { signal });
}

export function fetchTask(id: number, signal?: AbortSignal): Promise<TaskDetail> {
  return apiFetch<TaskDetail>(taskUrl(id), { signal });
}

/** Assigns a task, or a sub-task when `parentTaskId` is set; answers with the new task's details. */
export function assignTask(body: AssignTaskBody): Promise<TaskDetail> {
  return apiFetch<TaskDetail>('/api/tasks', { method: 'POST', body });
}
