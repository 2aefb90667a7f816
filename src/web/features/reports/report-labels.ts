import type { ApiError } from '../../lib/api-client.ts';
import type { ReportPeriodKind } from './reports.api.ts';
import type { reportsText } from './reports.i18n.ts';

type Text = (typeof reportsText)['vi'];

export function periodKindLabel(text: Text, kind: ReportPeriodKind): string {
  const labels: Record<ReportPeriodKind, string> = {
    weekly: text.kindWeekly,
    monthly: text.kindMonthly,
    quarterly: text.kindQuarterly,
    half_year: text.kindHalfYear,
    annual: text.kindAnnual,
    as_of: text.kindAsOf,
  };
  return labels[kind];
}

/**
 * The messages for one form field, including those on its items (`body.recipients.1`), and the names
 * of every field shown next to its control, so the error box does not repeat them.
 */
export function fieldErrors(error: ApiError | undefined, fields: readonly string[]) {
  const messages = (field: string) =>
    error?.details
      .filter((d) => d.field === `body.${field}` || d.field?.startsWith(`body.${field}.`))
      .map((d) => d.message)
      .join(' ') || undefined;
  const shown = (error?.details ?? [])
    .map((d) => d.field?.replace(/^body\./, ''))
    .filter((field): field is string => !!field && fields.some((f) => field === f || field.startsWith(`${f}.`)));
  return { messageOf: messages, shownFields: shown };
}

/** "a@x.vn, b@y.vn\nc@z.vn" → ['a@x.vn', 'b@y.vn', 'c@z.vn'] */
export const splitRecipients = (value: string) =>
  value
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter(Boolean);
