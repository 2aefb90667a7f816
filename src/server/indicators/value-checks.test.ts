import { describe, expect, it } from 'vitest';
import { checkValue, type ValueRules } from './value-checks.ts';

const percent: ValueRules = {
  name: 'Tỷ lệ hồ sơ trực tuyến',
  unitOfMeasure: '%',
  kind: 'point',
  minValue: 0,
  maxValue: 100,
};
const count: ValueRules = {
  name: 'Số bộ dữ liệu mở',
  unitOfMeasure: 'bộ',
  kind: 'cumulative',
  minValue: 0,
  maxValue: null,
};

describe('checkValue', () => {
  it('refuses a percentage of 130, naming the indicator and the limit', () => {
    expect(checkValue(percent, 130, [], null).errors).toEqual([
      {
        field: 'body.value',
        message: 'Giá trị của chỉ tiêu "Tỷ lệ hồ sơ trực tuyến" phải từ 0 đến 100 (%); đã nhập 130.',
      },
    ]);
  });
  it('asks for an explanation when a cumulative count falls, and accepts one', () => {
    expect(checkValue(count, 150, [120, 158], null).errors[0]!.field).toBe('body.explanation');
    expect(checkValue(count, 150, [120, 158], 'Rà soát loại bỏ 8 bộ trùng lặp').errors).toEqual([]);
  });
  it('flags a value far outside the unit’s history without refusing it', () => {
    const result = checkValue(count, 5000, [120, 130, 140, 158], null);
    expect(result.errors).toEqual([]);
    expect(result.warnings[0]).toContain('khác xa số liệu trước đây');
    expect(checkValue(count, 165, [120, 130, 140, 158], null).warnings).toEqual([]);
  });
});
