import type { IndicatorValue } from '../../../shared/api/indicators.ts';
import { addDays } from '../../../shared/dates.ts';
import { periodOf, type PeriodKind, type Point } from '../../../shared/indicator-math.ts';

/** Per period, the highest approved version (with `asOf`, among those approved by that day). */
function latestApproved(values: readonly IndicatorValue[], asOf?: string): Map<string, IndicatorValue> {
  const latest = new Map<string, IndicatorValue>();
  for (const value of values) {
    if (value.status !== 'approved') continue;
    if (asOf && (value.periodEnd > asOf || (value.reviewedOn !== null && value.reviewedOn > asOf))) continue;
    const kept = latest.get(value.periodEnd);
    if (!kept || value.version > kept.version) latest.set(value.periodEnd, value);
  }
  return latest;
}

/**
 * The approved series as the statistics count it, oldest first. With `asOf`, only what had been approved
 * by that day, so a sparkline matches the table's date.
 */
export function approvedPoints(values: readonly IndicatorValue[], asOf?: string): Point[] {
  return [...latestApproved(values, asOf).values()]
    .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : 1))
    .map((value) => ({ on: value.periodEnd, value: value.value }));
}

/** The value the server compares a new cumulative count with: the latest approved one. */
export function lastApprovedValue(values: readonly IndicatorValue[]): number | null {
  return approvedPoints(values).at(-1)?.value ?? null;
}

/** Approved versions that a later approved correction of the same period has replaced. */
export function supersededIds(values: readonly IndicatorValue[]): Set<number> {
  const counted = new Set([...latestApproved(values).values()].map((value) => value.id));
  return new Set(values.filter((v) => v.status === 'approved' && !counted.has(v.id)).map((v) => v.id));
}

const periodKinds: readonly PeriodKind[] = ['daily', 'monthly', 'quarterly', 'six-month', 'annual'];
const isPeriodKind = (kind: string): kind is PeriodKind => periodKinds.includes(kind as PeriodKind);

export type ReportingPeriod = { start: string; end: string; label: string };

/**
 * The last `count` reporting periods that have ended by `today`, newest first; null for a period kind the
 * web app does not know. The month is cut on the 15th (the national rule and the server's default; the
 * server does not publish its setting, so a different cut day is caught by its own check).
 */
export function endedPeriods(kind: string, today: string, count: number, cutDay = 15): ReportingPeriod[] | null {
  if (!isPeriodKind(kind)) return null;
  let period = periodOf(today, kind, cutDay);
  if (period.end > today) period = periodOf(addDays(period.start, -1), kind, cutDay);
  const periods: ReportingPeriod[] = [];
  while (periods.length < count) {
    periods.push({ start: period.start, end: period.end, label: period.label });
    period = periodOf(addDays(period.start, -1), kind, cutDay);
  }
  return periods;
}
