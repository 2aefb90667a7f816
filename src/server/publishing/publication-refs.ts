import { publicFigures, type PublicationKind, type PublicFigure } from '../../shared/api/publishing.ts';

/** What a publication's `refKey` names, parsed (formats in src/shared/api/publishing.ts). */
export type PublicationRef =
  | { kind: 'unit'; unitCode: string }
  | { kind: 'indicator'; planCode: string; indicatorCode: string }
  | { kind: 'figure'; figure: PublicFigure; unitCode: string };

const isFigure = (value: string): value is PublicFigure => (publicFigures as readonly string[]).includes(value);

/**
 * Parses a refKey; a message saying what is wrong otherwise. Indicator codes never contain ':'
 * (their pattern is letters, digits, dots), so the last ':' splits plan from indicator even when a
 * plan code holds one.
 */
export function parseRef(kind: PublicationKind, refKey: string): PublicationRef | { error: string } {
  const key = refKey.trim();
  if (kind === 'unit') {
    return /^[^\s:]+$/.test(key) ? { kind, unitCode: key } : { error: 'Mã đơn vị không hợp lệ.' };
  }
  if (kind === 'indicator') {
    const at = key.lastIndexOf(':');
    const planCode = key.slice(0, at).trim();
    const indicatorCode = key.slice(at + 1).trim();
    if (at < 0 || !planCode || !indicatorCode) {
      return { error: 'Chỉ tiêu ghi dạng "mã kế hoạch:mã chỉ tiêu", ví dụ 266-KH/TU:CDS.01.' };
    }
    return { kind, planCode, indicatorCode };
  }
  const at = key.indexOf(':');
  const figure = key.slice(0, at);
  const unitCode = key.slice(at + 1).trim();
  if (at < 0 || !unitCode) return { error: 'Số liệu ghi dạng "tên bộ số liệu:mã đơn vị", ví dụ task_stats:38.' };
  if (!isFigure(figure)) return { error: `Bộ số liệu phải là một trong: ${publicFigures.join(', ')}.` };
  return { kind, figure, unitCode };
}

export function refKeyOf(ref: PublicationRef): string {
  if (ref.kind === 'unit') return ref.unitCode;
  if (ref.kind === 'indicator') return indicatorKey(ref.planCode, ref.indicatorCode);
  return figureKey(ref.figure, ref.unitCode);
}

export const indicatorKey = (planCode: string, indicatorCode: string) => `${planCode}:${indicatorCode}`;
export const figureKey = (figure: PublicFigure, unitCode: string) => `${figure}:${unitCode}`;

export const figureLabels: Record<PublicFigure, string> = {
  task_stats: 'Số liệu nhiệm vụ',
  ranking: 'Xếp hạng',
  indicator_stats: 'Đánh giá chỉ tiêu (mức cảnh báo, dự báo)',
};
