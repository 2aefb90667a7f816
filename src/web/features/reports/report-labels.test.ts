import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client.ts';
import { fieldErrors, periodKindLabel, splitRecipients } from './report-labels.ts';
import { reportsText } from './reports.i18n.ts';

describe('report form helpers', () => {
  it('splits recipients typed one per line or separated by commas', () => {
    expect(splitRecipients(' a@x.vn,b@y.vn\n\nc@z.vn ; ')).toEqual(['a@x.vn', 'b@y.vn', 'c@z.vn']);
  });

  it('shows item errors (body.recipients.1) next to their field and nowhere else', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu nhập chưa hợp lệ.', [
      { field: 'body.recipients.1', message: '"abc" không phải là địa chỉ e-mail hợp lệ' },
      { field: 'body.dayOfMonth', message: 'Ngày gửi phải từ 1 đến 28' },
      { field: 'body.other', message: 'Khác' },
    ]);
    const { messageOf, shownFields } = fieldErrors(error, ['recipients', 'dayOfMonth']);
    expect(messageOf('recipients')).toBe('"abc" không phải là địa chỉ e-mail hợp lệ');
    expect(messageOf('unitCode')).toBeUndefined();
    expect(shownFields).toEqual(['recipients.1', 'dayOfMonth']);
  });

  it('names every period kind in both languages', () => {
    expect(periodKindLabel(reportsText.vi, 'half_year')).toBe('6 tháng');
    expect(periodKindLabel(reportsText.en, 'as_of')).toBe('Up to a date');
  });
});
