import { useState, type FormEvent } from 'react';
import type { AssignTaskBody, TaskDetail } from '../../../shared/api/tasks.ts';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { taskAssignText } from './task-assign.i18n.ts';
import { setFlash } from './task-flash.ts';
import {
  pillarLabels,
  pillarOptions,
  reportingCycleLabels,
  reportingCycleOptions,
  type Pillar,
  type ReportingCycle,
} from './task-labels.ts';
import { taskPath } from './task-links.ts';
import { assignTask } from './tasks.api.ts';
import { TextAreaField } from '../../lib/ui/text-area-field.tsx';
import { UnitCodeField } from '../../lib/ui/unit-code-field.tsx';

const DEFAULT_PLAN = '266-KH/TU';
const fields = [
  'planCode',
  'code',
  'title',
  'pillar',
  'leadUnitCode',
  'coordinatingUnitCodes',
  'deadline',
  'reportingCycle',
  'requiredOutput',
  'description',
] as const;

function initialForm(parent: TaskDetail | undefined) {
  return {
    planCode: parent?.plan.code ?? DEFAULT_PLAN,
    code: parent ? `${parent.code}.${parent.subtasks.length + 1}` : '',
    title: '',
    pillar: (parent?.pillar ?? '') as Pillar | '',
    leadUnitCode: '',
    coordinating: '',
    deadline: parent?.deadline ?? '',
    isRecurring: parent ? parent.isRecurring : false,
    reportingCycle: (parent?.reportingCycle ?? 'monthly') as ReportingCycle | '',
    isDailyReport: false,
    requiredOutput: '',
    description: '',
  };
}

/** Array fields answer as `body.coordinatingUnitCodes.0`; any of them belongs beside the one field. */
const messageFor = (error: ApiError | undefined, field: string) =>
  error?.details.find((detail) => detail.field === `body.${field}` || detail.field?.startsWith(`body.${field}.`))
    ?.message;

export function TaskAssignForm({ parent }: { parent?: TaskDetail }) {
  const text = useText(taskAssignText);
  const { lang } = useLang();
  const [form, setForm] = useState(() => initialForm(parent));
  const [error, setError] = useState<ApiError>();
  const [deadlineMissing, setDeadlineMissing] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(name: K, value: (typeof form)[K]) =>
    setForm((current) => ({ ...current, [name]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isMissing = !form.isRecurring && form.deadline === '';
    setDeadlineMissing(isMissing);
    if (isMissing) return;
    const body = {
      planCode: form.planCode,
      parentTaskId: parent?.id,
      code: form.code,
      title: form.title,
      pillar: form.pillar as Pillar,
      leadUnitCode: form.leadUnitCode.trim(),
      coordinatingUnitCodes: form.coordinating.split(/[,;\s]+/).filter(Boolean),
      deadline: form.isRecurring ? null : form.deadline,
      reportingCycle: form.reportingCycle === '' ? null : form.reportingCycle,
      isDailyReport: form.isDailyReport,
      requiredOutput: form.requiredOutput,
      description: form.description.trim() === '' ? null : form.description,
    } satisfies AssignTaskBody;
    setBusy(true);
    setError(undefined);
    try {
      const created = await assignTask(body);
      setFlash(text.created(created.code));
      navigate(taskPath(created.id));
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  return (
    <form className="form form--grid card" onSubmit={handleSubmit} noValidate>
      <div className="form__full">
        <ErrorAlert error={error} shownFields={fields} />
      </div>
      <TextField
        label={text.plan}
        hint={text.planHint}
        value={form.planCode}
        readOnly={parent !== undefined}
        onChange={(e) => set('planCode', e.target.value)}
        error={messageFor(error, 'planCode')}
        required
      />
      <TextField
        label={text.code}
        hint={text.codeHint}
        autoComplete="off"
        value={form.code}
        onChange={(e) => set('code', e.target.value)}
        error={messageFor(error, 'code')}
        required
      />
      <div className="form__full">
        <TextAreaField
          label={text.taskTitle}
          rows={2}
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={messageFor(error, 'title')}
          required
        />
      </div>
      <SelectField
        label={text.pillar}
        value={form.pillar}
        onChange={(e) => set('pillar', e.target.value as Pillar | '')}
        error={messageFor(error, 'pillar')}
        required
      >
        <option value="">{text.choosePillar}</option>
        {pillarOptions.map((pillar) => (
          <option key={pillar} value={pillar}>
            {pillarLabels[pillar][lang]}
          </option>
        ))}
      </SelectField>
      <UnitCodeField
        label={text.leadUnit}
        hint={text.leadUnitHint}
        value={form.leadUnitCode}
        onChange={(code) => set('leadUnitCode', code)}
        error={messageFor(error, 'leadUnitCode')}
      />
      <TextField
        label={`${text.coordinating} ${text.optional}`}
        hint={text.coordinatingHint}
        autoComplete="off"
        spellCheck={false}
        value={form.coordinating}
        onChange={(e) => set('coordinating', e.target.value)}
        error={messageFor(error, 'coordinatingUnitCodes')}
      />
      <div className="field-group">
        <TextField
          label={text.deadline}
          type="date"
          value={form.isRecurring ? '' : form.deadline}
          disabled={form.isRecurring}
          onChange={(e) => set('deadline', e.target.value)}
          error={deadlineMissing ? text.deadlineMissing : messageFor(error, 'deadline')}
        />
        <label className="checkbox">
          <input type="checkbox" checked={form.isRecurring} onChange={(e) => set('isRecurring', e.target.checked)} />
          {text.recurring}
        </label>
      </div>
      <div className="field-group">
        <SelectField
          label={text.reportingCycle}
          value={form.reportingCycle}
          onChange={(e) => set('reportingCycle', e.target.value as ReportingCycle | '')}
          error={messageFor(error, 'reportingCycle')}
        >
          <option value="">{text.noCycle}</option>
          {reportingCycleOptions.map((cycle) => (
            <option key={cycle} value={cycle}>
              {reportingCycleLabels[cycle][lang]}
            </option>
          ))}
        </SelectField>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.isDailyReport}
            onChange={(e) => set('isDailyReport', e.target.checked)}
          />
          {text.dailyReport}
        </label>
      </div>
      <div className="form__full">
        <TextField
          label={text.requiredOutput}
          hint={text.requiredOutputHint}
          value={form.requiredOutput}
          onChange={(e) => set('requiredOutput', e.target.value)}
          error={messageFor(error, 'requiredOutput')}
          required
        />
      </div>
      <div className="form__full">
        <TextAreaField
          label={`${text.description} ${text.optional}`}
          rows={4}
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
          error={messageFor(error, 'description')}
        />
      </div>
      <div className="form__actions form__full">
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? text.saving : parent ? text.submitSubtask : text.submit}
        </button>
        <Link className="button" to={parent ? taskPath(parent.id) : '/tasks'}>
          {text.cancel}
        </Link>
      </div>
    </form>
  );
}
