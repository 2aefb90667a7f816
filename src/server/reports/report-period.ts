import type { ReportPeriodKind, ReportSnapshot, SchedulePeriodKind } from '../../shared/api/reports.ts';
import { addDays, daysBetween, formatVietnameseDate } from '../../shared/dates.ts';
import { periodOf } from '../../shared/indicator-math.ts';

export type ReportPeriod = ReportSnapshot['period'];

const indicatorKinds = {
  monthly: 'monthly',
  quarterly: 'quarterly',
  half_year: 'six-month',
  annual: 'annual',
} as const;

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** ISO week (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(on: string): { monday: string; week: number; year: number } {
  const weekday = (new Date(`${on}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(on, -weekday);
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  return { monday, week: 1 + Math.floor(daysBetween(`${year}-01-01`, thursday) / 7), year };
}

/**
 * The reporting period containing `on`. Months, quarterly, six-month and annual periods are the
 * indicators' periods (cut on `cutDay`, national rule 15 → 14); weeks run Monday to Sunday; 'as_of'
 * covers everything up to the day.
 */
export function reportPeriodOf(on: string, kind: ReportPeriodKind, cutDay: number): ReportPeriod {
  const day = formatVietnameseDate(on);
  if (kind === 'as_of') return { kind, label: `Đến ngày ${day}`, phrase: `đến ngày ${day}`, start: null, end: on };
  if (kind === 'weekly') {
    const { monday, week, year } = isoWeek(on);
    const end = addDays(monday, 6);
    const span = `từ ngày ${formatVietnameseDate(monday)} đến ngày ${formatVietnameseDate(end)}`;
    return { kind, label: `Tuần ${week}/${year}`, phrase: `tuần ${week}/${year} (${span})`, start: monday, end };
  }
  const period = periodOf(on, indicatorKinds[kind], cutDay);
  return { kind, label: period.label, phrase: lowerFirst(period.label), start: period.start, end: period.end };
}

/** The period just before one (same kind). */
export function previousPeriod(period: ReportPeriod, cutDay: number): ReportPeriod {
  if (period.start === null) throw new RangeError('an as-of report has no previous period');
  return reportPeriodOf(addDays(period.start, -1), period.kind, cutDay);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The day a schedule sends the report of a period: the first `dayOfMonth` after the period has ended
 * (monthly on the 15th with months cut on the 15th: the day after), or the next day for weekly reports.
 */
export function dueOnFor(period: ReportPeriod, dayOfMonth: number | null): string {
  const after = addDays(period.end, 1);
  if (period.kind === 'weekly' || dayOfMonth === null) return after;
  let year = Number(after.slice(0, 4));
  let month = Number(after.slice(5, 7));
  if (Number(after.slice(8, 10)) > dayOfMonth) {
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

export type ScheduleTiming = {
  kind: SchedulePeriodKind;
  dayOfMonth: number | null;
  /** Vietnam date the schedule was created: periods due before it are not sent. */
  createdOn: string;
  lastRunOn: string | null;
};

/** The latest period whose due day has come by `today`, and that day. */
export function latestDuePeriod(timing: ScheduleTiming, today: string, cutDay: number) {
  let period = previousPeriod(reportPeriodOf(today, timing.kind, cutDay), cutDay);
  // A due day falls at most about a month after its period, so this steps back once or twice.
  while (dueOnFor(period, timing.dayOfMonth) > today) period = previousPeriod(period, cutDay);
  return { period, dueOn: dueOnFor(period, timing.dayOfMonth) };
}

/**
 * The period to report on today, or null. A run that was missed (server off on the day) is caught up
 * on the next run; `lastRunOn` makes a second run on the same day send nothing.
 */
export function duePeriod(timing: ScheduleTiming, today: string, cutDay: number): ReportPeriod | null {
  const { period, dueOn } = latestDuePeriod(timing, today, cutDay);
  if (dueOn < timing.createdOn) return null;
  if (timing.lastRunOn !== null && timing.lastRunOn >= dueOn) return null;
  return period;
}

/** When the schedule next sends a report: today if one is due and unsent, else the current period's due day. */
export function nextRunOn(timing: ScheduleTiming, today: string, cutDay: number): string {
  if (duePeriod(timing, today, cutDay)) return today;
  return dueOnFor(reportPeriodOf(today, timing.kind, cutDay), timing.dayOfMonth);
}
