import { describe, expect, it } from 'vitest';
import { foldForSearch } from './text.ts';

describe('foldForSearch', () => {
  it.each([
    ['Thanh Hóa', 'thanh hoa'],
    ['Tỉnh Thái Nguyên', 'tinh thai nguyen'],
    ['Đặc khu Phú Quốc', 'dac khu phu quoc'],
    ['  Phường   Hạc  Thành ', 'phuong hac thanh'],
    ['THANH HOÁ', 'thanh hoa'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
  it('handles decomposed (NFD) input the same as composed', () => {
    expect(foldForSearch('Thanh Hóa'.normalize('NFD'))).toBe('thanh hoa');
  });
});
