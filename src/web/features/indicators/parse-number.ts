import type { Lang } from '../../lib/i18n.ts';

/**
 * Reads a number as people type it. Vietnamese writes 408.984 for four hundred thousand and 94,12 for a
 * decimal; English the other way round. A lone separator that cannot be a thousands separator (94.12,
 * 94,12) is the decimal point in either language, so a value pasted from an English spreadsheet still
 * reads right; the form echoes how it read the number, so the remaining ambiguity is visible.
 * Returns null when the text is not a number.
 */
export function parseLocaleNumber(raw: string, lang: Lang): number | null {
  const text = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[+-]/, '');
  const { decimal, group } = separatorsOf(body, lang);
  const parts = decimal ? body.split(decimal) : [body];
  if (parts.length > 2) return null;
  const [whole = '', fraction] = parts;
  const wholeShape = group ? new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`) : /^\d*$/;
  if (!wholeShape.test(whole) || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  if (whole === '' && fraction === undefined) return null;
  const digits = `${whole.split(group ?? ' ').join('') || '0'}${fraction === undefined ? '' : `.${fraction}`}`;
  return sign * Number(digits);
}

type Separators = { decimal: '.' | ',' | null; group: '.' | ',' | null };

function separatorsOf(body: string, lang: Lang): Separators {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0)
    return lastDot > lastComma ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return { decimal: null, group: null };
  if (body.split(separator).length > 2) return { decimal: null, group: separator };
  const localGroup = lang === 'vi' ? '.' : ',';
  const digitsAfter = body.length - body.indexOf(separator) - 1;
  const isGrouping = separator === localGroup && digitsAfter === 3;
  return isGrouping ? { decimal: null, group: separator } : { decimal: separator, group: null };
}
