import { addDays } from '../../shared/dates.ts';

/**
 * Days (newest first, up to `window` days back, yesterday at the latest) on which a daily-report
 * task got no report from its lead unit. Today is not missing yet: the day is not over.
 */
export function missingReportDays(
  task: { isDailyReport: boolean; assignedOn: string; completedOn: string | null },
  leadReportDays: Set<string>,
  today: string,
  window = 14,
): string[] {
  if (!task.isDailyReport || task.completedOn !== null) return [];
  const missing: string[] = [];
  for (let back = 1; back <= window; back++) {
    const day = addDays(today, -back);
    if (day <= task.assignedOn) break;
    if (!leadReportDays.has(day)) missing.push(day);
  }
  return missing;
}
