/**
 * Vietnamese number and date writing for documents the server produces (reports, e-mails): a dot
 * groups thousands, a comma starts decimals (408.984; 94,12%). Written by hand rather than with
 * Intl, so a report never changes with the ICU data of the Node build that renders it.
 */

/** 408984 → '408.984'; 94.123 → '94,12'; trailing zeros dropped (25.50 → '25,5'); −0 → '0'. */
export function formatViNumber(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** maxFractionDigits;
  const magnitude = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', fraction = ''] = magnitude.toFixed(maxFractionDigits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = fraction.replace(/0+$/, '');
  const sign = value < 0 && magnitude !== 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** A value already in percent: 94.12 → '94,12%'. */
export function formatViPercent(value: number, maxFractionDigits = 2): string {
  return `${formatViNumber(value, maxFractionDigits)}%`;
}

/** A quantity with its unit of measure: (25, '%') → '25%', (16, 'đề tài') → '16 đề tài'. */
export function formatViQuantity(value: number, unitOfMeasure: string): string {
  const unit = unitOfMeasure.trim();
  if (unit === '') return formatViNumber(value);
  return unit.startsWith('%') ? `${formatViNumber(value)}${unit}` : `${formatViNumber(value)} ${unit}`;
}

/**
 * The date line of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): days below 10 and
 * the months 1 and 2 take a leading zero. '2026-02-05' → 'ngày 05 tháng 02 năm 2026'.
 */
export function formatDocumentDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}
