import type { IndicatorValue } from '../../../shared/api/indicators.ts';
import { linearTrend, plannedValue, type Point } from '../../../shared/indicator-math.ts';
import type { IndicatorProgress } from './indicators.api.ts';
import { approvedPoints } from './value-series.ts';

export type ProgressSeries = {
  points: Point[];
  baseline: Point | null;
  target: (Point & { year: number }) | null;
  /** The least-squares trend from the first known value to the target date, as two ends of a line. */
  trend: [Point, Point] | null;
  /** Where the straight path from baseline to target stood on the latest value's date. */
  plannedAtLatest: Point | null;
};

/**
 * What the chart draws. The statistics give the baseline and the target in force but not their dates, so
 * the baseline is dated on the plan's issue date (as the demo and the domain brief have it) and the
 * target on 31 December of its year.
 */
export function progressSeries(
  row: Pick<IndicatorProgress, 'baseline' | 'target' | 'targetYear' | 'value' | 'valueOn'>,
  planIssuedOn: string,
  values: readonly IndicatorValue[],
  isDerived = false,
): ProgressSeries {
  // A derived indicator has no values of its own: the statistics compute its one current point.
  const derived = row.value !== null && row.valueOn !== null ? [{ on: row.valueOn, value: row.value }] : [];
  const points = isDerived ? derived : approvedPoints(values);
  const baseline = row.baseline === null ? null : { on: planIssuedOn, value: row.baseline };
  const target =
    row.target === null || row.targetYear === null
      ? null
      : { on: `${row.targetYear}-12-31`, value: row.target, year: row.targetYear };
  // The server's forecast fits the baseline and the values together; so does the line.
  const known = baseline ? [baseline, ...points.filter((p) => p.on > baseline.on)] : points;
  const fitted = linearTrend(known);
  const first = known[0];
  const trendEnd = target && first && target.on > first.on ? target.on : known.at(-1)?.on;
  const trend: [Point, Point] | null =
    fitted && first && trendEnd
      ? [
          { on: first.on, value: fitted.valueOn(first.on) },
          { on: trendEnd, value: fitted.valueOn(trendEnd) },
        ]
      : null;
  const latest = points.at(-1);
  const plannedAtLatest =
    baseline && target && latest
      ? { on: latest.on, value: plannedValue(baseline.value, baseline.on, target.value, target.on, latest.on) }
      : null;
  return { points, baseline, target, trend, plannedAtLatest };
}
