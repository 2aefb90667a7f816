import { useState, type FormEvent } from 'react';
import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { useText } from '../../lib/i18n.ts';
import { useMe } from '../../lib/session.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { TextField } from '../../lib/ui/field.tsx';
import { ActionPanel } from './action-panel.tsx';
import { EvidenceUploadField } from './evidence-upload-field.tsx';
import { taskActionsText } from './task-actions.i18n.ts';
import { reportProgress } from './task-workflow.api.ts';
import { TextAreaField } from '../../lib/ui/text-area-field.tsx';
import { useEvidenceUploads } from './use-evidence-uploads.ts';
import { useTaskAction } from './use-task-action.ts';

const fields = ['text', 'percent', 'difficulties', 'recommendations', 'evidenceFileIds'] as const;
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Progress report with difficulties and recommendations (khó khăn, vướng mắc; đề xuất, kiến nghị). */
export function ReportProgressForm({ task, onDone }: { task: TaskDetail; onDone: (message: string) => void }) {
  const text = useText(taskActionsText);
  const me = useMe();
  const isLead = me.user.unit.code === task.leadUnit.code;
  const empty = { text: '', percent: String(task.progressPercent), difficulties: '', recommendations: '' };
  const [form, setForm] = useState(empty);
  const { error, isBusy, run } = useTaskAction(onDone);
  const uploads = useEvidenceUploads(task.id);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [name]: event.target.value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!uploads.isReadyToSend()) return;
    const percent = form.percent.trim() === '' ? undefined : Number(form.percent);
    const report = {
      text: form.text,
      percent,
      difficulties: orNull(form.difficulties),
      recommendations: orNull(form.recommendations),
      evidenceFileIds: uploads.fileIds,
    };
    if (await run(() => reportProgress(task.id, report), text.reported)) {
      setForm({ ...empty, percent: form.percent });
      uploads.clear();
    }
  }

  return (
    <ActionPanel title={text.reportTitle} isOpen>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <ErrorAlert error={error} shownFields={fields} />
        <TextAreaField
          label={text.reportText}
          hint={text.reportTextHint}
          value={form.text}
          onChange={set('text')}
          error={error?.fieldMessage('text')}
          required
          rows={4}
        />
        <TextField
          label={text.percent}
          hint={isLead ? text.percentHint : text.percentCoordinatorHint}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={form.percent}
          onChange={set('percent')}
          error={error?.fieldMessage('percent')}
          required
        />
        <TextAreaField
          label={`${text.difficulties} ${text.optional}`}
          value={form.difficulties}
          onChange={set('difficulties')}
          error={error?.fieldMessage('difficulties')}
        />
        <TextAreaField
          label={`${text.recommendations} ${text.optional}`}
          value={form.recommendations}
          onChange={set('recommendations')}
          error={error?.fieldMessage('recommendations')}
        />
        <EvidenceUploadField uploads={uploads} error={error?.fieldMessage('evidenceFileIds')} />
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? text.sending : text.submitReport}
        </button>
      </form>
    </ActionPanel>
  );
}
