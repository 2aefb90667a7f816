import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import {
  changeSinceBaseline,
  forecast,
  hasImproved,
  linearTrend,
  percentOfTarget,
  periodOf,
  plannedValue,
  statusBand,
} from './indicator-math.ts';
import type { PeriodKind, Point } from './indicator-math.ts';

describe('progress as the articles report it (broadband ≥ 1 Gb/s: 25%, baseline 20%, target 60%)', () => {
  it('is up 5 points since the baseline', () => {
    expect(changeSinceBaseline(25, 20)).toBe(5);
    expect(changeSinceBaseline(null, 20)).toBeNull();
    expect(changeSinceBaseline(25, null)).toBeNull();
  });
  it('is "nearly 42% of plan", rounded to 2 decimals', () => {
    expect(percentOfTarget(25, 60, 'higher')).toBe(41.67);
    expect(percentOfTarget(80, 60, 'higher')).toBe(133.33);
  });
  it('counts as improved', () => {
    expect(hasImproved(25, 20, 'higher')).toBe(true);
    expect(hasImproved(20, 20, 'higher')).toBe(false);
    expect(hasImproved(15, 20, 'higher')).toBe(false);
  });
});

describe('lower-is-better indicators', () => {
  it('improve when the value falls', () => {
    expect(hasImproved(15, 20, 'lower')).toBe(true);
    expect(hasImproved(25, 20, 'lower')).toBe(false);
    expect(changeSinceBaseline(15, 20)).toBe(-5);
  });
  it('measure percent of target as target ÷ value', () => {
    expect(percentOfTarget(20, 10, 'lower')).toBe(50);
    expect(percentOfTarget(8, 10, 'lower')).toBe(125);
    expect(percentOfTarget(10, 10, 'lower')).toBe(100);
  });
  it('treat a value of 0 as meeting any non-negative target', () => {
    expect(percentOfTarget(0, 5, 'lower')).toBe(100);
    expect(percentOfTarget(0, 0, 'lower')).toBe(100);
    expect(percentOfTarget(0, -1, 'lower')).toBeNull();
  });
});

describe('uncomputable progress', () => {
  it('is null with a missing value or target, or a zero target to exceed', () => {
    expect(percentOfTarget(null, 60, 'higher')).toBeNull();
    expect(percentOfTarget(25, null, 'lower')).toBeNull();
    expect(percentOfTarget(25, 0, 'higher')).toBeNull();
  });
  it('never counts as improved', () => {
    expect(hasImproved(null, 20, 'higher')).toBe(false);
    expect(hasImproved(25, null, 'lower')).toBe(false);
  });
});

describe('plannedValue', () => {
  // 2024 is a leap year: 366 days from baseline to target, 2024-07-02 is day 183.
  const plan = (on: string) => plannedValue(20, '2024-01-01', 60, '2025-01-01', on);
  it('starts at the baseline and ends at the target', () => {
    expect(plan('2024-01-01')).toBe(20);
    expect(plan('2025-01-01')).toBe(60);
  });
  it('runs straight between them', () => {
    expect(plan('2024-07-02')).toBe(40);
    expect(plannedValue(100, '2024-01-01', 40, '2025-01-01', '2024-07-02')).toBe(70);
  });
  it('is clamped outside the plan', () => {
    expect(plan('2023-06-01')).toBe(20);
    expect(plan('2026-06-01')).toBe(60);
  });
});

describe('linearTrend', () => {
  it('needs two points on different dates', () => {
    expect(linearTrend([])).toBeNull();
    expect(linearTrend([{ on: '2025-01-01', value: 1 }])).toBeNull();
    expect(
      linearTrend([
        { on: '2025-01-01', value: 1 },
        { on: '2025-01-01', value: 3 },
      ]),
    ).toBeNull();
  });
  it('fits least squares with x in days, whatever the order of the points', () => {
    const trend = linearTrend([
      { on: '2025-01-03', value: 2 },
      { on: '2025-01-01', value: 1 },
      { on: '2025-01-02', value: 3 },
    ]);
    expect(trend?.slopePerDay).toBe(0.5);
    expect(trend?.valueOn('2025-01-01')).toBe(1.5);
    expect(trend?.valueOn('2025-01-11')).toBe(6.5);
  });
});

describe('forecast', () => {
  // 20 on Jan 1, 22 on Jan 5: half a point a day.
  const rising: Point[] = [
    { on: '2025-01-01', value: 20 },
    { on: '2025-01-05', value: 22 },
  ];
  it('reaches the target early, on the first whole day at or beyond it', () => {
    // 30.25 is crossed between Jan 21 (30) and Jan 22 (30.5).
    expect(forecast(rising, 30.25, '2025-12-31', 'higher')).toEqual({ valueAtTarget: 202, reachesOn: '2025-01-22' });
    expect(forecast(rising, 30, '2025-12-31', 'higher')?.reachesOn).toBe('2025-01-21');
  });
  it('never reaches a target beyond the trend at the target date', () => {
    expect(forecast(rising, 30.25, '2025-01-15', 'higher')).toEqual({ valueAtTarget: 27, reachesOn: null });
  });
  it('does not count a falling trend that only started above the target', () => {
    const falling = [
      { on: '2025-01-01', value: 70 },
      { on: '2025-01-11', value: 50 },
    ];
    expect(forecast(falling, 60, '2025-12-31', 'higher')?.reachesOn).toBeNull();
  });
  it('reaches on the latest point when the trend is already beyond the target', () => {
    const above = [
      { on: '2025-01-01', value: 70 },
      { on: '2025-01-11', value: 80 },
    ];
    expect(forecast(above, 60, '2025-12-31', 'higher')?.reachesOn).toBe('2025-01-11');
  });
  it('is direction-aware for lower-is-better', () => {
    const falling = [
      { on: '2025-01-01', value: 100 },
      { on: '2025-01-11', value: 90 },
    ];
    expect(forecast(falling, 50, '2025-12-31', 'lower')?.reachesOn).toBe('2025-02-20');
    expect(forecast(falling, 50, '2025-02-19', 'lower')?.reachesOn).toBeNull();
  });
  it('finds the crossing within the data once the target date has passed', () => {
    const points = [
      { on: '2025-01-01', value: 20 },
      { on: '2025-01-11', value: 30 },
    ];
    expect(forecast(points, 25, '2025-01-08', 'higher')).toEqual({ valueAtTarget: 27, reachesOn: '2025-01-06' });
  });
  it('is null without a trend', () => {
    expect(forecast([{ on: '2025-01-01', value: 20 }], 60, '2025-12-31', 'higher')).toBeNull();
  });
});

describe('statusBand', () => {
  // Planned path: 20 → 60 over 2024, so 40 on 2024-07-02; the orange allowance is 10% of 40 = 4.
  const base = {
    baseline: 20,
    baselineOn: '2024-01-01',
    target: 60,
    targetOn: '2025-01-01',
    direction: 'higher' as const,
    asOf: '2024-07-02',
  };
  const at = (value: number): Point[] => [{ on: '2024-07-01', value }];

  it('is grey without a target, a baseline or a value up to asOf', () => {
    expect(statusBand({ ...base, target: null, points: at(50) })).toBe('grey');
    expect(statusBand({ ...base, baseline: null, points: at(50) })).toBe('grey');
    expect(statusBand({ ...base, points: [] })).toBe('grey');
    expect(statusBand({ ...base, points: [{ on: '2024-07-03', value: 50 }] })).toBe('grey');
  });
  it('is green at or beyond the planned path', () => {
    expect(statusBand({ ...base, points: at(40) })).toBe('green');
    expect(statusBand({ ...base, points: at(41) })).toBe('green');
  });
  it('is orange within the tolerance behind the path', () => {
    expect(statusBand({ ...base, points: at(36) })).toBe('orange');
    expect(statusBand({ ...base, points: at(37), tolerance: 0.05 })).toBe('red');
  });
  it('is red further behind', () => {
    expect(statusBand({ ...base, points: at(35.9) })).toBe('red');
  });
  it('is green behind the path when the trend forecasts the target in time', () => {
    const steep = [
      { on: '2024-06-22', value: 30 },
      { on: '2024-07-02', value: 35 },
    ];
    expect(statusBand({ ...base, points: steep })).toBe('green');
    const flat = [
      { on: '2024-06-01', value: 37 },
      { on: '2024-07-02', value: 37 },
    ];
    expect(statusBand({ ...base, points: flat })).toBe('orange');
  });
  it('ignores values recorded after asOf', () => {
    expect(statusBand({ ...base, points: [...at(30), { on: '2024-08-01', value: 70 }] })).toBe('red');
  });
  it('is direction-aware for lower-is-better (path 100 → 40, 70 midway, allowance 6)', () => {
    const lower = { ...base, baseline: 100, target: 40, direction: 'lower' as const };
    expect(statusBand({ ...lower, points: at(65) })).toBe('green');
    expect(statusBand({ ...lower, points: at(75) })).toBe('orange');
    expect(statusBand({ ...lower, points: at(80) })).toBe('red');
  });
});

describe('periodOf', () => {
  const period = (on: string, kind: PeriodKind, cutDay?: number) => {
    const { start, end, label } = periodOf(on, kind, cutDay);
    return [start, end, label];
  };

  it('cuts months on the 15th by default', () => {
    expect(period('2025-07-14', 'monthly')).toEqual(['2025-06-15', '2025-07-14', 'Tháng 7/2025']);
    expect(period('2025-07-15', 'monthly', 15)).toEqual(['2025-07-15', '2025-08-14', 'Tháng 8/2025']);
  });
  it('moves the second half of December into January of the next year', () => {
    expect(period('2025-12-14', 'monthly')).toEqual(['2025-11-15', '2025-12-14', 'Tháng 12/2025']);
    expect(period('2025-12-15', 'monthly')).toEqual(['2025-12-15', '2026-01-14', 'Tháng 1/2026']);
  });
  it('uses calendar months with cutDay 1', () => {
    expect(period('2025-07-15', 'monthly', 1)).toEqual(['2025-07-01', '2025-07-31', 'Tháng 7/2025']);
    expect(period('2024-02-10', 'monthly', 1)).toEqual(['2024-02-01', '2024-02-29', 'Tháng 2/2024']);
  });
  it('builds quarters from the cut months', () => {
    expect(period('2025-06-14', 'quarterly')).toEqual(['2025-03-15', '2025-06-14', 'Quý II/2025']);
    expect(period('2025-06-15', 'quarterly')).toEqual(['2025-06-15', '2025-09-14', 'Quý III/2025']);
    expect(period('2025-12-20', 'quarterly')).toEqual(['2025-12-15', '2026-03-14', 'Quý I/2026']);
    expect(period('2025-07-15', 'quarterly', 1)).toEqual(['2025-07-01', '2025-09-30', 'Quý III/2025']);
    expect(period('2025-12-20', 'quarterly', 1)).toEqual(['2025-10-01', '2025-12-31', 'Quý IV/2025']);
  });
  it('builds halves from the cut months', () => {
    expect(period('2025-06-14', 'six-month')).toEqual(['2024-12-15', '2025-06-14', '6 tháng đầu năm 2025']);
    expect(period('2025-06-15', 'six-month')).toEqual(['2025-06-15', '2025-12-14', '6 tháng cuối năm 2025']);
    expect(period('2025-06-30', 'six-month', 1)).toEqual(['2025-01-01', '2025-06-30', '6 tháng đầu năm 2025']);
    expect(period('2025-07-01', 'six-month', 1)).toEqual(['2025-07-01', '2025-12-31', '6 tháng cuối năm 2025']);
  });
  it('builds years ending with the December period', () => {
    expect(period('2025-12-14', 'annual')).toEqual(['2024-12-15', '2025-12-14', 'Năm 2025']);
    expect(period('2025-12-15', 'annual')).toEqual(['2025-12-15', '2026-12-14', 'Năm 2026']);
    expect(period('2025-12-31', 'annual', 1)).toEqual(['2025-01-01', '2025-12-31', 'Năm 2025']);
  });
  it('reports a day as itself', () => {
    expect(periodOf('2025-07-25', 'daily')).toEqual({
      kind: 'daily',
      start: '2025-07-25',
      end: '2025-07-25',
      label: 'Ngày 25/7/2025',
    });
  });
  it('tiles the calendar: every day lies in its period, and each period starts the day after the last', () => {
    const kinds: PeriodKind[] = ['monthly', 'quarterly', 'six-month', 'annual'];
    for (const cutDay of [1, 15, 28]) {
      for (const kind of kinds) {
        let previous = periodOf('2023-12-31', kind, cutDay);
        for (let on = '2024-01-01'; on <= '2026-12-31'; on = addDays(on, 1)) {
          const current = periodOf(on, kind, cutDay);
          expect(current.start <= on && on <= current.end).toBe(true);
          if (current.label !== previous.label) expect(current.start).toBe(addDays(previous.end, 1));
          previous = current;
        }
      }
    }
  });
  it('rejects cut days that not every month has', () => {
    expect(() => periodOf('2025-07-14', 'monthly', 0)).toThrow(RangeError);
    expect(() => periodOf('2025-07-14', 'monthly', 29)).toThrow(RangeError);
    expect(() => periodOf('2025-07-14', 'monthly', 1.5)).toThrow(RangeError);
  });
});
