import { describe, expect, it } from 'vitest';
import { formatDocumentDate, formatViNumber, formatViPercent, formatViQuantity } from './vi-format.ts';

describe('formatViNumber', () => {
  it.each([
    [408984, '408.984'],
    [2_600_000, '2.600.000'],
    [611221, '611.221'],
    [94.12, '94,12'],
    [41.666666, '41,67'],
    [25.5, '25,5'],
    [25, '25'],
    [0, '0'],
    [-2.5, '-2,5'],
    [-0.001, '0'],
    [999.999, '1.000'],
  ])('writes %s as %s', (value, expected) => {
    expect(formatViNumber(value)).toBe(expected);
  });
  it('takes the number of decimals', () => {
    expect(formatViNumber(41.666, 1)).toBe('41,7');
    expect(formatViNumber(1234.5, 0)).toBe('1.235');
  });
});

describe('formatViPercent and formatViQuantity', () => {
  it('writes percentages and quantities as the articles do', () => {
    expect(formatViPercent(94.12)).toBe('94,12%');
    expect(formatViPercent(98.13)).toBe('98,13%');
    expect(formatViQuantity(25, '%')).toBe('25%');
    expect(formatViQuantity(16, 'đề tài')).toBe('16 đề tài');
    expect(formatViQuantity(408984, 'tài khoản')).toBe('408.984 tài khoản');
    expect(formatViQuantity(3, '')).toBe('3');
  });
});

describe('formatDocumentDate', () => {
  it('pads days below 10 and the months 1 and 2, as Decree 30 asks', () => {
    expect(formatDocumentDate('2025-07-25')).toBe('ngày 25 tháng 7 năm 2025');
    expect(formatDocumentDate('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatDocumentDate('2025-12-01')).toBe('ngày 01 tháng 12 năm 2025');
  });
});
