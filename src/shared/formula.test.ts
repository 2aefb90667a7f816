import { describe, expect, it } from 'vitest';
import { evaluateFormula, FormulaError, formulaReferences, parseFormula } from './formula.ts';

const values = new Map([
  ['CDS.08', 408984],
  ['DAN_SO', 3_760_000],
  ['A', 10],
  ['B', 0],
]);

describe('formulas of derived indicators', () => {
  it('computes a ratio of two reported counts with precedence and parentheses', () => {
    const f = parseFormula('CDS.08 / DAN_SO * 100');
    expect(evaluateFormula(f, values)).toBeCloseTo(10.877, 3);
    expect(evaluateFormula(parseFormula('(A + 2) * 3 - -1'), values)).toBe(37);
    expect(evaluateFormula(parseFormula('A / 4,5'), values)).toBeCloseTo(2.222, 3);
  });
  it('lists the indicators it reads', () => {
    expect(formulaReferences(parseFormula('CDS.08 / DAN_SO * 100 + CDS.08'))).toEqual(['CDS.08', 'DAN_SO']);
  });
  it('gives no value when an input is missing or divides by zero', () => {
    expect(evaluateFormula(parseFormula('A / B'), values)).toBeNull();
    expect(evaluateFormula(parseFormula('A + KHONG_CO'), values)).toBeNull();
  });
  it.each([
    ['', 'Công thức trống.'],
    ['A +', 'Công thức chưa kết thúc (thiếu số hoặc mã chỉ tiêu).'],
    ['(A + 1', 'Thiếu dấu ")".'],
    ['A ) 2', 'Không mong đợi ")" ở vị trí 3.'],
    ['A % 2', 'Ký tự không hợp lệ ở vị trí 2: "%"'],
  ])('explains what is wrong with %j', (source, message) => {
    expect(() => parseFormula(source)).toThrow(FormulaError);
    expect(() => parseFormula(source)).toThrow(message);
  });
});
