import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('file sizes, written as a Vietnamese reader expects', () => {
  it('uses a decimal comma and a thousands dot in Vietnamese', () => {
    expect(formatFileSize(48, 'vi')).toBe('48 byte');
    expect(formatFileSize(1536, 'vi')).toBe('1,5 KB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'vi')).toBe('2,5 MB');
    expect(formatFileSize(1200 * 1024 * 1024, 'vi')).toBe('1.200 MB');
  });

  it('uses a decimal point in English and rounds up to one decimal', () => {
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(1000, 'en')).toBe('1,000 bytes');
    expect(formatFileSize(20 * 1024 * 1024, 'en')).toBe('20 MB');
    expect(formatFileSize(1024 * 1023.99, 'en')).toBe('1 MB');
    expect(formatFileSize(21_000_000, 'en')).toBe('20.1 MB');
  });
});
