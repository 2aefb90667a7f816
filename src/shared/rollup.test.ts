import { describe, expect, it } from 'vitest';
import { rollUp } from './rollup.ts';

describe('rollUp', () => {
  it('sums counts, averages rates, takes extremes', () => {
    expect(rollUp('sum', [3, 4, 5])).toBe(12);
    expect(rollUp('average', [90, 95])).toBe(92.5);
    expect(rollUp('weighted_average', [90, 95, 100])).toBe(95);
    expect(rollUp('min', [3, 1])).toBe(1);
    expect(rollUp('max', [3, 1])).toBe(3);
  });
  it('gives nothing for a non-aggregatable indicator or no sub-unit values', () => {
    expect(rollUp('none', [1, 2])).toBeNull();
    expect(rollUp('sum', [])).toBeNull();
  });
});
