import { vietnamDate } from '../../../shared/dates.ts';
import type { Lang } from '../../lib/i18n.ts';

/** Today's date in Vietnam ('YYYY-MM-DD'), the calendar the server counts deadlines in. */
export const vietnamToday = (): string => vietnamDate(new Date());

export const isIsoDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** 14:05:09, in the viewer's own clock: when the figures on screen were fetched. */
export function formatClock(at: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
