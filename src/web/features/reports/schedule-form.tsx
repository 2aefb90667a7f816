import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { TextAreaField } from '../../lib/ui/text-area-field.tsx';
import { UnitCodeField } from '../../lib/ui/unit-code-field.tsx';
import { fieldErrors, periodKindLabel, splitRecipients } from './report-labels.ts';
import { createSchedule, schedulePeriodKinds, type Plan, type ReportSchedule } from './reports.api.ts';
import { reportsText } from './reports.i18n.ts';

const FIELDS = ['unitCode', 'periodKind', 'dayOfMonth', 'recipients', 'planCode'] as const;
type Kind = (typeof schedulePeriodKinds)[number];

type Props = { defaultUnit: string; plans: Plan[]; onCreated: (schedule: ReportSchedule) => void };

/** A unit, a period kind, the day of the month and who receives the report. */
export function ScheduleForm({ defaultUnit, plans, onCreated }: Props) {
  const text = useText(reportsText);
  const [form, setForm] = useState({
    unitCode: defaultUnit,
    periodKind: 'monthly' as Kind,
    dayOfMonth: '15',
    recipients: '',
    planCode: '',
  });
  const [error, setError] = useState<ApiError>();
  const [isBusy, setBusy] = useState(false);
  const { messageOf, shownFields } = fieldErrors(error, FIELDS);
  const set = (change: Partial<typeof form>) => setForm((current) => ({ ...current, ...change }));
  const isWeekly = form.periodKind === 'weekly';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const day = form.dayOfMonth.trim();
      const schedule = await createSchedule({
        unitCode: form.unitCode.trim(),
        periodKind: form.periodKind,
        // Sent as typed: the server answers "1 to 28" in Vietnamese next to the field.
        dayOfMonth: isWeekly || day === '' ? undefined : Number(day),
        recipients: splitRecipients(form.recipients),
        planCode: form.planCode || undefined,
      });
      set({ recipients: '' });
      onCreated(schedule);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form form--grid" onSubmit={handleSubmit} noValidate aria-busy={isBusy}>
      <div className="form__full">
        <ErrorAlert error={error} shownFields={shownFields} />
      </div>
      <UnitCodeField
        label={text.unitCode}
        value={form.unitCode}
        onChange={(unitCode) => set({ unitCode })}
        error={messageOf('unitCode')}
      />
      <SelectField
        label={text.periodKind}
        value={form.periodKind}
        onChange={(event) => set({ periodKind: event.target.value as Kind })}
        error={messageOf('periodKind')}
      >
        {schedulePeriodKinds.map((kind) => (
          <option key={kind} value={kind}>
            {periodKindLabel(text, kind)}
          </option>
        ))}
      </SelectField>
      {!isWeekly && (
        <TextField
          label={text.dayOfMonth}
          hint={text.dayOfMonthHint}
          type="number"
          inputMode="numeric"
          min={1}
          max={28}
          value={form.dayOfMonth}
          onChange={(event) => set({ dayOfMonth: event.target.value })}
          error={messageOf('dayOfMonth')}
        />
      )}
      <SelectField
        label={text.plan}
        value={form.planCode}
        onChange={(event) => set({ planCode: event.target.value })}
        error={messageOf('planCode')}
      >
        <option value="">{text.planDefault}</option>
        {plans.map((plan) => (
          <option key={plan.code} value={plan.code}>
            {plan.code} – {plan.title}
          </option>
        ))}
      </SelectField>
      <div className="form__full">
        <TextAreaField
          label={text.recipients}
          hint={text.recipientsHint}
          rows={3}
          value={form.recipients}
          onChange={(event) => set({ recipients: event.target.value })}
          error={messageOf('recipients')}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="form__full form__actions">
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? text.adding : text.addSchedule}
        </button>
      </div>
    </form>
  );
}
