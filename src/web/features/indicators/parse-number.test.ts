import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from './parse-number.ts';

describe('parseLocaleNumber', () => {
  it('reads Vietnamese decimals and thousands', () => {
    expect(parseLocaleNumber('94,12', 'vi')).toBe(94.12);
    expect(parseLocaleNumber('408.984', 'vi')).toBe(408984);
    expect(parseLocaleNumber('1.234.567,5', 'vi')).toBe(1234567.5);
    expect(parseLocaleNumber('408 984', 'vi')).toBe(408984);
    expect(parseLocaleNumber(' 25 ', 'vi')).toBe(25);
    expect(parseLocaleNumber('−1,5', 'vi')).toBe(-1.5);
  });

  it('reads a separator that cannot group thousands as the decimal point', () => {
    expect(parseLocaleNumber('94.12', 'vi')).toBe(94.12);
    expect(parseLocaleNumber('94,12', 'en')).toBe(94.12);
    expect(parseLocaleNumber('0,5', 'vi')).toBe(0.5);
  });

  it('reads English thousands and decimals', () => {
    expect(parseLocaleNumber('408,984', 'en')).toBe(408984);
    expect(parseLocaleNumber('1,234,567.5', 'en')).toBe(1234567.5);
    expect(parseLocaleNumber('94.12', 'en')).toBe(94.12);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'abc', '12a', '1,2,3', '1.23.4', '1,234.5.6', '.', '--1', '1 2,3,4']) {
      expect(parseLocaleNumber(text, 'vi')).toBeNull();
    }
  });
});
