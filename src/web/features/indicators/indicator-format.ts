import { formatNumber } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';

/** Computed values carry floating-point noise (14.120000000000005); two decimals is what the articles print. */
const round = (value: number) => Math.round(value * 100) / 100;

export const formatAmount = (value: number, lang: Lang) => formatNumber(round(value), lang);

/** A value with its unit of measure: `25%`, `408.984 tài khoản`. */
export function formatMeasure(value: number | null, unitOfMeasure: string, lang: Lang): string {
  if (value === null) return '–';
  const amount = formatAmount(value, lang);
  return unitOfMeasure === '%' ? `${amount}%` : `${amount} ${unitOfMeasure}`;
}

/** A change with its sign, as the articles write it: `+5`, `−1,5`, `0`. */
export function formatChange(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  const rounded = round(value);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(rounded), lang)}`;
}
