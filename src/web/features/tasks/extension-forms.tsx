import { useState, type FormEvent } from 'react';
import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { TextField } from '../../lib/ui/field.tsx';
import { ActionPanel } from './action-panel.tsx';
import { ReasonForm } from './reason-form.tsx';
import { taskActionsText } from './task-actions.i18n.ts';
import { approveExtension, refuseExtension, requestExtension } from './task-workflow.api.ts';
import { TextAreaField } from '../../lib/ui/text-area-field.tsx';
import { useTaskAction } from './use-task-action.ts';

type Props = { task: TaskDetail; onDone: (message: string) => void };

/** The lead unit asks for a later deadline; the original deadline is kept whatever the answer. */
export function RequestExtensionForm({ task, onDone }: Props) {
  const text = useText(taskActionsText);
  const { lang } = useLang();
  const [form, setForm] = useState({ deadline: '', reason: '' });
  const { error, isBusy, run } = useTaskAction(onDone);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await run(() => requestExtension(task.id, form.deadline, form.reason), text.extensionRequested);
    if (ok) setForm({ deadline: '', reason: '' });
  }

  return (
    <ActionPanel title={text.extensionTitle}>
      {task.pendingExtension ? (
        <p>{text.pendingExtension}</p>
      ) : (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <ErrorAlert error={error} shownFields={['deadline', 'reason']} />
          <TextField
            label={text.newDeadline}
            type="date"
            hint={task.deadline ? text.newDeadlineHint(formatDay(task.deadline, lang)) : undefined}
            min={task.deadline ?? undefined}
            value={form.deadline}
            onChange={(event) => setForm({ ...form, deadline: event.target.value })}
            error={error?.fieldMessage('deadline')}
            required
          />
          <TextAreaField
            label={text.reason}
            value={form.reason}
            onChange={(event) => setForm({ ...form, reason: event.target.value })}
            error={error?.fieldMessage('reason')}
            required
          />
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? text.sending : text.submitExtension}
          </button>
        </form>
      )}
    </ActionPanel>
  );
}

/** The assigning side approves the requested deadline or refuses it with a reason. */
export function ReviewExtensionForm({ task, onDone }: Props) {
  const text = useText(taskActionsText);
  const { lang } = useLang();
  const approve = useTaskAction(onDone);
  const refuse = useTaskAction(onDone);
  const pending = task.pendingExtension;
  if (!pending) return null;
  const newDeadline = formatDay(pending.deadline, lang);
  return (
    <section className="review" aria-labelledby="review-extension-title">
      <h3 id="review-extension-title">{text.reviewExtensionTitle}</h3>
      <p>{text.reviewExtensionIntro(newDeadline, pending.reason)}</p>
      <ErrorAlert error={approve.error} />
      <p>
        <button
          type="button"
          className="button button--primary"
          disabled={approve.isBusy}
          onClick={() => void approve.run(() => approveExtension(task.id), text.approved(newDeadline))}
        >
          {approve.isBusy ? text.sending : text.approve}
        </button>
      </p>
      <ActionPanel title={text.refuse}>
        <ReasonForm
          label={text.refuseReason}
          submitLabel={text.refuse}
          busyLabel={text.sending}
          isBusy={refuse.isBusy}
          error={refuse.error}
          onSubmit={(reason) => refuse.run(() => refuseExtension(task.id, reason), text.refused)}
        />
      </ActionPanel>
    </section>
  );
}
