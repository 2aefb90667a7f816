import { describe, expect, it } from 'vitest';
import { changeOf, directionOf, gappedPath, percentScales, sharesOf, toneOf } from './dashboard-math.ts';

describe('changeOf', () => {
  it('rounds to hundredths and knows when there is nothing to compare', () => {
    expect(changeOf(79.17, 80.85)).toBe(-1.68);
    expect(changeOf(10, 4)).toBe(6);
    expect(changeOf(null, 4)).toBeNull();
    expect(changeOf(4, null)).toBeNull();
  });
});

describe('directionOf and toneOf', () => {
  it('reads more overdue tasks as bad news and a higher rate as good news', () => {
    expect(directionOf(-1.68)).toBe('down');
    expect(directionOf(0)).toBe('same');
    expect(toneOf(1, 'lower')).toBe('bad');
    expect(toneOf(-1, 'lower')).toBe('good');
    expect(toneOf(2, 'higher')).toBe('good');
    expect(toneOf(2, 'neutral')).toBe('neutral');
    expect(toneOf(0, 'higher')).toBe('neutral');
  });
});

describe('gappedPath', () => {
  it('breaks the line where a value is missing', () => {
    const { x, y } = percentScales({ width: 110, height: 110, left: 10, right: 0, top: 10, bottom: 0 }, 5);
    expect(x(0)).toBe(10);
    expect(x(4)).toBe(110);
    expect(y(100)).toBe(10);
    expect(y(0)).toBe(110);
    expect(gappedPath([null, 50, 100, null, 0], x, y)).toBe('M35.0 60.0L60.0 10.0 M110.0 110.0');
    expect(gappedPath([null, null], x, y)).toBe('');
  });
});

describe('sharesOf', () => {
  it('gives percent shares, or zeros for an empty total', () => {
    expect(sharesOf({ green: 1, red: 3 }, 4)).toEqual({ green: 25, red: 75 });
    expect(sharesOf({ green: 0, red: 0 }, 0)).toEqual({ green: 0, red: 0 });
  });
});
