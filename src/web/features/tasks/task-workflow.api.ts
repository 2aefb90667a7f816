import { apiFetch } from '../../lib/api-client.ts';

/** The workflow verbs on one task; each answers `{ ok: true }` and the caller reloads the details. */
type Ok = { ok: true };
const post = (id: number, path: string, body?: unknown) =>
  apiFetch<Ok>(`/api/tasks/${id}/${path}`, { method: 'POST', body: body ?? {} });

export type ProgressReport = {
  text: string;
  percent: number | undefined;
  difficulties: string | null;
  recommendations: string | null;
  /** Files uploaded to this task first (evidence.api.ts). */
  evidenceFileIds: number[];
};

export const reportProgress = (id: number, report: ProgressReport) => post(id, 'reports', report);
export const proposeCompletion = (id: number, summary: string, evidenceFileIds: number[]) =>
  post(id, 'completion', { summary, evidenceFileIds });
export const confirmCompletion = (id: number) => post(id, 'completion/confirm');
export const returnCompletion = (id: number, reason: string) => post(id, 'completion/return', { reason });
export const requestExtension = (id: number, deadline: string, reason: string) =>
  post(id, 'extensions', { deadline, reason });
export const approveExtension = (id: number) => post(id, 'extensions/approve');
export const refuseExtension = (id: number, reason: string) => post(id, 'extensions/refuse', { reason });
export const reopenTask = (id: number, reason: string) => post(id, 'reopen', { reason });
