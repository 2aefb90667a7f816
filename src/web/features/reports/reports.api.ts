import type { Plan } from '../../../shared/api/plans.ts';
import type {
  CreateReportBody,
  CreateScheduleBody,
  Report,
  ReportPeriodKind,
  ReportSchedule,
  ScheduleRunResult,
} from '../../../shared/api/reports.ts';
import { apiFetch, buildUrl } from '../../lib/api-client.ts';

export type { Plan, Report, ReportPeriodKind, ReportSchedule, ScheduleRunResult };

// The kinds are repeated here (type-checked against the shared ones) so zod stays out of the bundle.
export const periodKinds = [
  'monthly',
  'quarterly',
  'half_year',
  'annual',
  'weekly',
  'as_of',
] as const satisfies readonly ReportPeriodKind[];
export const schedulePeriodKinds = periodKinds.filter(
  (kind): kind is Exclude<ReportPeriodKind, 'as_of'> => kind !== 'as_of',
);

export const REPORT_PAGE = 20;

/** The request URLs double as the cache keys for useApi. */
export const reportsUrl = (offset: number) => buildUrl('/api/reports', { limit: REPORT_PAGE, offset });
export const schedulesUrl = '/api/report-schedules';
export const plansUrl = '/api/plans';

export function fetchReports(offset: number, signal?: AbortSignal): Promise<{ items: Report[]; total: number }> {
  return apiFetch(reportsUrl(offset), { signal });
}

export function fetchPlans(signal?: AbortSignal): Promise<{ items: Plan[] }> {
  return apiFetch(plansUrl, { signal });
}

export function createReport(body: CreateReportBody): Promise<Report> {
  return apiFetch('/api/reports', { method: 'POST', body });
}

export function fetchSchedules(signal?: AbortSignal): Promise<{ items: ReportSchedule[] }> {
  return apiFetch(schedulesUrl, { signal });
}

export function createSchedule(body: CreateScheduleBody): Promise<ReportSchedule> {
  return apiFetch(schedulesUrl, { method: 'POST', body });
}

export function stopSchedule(id: number): Promise<ReportSchedule> {
  return apiFetch(`${schedulesUrl}/${id}`, { method: 'DELETE' });
}

export function runDueSchedules(): Promise<ScheduleRunResult> {
  return apiFetch(`${schedulesUrl}/run`, { method: 'POST', body: {} });
}
