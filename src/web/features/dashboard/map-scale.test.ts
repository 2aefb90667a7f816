import { describe, expect, it } from 'vitest';
import { shadeOf, valueClasses } from './map-scale.ts';

describe('valueClasses', () => {
  it('cuts the range into five equal classes, darkest for the highest when higher is better', () => {
    const classes = valueClasses([0, 10, 20, 30, 40, 50, 100], 'higher');
    expect(classes.map((c) => [c.from, c.to, c.shade])).toEqual([
      [80, 100, 4],
      [60, 80, 3],
      [40, 60, 2],
      [20, 40, 1],
      [0, 20, 0],
    ]);
    expect(shadeOf(classes, 100)).toBe(4);
    expect(shadeOf(classes, 80)).toBe(4);
    expect(shadeOf(classes, 79.9)).toBe(3);
    expect(shadeOf(classes, 0)).toBe(0);
    expect(shadeOf(classes, 101)).toBeNull();
  });

  it('turns the scale round when lower is better', () => {
    const classes = valueClasses([1, 2, 3, 4, 5, 6], 'lower');
    expect(shadeOf(classes, 1)).toBe(4);
    expect(shadeOf(classes, 6)).toBe(0);
    expect(classes[0]!.from).toBe(1);
  });

  it('makes as many classes as distinct values, spread over the whole scale', () => {
    expect(valueClasses([60, 80, 60], 'higher').map((c) => [c.from, c.to, c.shade])).toEqual([
      [70, 80, 4],
      [60, 70, 0],
    ]);
    expect(valueClasses([42, 42], 'higher')).toEqual([{ from: 42, to: 42, shade: 2 }]);
    expect(shadeOf(valueClasses([42], 'higher'), 42)).toBe(2);
    expect(valueClasses([], 'higher')).toEqual([]);
  });
});
