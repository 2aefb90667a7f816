import { describe, expect, it } from 'vitest';
import { dateTicks, niceTicks } from './chart-geometry.ts';

describe('chart axes', () => {
  it('picks round value ticks that cover the range', () => {
    expect(niceTicks(20, 60)).toEqual([20, 30, 40, 50, 60]);
    expect(niceTicks(300000, 500000)).toEqual([300000, 350000, 400000, 450000, 500000]);
    expect(niceTicks(97.5, 99)).toEqual([97.5, 98, 98.5, 99]);
    expect(niceTicks(5, 5)).toEqual([4.5, 5, 5.5]);
  });

  it('puts date ticks on the first of January and July', () => {
    expect(dateTicks('2025-02-20', '2026-01-10')).toEqual(['2025-07-01', '2026-01-01']);
    expect(dateTicks('2020-01-01', '2030-12-31')).toHaveLength(11);
  });
});
