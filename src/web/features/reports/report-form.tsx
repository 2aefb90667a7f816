import { useState, type FormEvent } from 'react';
import { vietnamDate } from '../../../shared/dates.ts';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { UnitCodeField } from '../../lib/ui/unit-code-field.tsx';
import { fieldErrors, periodKindLabel } from './report-labels.ts';
import { ReportFiles } from './report-files.tsx';
import { createReport, periodKinds, type Plan, type Report, type ReportPeriodKind } from './reports.api.ts';
import { reportsText } from './reports.i18n.ts';

const FIELDS = ['unitCode', 'periodKind', 'asOf', 'planCode'] as const;

type Props = { defaultUnit: string; plans: Plan[]; onCreated: () => void };

/** Unit, period kind, as-of date and plan; the new report's files are offered at once. */
export function ReportForm({ defaultUnit, plans, onCreated }: Props) {
  const text = useText(reportsText);
  const today = vietnamDate(new Date());
  const [form, setForm] = useState({
    unitCode: defaultUnit,
    periodKind: 'monthly' as ReportPeriodKind,
    asOf: today,
    planCode: '',
  });
  const [error, setError] = useState<ApiError>();
  const [isBusy, setBusy] = useState(false);
  const [created, setCreated] = useState<Report>();
  const { messageOf, shownFields } = fieldErrors(error, FIELDS);
  const set = (change: Partial<typeof form>) => setForm((current) => ({ ...current, ...change }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setCreated(undefined);
    try {
      setCreated(
        await createReport({
          unitCode: form.unitCode.trim(),
          periodKind: form.periodKind,
          asOf: form.asOf || undefined,
          planCode: form.planCode || undefined,
        }),
      );
      onCreated();
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
        hint={text.unitCodeHint}
        value={form.unitCode}
        onChange={(unitCode) => set({ unitCode })}
        error={messageOf('unitCode')}
      />
      <SelectField
        label={text.periodKind}
        hint={text.periodKindHint}
        value={form.periodKind}
        onChange={(event) => set({ periodKind: event.target.value as ReportPeriodKind })}
        error={messageOf('periodKind')}
      >
        {periodKinds.map((kind) => (
          <option key={kind} value={kind}>
            {periodKindLabel(text, kind)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={text.asOf}
        hint={text.asOfHint}
        type="date"
        max={today}
        value={form.asOf}
        onChange={(event) => set({ asOf: event.target.value })}
        error={messageOf('asOf')}
      />
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
      <div className="form__full form__actions">
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? text.generating : text.generate}
        </button>
      </div>
      <div className="form__full" role="status">
        {created && (
          <div className="alert alert--success rep-created">
            <p className="alert__title">{text.generated(created.documentNumber)}</p>
            <p>{created.title}</p>
            <ReportFiles report={created} />
          </div>
        )}
      </div>
    </form>
  );
}
