import type { Lang } from './i18n.ts';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** `2025-07-01` or an ISO timestamp → `01/07/2025` (both languages use day/month/year). */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locales[lang], { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

/** `2025-07-25` → `25/7/2025`: day and month without leading zeros, as Vietnamese documents write dates. */
export function formatDay(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'numeric', year: 'numeric' }).format(date);
}

/** A value already in percent (94.12) → `94,12%` in Vietnamese, `94.12%` in English; null → `–`. */
export function formatPercent(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined) return '–';
  return `${new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits }).format(value)}%`;
}
