import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { useText } from '../../lib/i18n.ts';
import { ActionPanel } from './action-panel.tsx';
import { ReasonForm } from './reason-form.tsx';
import { taskActionsText } from './task-actions.i18n.ts';
import { reopenTask } from './task-workflow.api.ts';
import { useTaskAction } from './use-task-action.ts';

/** A confirmed task is locked; an administrator reopens it with a reason that stays in the timeline. */
export function ReopenForm({ task, onDone }: { task: TaskDetail; onDone: (message: string) => void }) {
  const text = useText(taskActionsText);
  const { error, isBusy, run } = useTaskAction(onDone);
  return (
    <ActionPanel title={text.reopenTitle}>
      <p>{text.reopenIntro}</p>
      <ReasonForm
        label={text.reopenReason}
        submitLabel={text.reopenSubmit}
        busyLabel={text.sending}
        isBusy={isBusy}
        error={error}
        onSubmit={(reason) => run(() => reopenTask(task.id, reason), text.reopened)}
      />
    </ActionPanel>
  );
}
