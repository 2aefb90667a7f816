import type { IndicatorValue } from '../../../shared/api/indicators.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { Band } from './indicators.api.ts';

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

export const bands: readonly Band[] = ['green', 'orange', 'red', 'grey'];
/** The early-warning bands of domain brief §5, worded as the steering committee reads them. */
export const bandLabels: Labels<Band> = {
  green: { vi: 'Đúng tiến độ', en: 'On track' },
  orange: { vi: 'Cần chú ý', en: 'Needs attention' },
  red: { vi: 'Nguy cơ không đạt', en: 'At risk of missing' },
  grey: { vi: 'Chưa đánh giá', en: 'Not assessed yet' },
};

export type Tier = 'strategic' | 'operational';
export const tiers: readonly Tier[] = ['strategic', 'operational'];
export const tierLabels: Labels<Tier> = {
  strategic: { vi: 'Chiến lược', en: 'Strategic' },
  operational: { vi: 'Tác nghiệp', en: 'Operational' },
};

export const kindLabels: Labels<'point' | 'cumulative' | 'period'> = {
  point: { vi: 'Giá trị tại thời điểm', en: 'Value at a date' },
  cumulative: { vi: 'Lũy kế', en: 'Cumulative' },
  period: { vi: 'Giá trị trong kỳ', en: 'Value within the period' },
};

export const periodLabels: Labels<'daily' | 'monthly' | 'quarterly' | 'six-month' | 'annual'> = {
  daily: { vi: 'Hằng ngày', en: 'Daily' },
  monthly: { vi: 'Hằng tháng', en: 'Monthly' },
  quarterly: { vi: 'Hằng quý', en: 'Quarterly' },
  'six-month': { vi: '6 tháng', en: 'Six-monthly' },
  annual: { vi: 'Hằng năm', en: 'Yearly' },
};

export const directionLabels: Labels<'higher' | 'lower'> = {
  higher: { vi: 'Càng cao càng tốt', en: 'Higher is better' },
  lower: { vi: 'Càng thấp càng tốt', en: 'Lower is better' },
};

export const valueStatusLabels: Labels<IndicatorValue['status']> = {
  submitted: { vi: 'Chờ duyệt', en: 'Awaiting review' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
};

export const sourceLabels: Labels<'form' | 'import' | 'api' | 'seed'> = {
  form: { vi: 'Nhập trên biểu mẫu', en: 'Entered in the form' },
  import: { vi: 'Nhập từ tệp', en: 'Imported from a file' },
  api: { vi: 'Kết nối tự động', en: 'Pushed by a system' },
  seed: { vi: 'Dữ liệu ban đầu', en: 'Initial data' },
};

/** Labels for values that arrive as plain strings; an unknown value is shown as it came. */
export function labelOf<K extends string>(labels: Labels<K>, value: string | null, lang: Lang): string {
  if (value === null) return '';
  return value in labels ? labels[value as K][lang] : value;
}
