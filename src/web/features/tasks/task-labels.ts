import type { pillars, reportingCycles } from '../../../shared/api/tasks.ts';
import type { Lang } from '../../lib/i18n.ts';

export type Pillar = (typeof pillars)[number];
export type ReportingCycle = (typeof reportingCycles)[number];
type Labels<K extends string> = Record<K, { vi: string; en: string }>;

/*
 * The same labels as `pillarLabels` in shared/api/tasks.ts, kept here because that module builds zod
 * schemas at load time: importing a value from it would pull zod into the browser bundle.
 */
export const pillarOptions: readonly Pillar[] = ['KHCN', 'DMST', 'CDS'];
export const pillarLabels: Labels<Pillar> = {
  KHCN: { vi: 'Khoa học, công nghệ', en: 'Science & technology' },
  DMST: { vi: 'Đổi mới sáng tạo', en: 'Innovation' },
  CDS: { vi: 'Chuyển đổi số', en: 'Digital transformation' },
};

export const reportingCycleOptions: readonly ReportingCycle[] = ['daily', 'weekly', 'monthly', 'quarterly'];
export const reportingCycleLabels: Labels<ReportingCycle> = {
  daily: { vi: 'Hằng ngày', en: 'Daily' },
  weekly: { vi: 'Hằng tuần', en: 'Weekly' },
  monthly: { vi: 'Hằng tháng', en: 'Monthly' },
  quarterly: { vi: 'Hằng quý', en: 'Quarterly' },
};

/** Labels for values that arrive as plain strings; an unknown value is shown as it came. */
export function labelOf<K extends string>(labels: Labels<K>, value: string | null, lang: Lang): string {
  if (value === null) return '';
  return value in labels ? labels[value as K][lang] : value;
}
