import { formatNumber } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n.ts';

// Rounded up, so a file just over a limit (20.03 MB against 20 MB) never reads as the limit itself.
const round1 = (value: number) => Math.ceil(value * 10) / 10;

/** 48 → `48 byte`, 1536 → `1,5 KB`, 2621440 → `2,5 MB` (English: `1.5 KB`); binary units, one decimal. */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} ${lang === 'en' && bytes !== 1 ? 'bytes' : 'byte'}`;
  const kb = bytes / 1024;
  if (round1(kb) < 1024) return `${formatNumber(round1(kb), lang)} KB`;
  return `${formatNumber(round1(kb / 1024), lang)} MB`;
}
