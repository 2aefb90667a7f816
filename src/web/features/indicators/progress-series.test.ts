import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../../../shared/api/indicators.ts';
import { progressSeries } from './progress-series.ts';

const approved = (id: number, periodEnd: string, value: number) =>
  ({ id, periodEnd, value, version: 1, status: 'approved', reviewedOn: periodEnd }) as IndicatorValue;

describe('progressSeries (broadband ≥ 1 Gb/s in the demo: 20% → 25%, target 60% in 2025)', () => {
  const series = progressSeries(
    { baseline: 20, target: 60, targetYear: 2025, value: 25, valueOn: '2025-12-14' },
    '2025-03-05',
    [approved(2, '2025-12-14', 25), approved(1, '2025-06-14', 22.5)],
  );

  it('dates the baseline on the plan and the target on 31 December', () => {
    expect(series.baseline).toEqual({ on: '2025-03-05', value: 20 });
    expect(series.target).toEqual({ on: '2025-12-31', value: 60, year: 2025 });
    expect(series.points.map((p) => p.value)).toEqual([22.5, 25]);
  });

  it('puts the planned path and the trend where the plan and the values say', () => {
    expect(series.plannedAtLatest?.value).toBeCloseTo(20 + (40 * 284) / 301, 6);
    const [from, to] = series.trend!;
    expect(from.on).toBe('2025-03-05');
    expect(to.on).toBe('2025-12-31');
    expect(to.value).toBeGreaterThan(25);
    expect(to.value).toBeLessThan(26);
  });

  it('has no path, target or trend without a baseline, a target and two values', () => {
    const row = { baseline: null, target: null, targetYear: null, value: 611221, valueOn: '2025-12-14' };
    const bare = progressSeries(row, '2025-03-05', [approved(1, '2025-12-14', 611221)]);
    expect([bare.baseline, bare.target, bare.trend, bare.plannedAtLatest]).toEqual([null, null, null, null]);
  });

  it('draws a derived indicator from its computed value, not from values of its own', () => {
    const row = { baseline: 10, target: 20, targetYear: 2025, value: 12.5, valueOn: '2025-12-14' };
    expect(progressSeries(row, '2025-03-05', [], true).points).toEqual([{ on: '2025-12-14', value: 12.5 }]);
  });
});
