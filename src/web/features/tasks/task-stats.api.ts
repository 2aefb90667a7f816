import type { TaskStats } from '../../../shared/api/stats.ts';
import { apiFetch, buildUrl } from '../../lib/api-client.ts';

export type TaskStatsQuery = { unit: string; asOf?: string };

export const taskStatsUrl = (query: TaskStatsQuery) => buildUrl('/api/stats/tasks', query);

export function fetchTaskStats(query: TaskStatsQuery, signal?: AbortSignal): Promise<TaskStats> {
  return apiFetch<TaskStats>(taskStatsUrl(query), { signal });
}
