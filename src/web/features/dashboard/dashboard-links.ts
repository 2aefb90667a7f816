import type { TaskStatus } from '../../../shared/task-status.ts';

/** Addresses this page links to, in one place. Other features' pages are reached by URL, never by import. */
function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const dashboardPath = (query: { unit?: string; asOf?: string; plan?: string; mapBy?: string } = {}) =>
  withQuery('/dashboard', query);

/** The same dashboard as an A4 PDF, made by the server (one click, for meetings). */
export const dashboardPdfPath = (query: { unit: string; asOf: string; plan?: string }) =>
  withQuery('/api/dashboard/export.pdf', query);

/** The task board, filtered to the tasks behind one figure. */
export const taskListPath = (query: { unit: string; asOf?: string; status?: TaskStatus }) =>
  withQuery('/tasks', { unit: query.unit, status: query.status, asOf: query.asOf });

/** The indicator table of a plan, optionally narrowed to a pillar and a warning band. */
export const indicatorListPath = (query: {
  unit: string;
  plan: string;
  asOf?: string;
  pillar?: string;
  status?: string;
}) => withQuery('/indicators', query);
