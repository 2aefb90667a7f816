import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { IndicatorValue } from '../../../shared/api/indicators.ts';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { checkEntry, type EntryCheck } from './entry-checks.ts';
import { formatAmount, formatMeasure } from './indicator-format.ts';
import { recordValue } from './indicator-values.api.ts';
import type { Indicator } from './indicators.api.ts';
import { TextAreaField } from '../../lib/ui/text-area-field.tsx';
import { vietnamToday } from './today.ts';
import { valueEntryText } from './value-entry.i18n.ts';
import { endedPeriods, lastApprovedValue } from './value-series.ts';

type Props = {
  indicator: Indicator;
  unit: { code: string; fullName: string };
  values: IndicatorValue[];
  onSent: () => void;
};

const serverFields = ['periodEnd', 'value', 'explanation', 'comment'] as const;
type Sent = { message: string; warnings: string[] };

/**
 * Data entry for one period. The value is checked as it is typed (number format, range, a falling
 * cumulative count); the server checks again and its messages appear beside the same fields.
 */
export function ValueEntryForm({ indicator, unit, values, onSent }: Props) {
  const text = useText(valueEntryText);
  const { lang } = useLang();
  const today = vietnamToday();
  const periods = endedPeriods(indicator.period, today, 8);
  const [form, setForm] = useState({ periodEnd: periods?.[0]?.end ?? '', value: '', explanation: '', comment: '' });
  const [hasTriedSubmit, setTriedSubmit] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [isBusy, setBusy] = useState(false);
  const [sent, setSent] = useState<Sent>();
  const formRef = useRef<HTMLFormElement>(null);
  const sentRef = useRef<HTMLDivElement>(null);

  const lastApproved = lastApprovedValue(values);
  const check = checkEntry(indicator, lastApproved, { valueText: form.value, explanation: form.explanation, lang });
  const measure = (value: number) => formatMeasure(value, indicator.unitOfMeasure, lang);
  const samePeriod = values.filter((value) => value.periodEnd === form.periodEnd);
  const pending = samePeriod.find((value) => value.status === 'submitted');
  const approved = samePeriod.find((value) => value.status === 'approved');

  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => {
    setForm((current) => ({ ...current, [name]: event.target.value }));
    setError(undefined);
    setSent(undefined);
  };

  // After a refused submit, take the keyboard to the first field that needs attention.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTriedSubmit(true);
    if (check.valueProblem || check.explanationProblem || check.value === null || !form.periodEnd) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const created = await recordValue(indicator.id, {
        unitCode: unit.code,
        periodEnd: form.periodEnd,
        value: check.value,
        comment: form.comment.trim() || null,
        explanation: check.needsExplanation ? form.explanation.trim() : null,
      });
      setSent({
        message: text.sent(formatDay(created.periodEnd, lang), measure(created.value)),
        warnings: created.warnings,
      });
      setForm((current) => ({ ...current, value: '', explanation: '', comment: '' }));
      setTriedSubmit(false);
      onSent();
    } catch (caught) {
      setError(toApiError(caught));
      setFocusRequest((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  function valueMessage(entry: EntryCheck, typed: string, isSubmitted: boolean): string | undefined {
    if (entry.valueProblem === 'required') return isSubmitted ? text.valueRequired : undefined;
    if (entry.valueProblem === 'notNumber') return text.valueNotNumber;
    if (entry.valueProblem === 'outOfRange' && entry.value !== null) {
      const { minValue: min, maxValue: max } = indicator;
      const n = (value: number) => formatAmount(value, lang);
      const range =
        min !== null && max !== null
          ? text.rangeBoth(n(min), n(max))
          : min !== null
            ? text.rangeMin(n(min))
            : text.rangeMax(n(max!));
      return text.valueOutOfRange(indicator.name, range, indicator.unitOfMeasure, typed.trim());
    }
    return undefined;
  }

  const valueError = error?.fieldMessage('value') ?? valueMessage(check, form.value, hasTriedSubmit);
  const explanationError =
    error?.fieldMessage('explanation') ??
    (hasTriedSubmit && check.explanationProblem ? text.explanationRequired : undefined);

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate aria-describedby="ind-entry-intro">
      <p id="ind-entry-intro" className="muted">
        {text.intro} {text.forUnit(`${unit.fullName} (${unit.code})`)}
      </p>
      {sent && (
        <div ref={sentRef} tabIndex={-1} role="status" className="alert alert--success">
          <p className="alert__title">{sent.message}</p>
          {sent.warnings.length > 0 && (
            <>
              <p>{text.sentWarnings}</p>
              <ul className="alert__list">
                {sent.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <ErrorAlert error={error} shownFields={serverFields} />
      {hasTriedSubmit && !error && (check.valueProblem || check.explanationProblem) && (
        <p className="alert alert--error" role="alert">
          {text.fixFirst}
        </p>
      )}
      {periods ? (
        <SelectField
          label={text.period}
          hint={
            pending
              ? text.periodPending(measure(pending.value))
              : approved
                ? text.periodApproved(measure(approved.value))
                : text.periodHint
          }
          value={form.periodEnd}
          onChange={set('periodEnd')}
          error={error?.fieldMessage('periodEnd')}
        >
          {periods.map((period) => (
            <option key={period.end} value={period.end}>
              {text.periodOption(period.label, formatDay(period.start, lang), formatDay(period.end, lang))}
            </option>
          ))}
        </SelectField>
      ) : (
        <TextField
          label={text.periodDate}
          hint={text.periodHint}
          type="date"
          max={today}
          value={form.periodEnd}
          onChange={set('periodEnd')}
          error={error?.fieldMessage('periodEnd') ?? (hasTriedSubmit && !form.periodEnd ? text.periodHint : undefined)}
          required
        />
      )}
      <TextField
        label={text.value(indicator.unitOfMeasure)}
        hint={check.value !== null && !check.valueProblem ? text.valueReads(measure(check.value)) : text.valueHint}
        inputMode="decimal"
        autoComplete="off"
        value={form.value}
        onChange={set('value')}
        error={valueError}
        required
      />
      {check.needsExplanation && check.value !== null && lastApproved !== null && (
        <TextAreaField
          label={text.explanation}
          hint={text.explanationHint(formatAmount(lastApproved, lang), formatAmount(check.value, lang))}
          value={form.explanation}
          onChange={set('explanation')}
          error={explanationError}
          required
        />
      )}
      {!check.needsExplanation && explanationError && (
        <p className="field__error" role="alert">
          {explanationError}
        </p>
      )}
      <TextAreaField
        label={text.comment}
        hint={text.commentHint}
        value={form.comment}
        onChange={set('comment')}
        error={error?.fieldMessage('comment')}
      />
      <button type="submit" className="button button--primary" disabled={isBusy}>
        {isBusy ? text.sending : text.submit}
      </button>
    </form>
  );
}
