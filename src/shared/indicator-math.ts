/**
 * Indicator progress, trends, warning bands and reporting periods (domain brief §5). Pure functions on
 * plain numbers and 'YYYY-MM-DD' strings, so the server, the web client and the tests share one rule.
 */
import { addDays, daysBetween, formatVietnameseDate } from './dates.ts';

export type Direction = 'higher' | 'lower';
export type Band = 'green' | 'orange' | 'red' | 'grey';
export type Point = { on: string; value: number };

/** Slack for comparisons of computed values, so floating-point noise never flips a band. */
const EPSILON = 1e-9;

/** +1 when higher is better, −1 when lower is better: multiply a difference by it to read "better > 0". */
function sense(direction: Direction): 1 | -1 {
  return direction === 'higher' ? 1 : -1;
}

/** value − baseline (null if either is null). */
export function changeSinceBaseline(value: number | null, baseline: number | null): number | null {
  return value === null || baseline === null ? null : value - baseline;
}

/**
 * Percent of target, rounded to 2 decimals, as the articles report it ("nearly 42% of plan").
 * higher: 100·value/target (null when target is 0, there is no plan to measure against).
 * lower: 100·target/value, so halving the way to a lower target reads as progress. A value of 0 is the
 * floor of a lower-is-better quantity: it meets any target ≥ 0, and the ratio would be infinite, so we
 * report 100 (met) rather than Infinity; with a negative target it is null.
 * Like the articles, this assumes non-negative quantities; mixed signs give ratios without meaning.
 */
export function percentOfTarget(value: number | null, target: number | null, direction: Direction): number | null {
  if (value === null || target === null) return null;
  if (direction === 'higher') return target === 0 ? null : round2((100 * value) / target);
  if (value === 0) return target >= 0 ? 100 : null;
  return round2((100 * target) / value);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Did the indicator improve since the baseline? higher: value > baseline; lower: value < baseline; null → false. */
export function hasImproved(value: number | null, baseline: number | null, direction: Direction): boolean {
  if (value === null || baseline === null) return false;
  return sense(direction) * (value - baseline) > 0;
}

/**
 * Straight path from (baselineOn, baseline) to (targetOn, target): the planned value on `on`, clamped to
 * the ends, because the plan says nothing before it was issued and asks to hold the target afterwards.
 */
export function plannedValue(
  baseline: number,
  baselineOn: string,
  target: number,
  targetOn: string,
  on: string,
): number {
  if (on >= targetOn) return target;
  if (on <= baselineOn) return baseline;
  return baseline + ((target - baseline) * daysBetween(baselineOn, on)) / daysBetween(baselineOn, targetOn);
}

type Trend = { slopePerDay: number; valueOn: (on: string) => number };

/** Least-squares linear trend over the points (x = days); null with fewer than 2 points or all on one date. */
export function linearTrend(points: Point[]): Trend | null {
  const first = points[0];
  if (first === undefined || points.length < 2) return null;
  // Days are counted from the first point so x stays small and the sums keep their precision.
  const xy = points.map((p) => ({ x: daysBetween(first.on, p.on), y: p.value }));
  const meanX = mean(xy.map((p) => p.x));
  const meanY = mean(xy.map((p) => p.y));
  const sxy = xy.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const sxx = xy.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const slopePerDay = sxy / sxx;
  return { slopePerDay, valueOn: (on) => meanY + slopePerDay * (daysBetween(first.on, on) - meanX) };
}

function mean(xs: number[]): number {
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

/**
 * Forecast from the trend: its value at targetOn and, when that value is at or beyond the target
 * (direction-aware), the first date from which the trend stays there through targetOn, so a trend that
 * touched the target once and is moving away does not count. The search starts at the latest point, as a
 * forecast looks ahead; once targetOn has passed, the data cover it and the search starts at the first
 * point. null without a trend.
 */
export function forecast(
  points: Point[],
  target: number,
  targetOn: string,
  direction: Direction,
): { valueAtTarget: number; reachesOn: string | null } | null {
  const trend = linearTrend(points);
  if (trend === null) return null;
  const valueAtTarget = trend.valueOn(targetOn);
  const s = sense(direction);
  if (s * (valueAtTarget - target) < -EPSILON) return { valueAtTarget, reachesOn: null };
  const dates = points.map((p) => p.on).sort();
  const latestOn = dates[dates.length - 1] ?? targetOn;
  const from = latestOn < targetOn ? latestOn : (dates[0] ?? targetOn);
  if (s * trend.slopePerDay <= 0) return { valueAtTarget, reachesOn: from };
  // The trend improves and meets the target by targetOn: find the first whole day it crosses.
  const crossing = (target - trend.valueOn(from)) / trend.slopePerDay;
  const days = Math.min(Math.max(0, Math.ceil(crossing - EPSILON)), daysBetween(from, targetOn));
  return { valueAtTarget, reachesOn: addDays(from, days) };
}

type StatusInput = {
  points: Point[];
  baseline: number | null;
  baselineOn: string;
  target: number | null;
  targetOn: string;
  direction: Direction;
  asOf: string;
  /** Share of |target − baseline| by which the latest value may lag the path and still be orange. */
  tolerance?: number;
};

/**
 * Early-warning band on `asOf`, using only values recorded on or before asOf (what was known then):
 * - grey: no target, no baseline or no value yet, so progress cannot be assessed;
 * - green (on track): the latest value is at or beyond the straight path from baseline to target on asOf,
 *   or the trend of the values forecasts the target by targetOn;
 * - orange: behind the path by at most tolerance·|target − baseline| (default 10%), a warning;
 * - red: further behind, at risk of missing the target.
 */
export function statusBand(input: StatusInput): Band {
  const { baseline, target, direction, asOf } = input;
  const points = input.points.filter((p) => p.on <= asOf);
  if (baseline === null || target === null || points.length === 0) return 'grey';
  const latest = points.reduce((a, b) => (b.on > a.on ? b : a));
  const planned = plannedValue(baseline, input.baselineOn, target, input.targetOn, asOf);
  const lead = sense(direction) * (latest.value - planned);
  if (lead >= -EPSILON) return 'green';
  if (forecast(points, target, input.targetOn, direction)?.reachesOn) return 'green';
  const allowance = (input.tolerance ?? 0.1) * Math.abs(target - baseline);
  return lead >= -allowance - EPSILON ? 'orange' : 'red';
}

export type PeriodKind = 'daily' | 'monthly' | 'quarterly' | 'six-month' | 'annual';
type Period = { kind: PeriodKind; start: string; end: string; label: string };

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * Reporting period containing `on`. The national rule cuts a month on cutDay (default 15): the "month" of
 * July 2025 runs 2025-06-15 .. 2025-07-14, so 2025-12-15 already belongs to January 2026. cutDay = 1 gives
 * calendar months. Quarters, halves and years are unions of those months; labels are Vietnamese.
 */
export function periodOf(on: string, kind: PeriodKind, cutDay = 15): Period {
  // Days 29–31 do not exist in every month, so a cut there would make months skip or overlap.
  if (!Number.isInteger(cutDay) || cutDay < 1 || cutDay > 28) throw new RangeError(`cutDay must be 1..28: ${cutDay}`);
  if (kind === 'daily') return { kind, start: on, end: on, label: `Ngày ${formatVietnameseDate(on)}` };
  const { year, month } = reportingMonth(on, cutDay);
  const span = (first: number, last: number, label: string): Period => ({
    kind,
    start: monthStart(year, first, cutDay),
    end: addDays(monthStart(year, last + 1, cutDay), -1),
    label,
  });
  if (kind === 'monthly') return span(month, month, `Tháng ${month}/${year}`);
  if (kind === 'quarterly') {
    const q = Math.floor((month - 1) / 3);
    return span(3 * q + 1, 3 * q + 3, `Quý ${ROMAN_QUARTERS[q] ?? q + 1}/${year}`);
  }
  if (kind === 'six-month') {
    return month <= 6 ? span(1, 6, `6 tháng đầu năm ${year}`) : span(7, 12, `6 tháng cuối năm ${year}`);
  }
  return span(1, 12, `Năm ${year}`);
}

/** The reporting month (1–12) a date falls in: on or after the cut day it counts toward the next month. */
function reportingMonth(on: string, cutDay: number): { year: number; month: number } {
  const y = Number(on.slice(0, 4));
  const m = Number(on.slice(5, 7));
  const d = Number(on.slice(8, 10));
  if (cutDay === 1 || d < cutDay) return { year: y, month: m };
  return m === 12 ? { year: y + 1, month: 1 } : { year: y, month: m + 1 };
}

/** First day of reporting month `month` of `year`; month 13 is January of the next year (Date.UTC wraps). */
function monthStart(year: number, month: number, cutDay: number): string {
  const utc = cutDay === 1 ? Date.UTC(year, month - 1, 1) : Date.UTC(year, month - 2, cutDay);
  return new Date(utc).toISOString().slice(0, 10);
}
