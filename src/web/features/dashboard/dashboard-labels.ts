import type { Lang } from '../../lib/i18n.ts';
import type { WarningKind } from './dashboard.api.ts';

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

/*
 * Pillar and band labels as the tasks and indicators features word them; copied, because features do not
 * import each other and shared/api/tasks.ts would pull zod into the bundle.
 */
export type Pillar = 'KHCN' | 'DMST' | 'CDS';
export const pillarOrder: readonly Pillar[] = ['KHCN', 'DMST', 'CDS'];
/** Position of a pillar in the usual order; an unknown one goes last. */
export function pillarRank(pillar: string): number {
  const index = pillarOrder.findIndex((known) => known === pillar);
  return index < 0 ? pillarOrder.length : index;
}

export const pillarLabels: Labels<Pillar> = {
  KHCN: { vi: 'Khoa học, công nghệ', en: 'Science & technology' },
  DMST: { vi: 'Đổi mới sáng tạo', en: 'Innovation' },
  CDS: { vi: 'Chuyển đổi số', en: 'Digital transformation' },
};

export type Band = 'green' | 'orange' | 'red' | 'grey';
export const bandOrder: readonly Band[] = ['green', 'orange', 'red', 'grey'];
export const bandLabels: Labels<Band> = {
  green: { vi: 'Đúng tiến độ', en: 'On track' },
  orange: { vi: 'Cần chú ý', en: 'Needs attention' },
  red: { vi: 'Nguy cơ', en: 'At risk' },
  grey: { vi: 'Chưa đánh giá', en: 'Not assessed' },
};

export const warningLabels: Labels<WarningKind> = {
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  near_deadline: { vi: 'Sắp đến hạn', en: 'Near deadline' },
  missing_report: { vi: 'Chưa báo cáo', en: 'Report missing' },
  red_indicator: { vi: 'Chỉ tiêu có nguy cơ không đạt', en: 'Indicator at risk' },
  explanation_pending: { vi: 'Chờ giải trình', en: 'Explanation awaited' },
};

/** Labels for values that arrive as plain strings; an unknown value is shown as it came. */
export function labelOf<K extends string>(labels: Labels<K>, value: string, lang: Lang): string {
  return value in labels ? labels[value as K][lang] : value;
}
