import { describe, expect, it } from 'vitest';
import { layoutChart, niceTicks } from './chart-geometry.ts';

const box = { width: 300, height: 160, left: 40, right: 10, top: 10, bottom: 30 };

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten and covers the range', () => {
    expect(niceTicks(0, 60)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(0, 98.13)).toEqual([0, 50, 100]);
    expect(niceTicks(0, 408984)).toEqual([0, 200000, 400000, 600000]);
  });
});

describe('layoutChart', () => {
  it('puts the first point on the left, the last on the right, zero at the bottom', () => {
    const chart = layoutChart(
      [
        { on: '2025-06-14', value: 22.5 },
        { on: '2025-12-14', value: 25 },
      ],
      60,
      box,
    );
    expect(chart.points.map((p) => p.x)).toEqual([40, 290]);
    expect(chart.ticks[0]).toEqual({ value: 0, y: 130 });
    expect(chart.targetY).toBe(10);
    expect(chart.points[1]!.y).toBeCloseTo(130 - (25 / 60) * 120);
  });

  it('centres a single point', () => {
    expect(layoutChart([{ on: '2025-12-14', value: 4 }], null, box).points[0]!.x).toBe(165);
  });
});
