import { formatVietnameseDate } from '../../shared/dates.ts';
import { periodOf, type PeriodKind } from '../../shared/indicator-math.ts';
/** Checks on a submitted value, with messages that name the indicator and the limit. */
export type ValueRules = {
  name: string;
  unitOfMeasure: string;
  kind: string;
  minValue: number | null;
  maxValue: number | null;
};
export type CheckResult = { errors: { field: string; message: string }[]; warnings: string[] };

const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 4 });

export function checkValue(
  rules: ValueRules,
  value: number,
  history: number[],
  explanation: string | null | undefined,
): CheckResult {
  const errors: CheckResult['errors'] = [];
  const warnings: string[] = [];
  const { minValue: min, maxValue: max } = rules;
  if ((min !== null && value < min) || (max !== null && value > max)) {
    const range =
      min !== null && max !== null
        ? `từ ${fmt(min)} đến ${fmt(max)}`
        : min !== null
          ? `từ ${fmt(min)} trở lên`
          : `không quá ${fmt(max!)}`;
    errors.push({
      field: 'body.value',
      message: `Giá trị của chỉ tiêu "${rules.name}" phải ${range} (${rules.unitOfMeasure}); đã nhập ${fmt(value)}.`,
    });
  }
  const last = history.at(-1);
  // A cumulative count only grows; a fall is possible (a correction, a re-count) but must be explained.
  if (rules.kind === 'cumulative' && last !== undefined && value < last && !explanation?.trim()) {
    errors.push({
      field: 'body.explanation',
      message: `Chỉ tiêu lũy kế giảm từ ${fmt(last)} xuống ${fmt(value)}: vui lòng giải thích lý do.`,
    });
  }
  if (history.length >= 3) {
    const mean = history.reduce((a, b) => a + b, 0) / history.length;
    const sd = Math.sqrt(history.reduce((a, b) => a + (b - mean) ** 2, 0) / history.length);
    const spread = Math.max(sd, Math.abs(mean) * 0.1, 1e-9);
    if (Math.abs(value - mean) > 3 * spread) {
      warnings.push(
        `Giá trị ${fmt(value)} khác xa số liệu trước đây của đơn vị (trung bình ${fmt(mean)}); hãy kiểm tra lại.`,
      );
    }
  }
  return { errors, warnings };
}

/** The refusal of a second value for a period whose first still waits for review (form, API and import). */
export const VALUE_PENDING_MESSAGE =
  'Kỳ này đã có số liệu đang chờ duyệt; hãy chờ duyệt hoặc trả lại trước khi gửi số liệu mới.';

/** The period a value is for must be one of the indicator's periods, and over by `today`. */
export function checkPeriodEnd(
  periodKind: PeriodKind,
  periodEnd: string,
  rules: { today: string; cutDay: number },
): { field: string; message: string } | null {
  const period = periodOf(periodEnd, periodKind, rules.cutDay);
  if (period.end !== periodEnd) {
    const message = `Ngày cuối kỳ không đúng: kỳ "${period.label}" kết thúc ngày ${formatVietnameseDate(period.end)}.`;
    return { field: 'body.periodEnd', message };
  }
  if (periodEnd > rules.today) return { field: 'body.periodEnd', message: 'Kỳ báo cáo chưa kết thúc.' };
  return null;
}

/** The stored comment: the reporter's note, then the explanation a large change asked for. */
export const storedComment = (comment: string | null | undefined, explanation: string | null | undefined) =>
  [comment, explanation && `Giải trình: ${explanation}`].filter(Boolean).join('\n') || null;
