import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../../../shared/api/indicators.ts';
import { approvedPoints, endedPeriods, lastApprovedValue, supersededIds } from './value-series.ts';

let nextId = 1;
const value = (periodEnd: string, v: number, extra: Partial<IndicatorValue> = {}): IndicatorValue => ({
  id: nextId++,
  indicatorCode: 'CDS.06',
  unitCode: '38',
  periodEnd,
  value: v,
  version: 1,
  status: 'approved',
  source: 'form',
  comment: null,
  submittedOn: periodEnd,
  reviewedOn: periodEnd,
  reviewReason: null,
  warnings: [],
  ...extra,
});

describe('approved series', () => {
  const first = value('2025-06-14', 50);
  const second = value('2025-12-14', 60);
  const correction = value('2025-12-14', 58, { version: 2, reviewedOn: '2026-02-01' });
  const pending = value('2026-06-14', 40, { status: 'submitted', reviewedOn: null });
  const history = [pending, correction, second, first];

  it('keeps the highest approved version per period, oldest first', () => {
    expect(approvedPoints(history)).toEqual([
      { on: '2025-06-14', value: 50 },
      { on: '2025-12-14', value: 58 },
    ]);
    expect(lastApprovedValue(history)).toBe(58);
    expect([...supersededIds(history)]).toEqual([second.id]);
  });

  it('as of a date, counts only what had been approved by then', () => {
    expect(approvedPoints(history, '2026-01-01')).toEqual([
      { on: '2025-06-14', value: 50 },
      { on: '2025-12-14', value: 60 },
    ]);
    expect(lastApprovedValue([pending])).toBeNull();
  });
});

describe('endedPeriods', () => {
  it('lists the six-month periods cut on the 15th that have ended, newest first', () => {
    expect(endedPeriods('six-month', '2026-11-25', 3)?.map((p) => [p.end, p.label])).toEqual([
      ['2026-06-14', '6 tháng đầu năm 2026'],
      ['2025-12-14', '6 tháng cuối năm 2025'],
      ['2025-06-14', '6 tháng đầu năm 2025'],
    ]);
  });

  it('counts a period ending today as ended and knows only the server’s kinds', () => {
    expect(endedPeriods('monthly', '2026-07-14', 1)?.[0]?.end).toBe('2026-07-14');
    expect(endedPeriods('weekly', '2026-07-14', 1)).toBeNull();
  });
});
