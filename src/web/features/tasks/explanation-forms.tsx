import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { apiFetch } from '../../lib/api-client.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useMe } from '../../lib/session.ts';
import { ActionPanel } from './action-panel.tsx';
import { explanationText } from './explanation.i18n.ts';
import { ReasonForm } from './reason-form.tsx';
import { useTaskAction } from './use-task-action.ts';

type Props = { task: TaskDetail; onDone: (message: string) => void };
const REQUESTERS = ['leader', 'secretariat', 'admin'];

/** Requests still waiting for the lead unit's answer, read off the timeline. */
export function openRequests(task: TaskDetail) {
  const answered = new Set(
    task.timeline.filter((e) => e.kind === 'explanation_answered').map((e) => Number(e.payload.requestEventId)),
  );
  return task.timeline.filter((e) => e.kind === 'explanation_requested' && !answered.has(e.id));
}

type MeLike = { user: { role: string; unit: { code: string } } };
export const canRequestExplanation = (me: MeLike, task: TaskDetail) =>
  REQUESTERS.includes(me.user.role) && me.user.unit.code !== task.leadUnit.code;
export const mustAnswer = (me: MeLike, task: TaskDetail) =>
  me.user.unit.code === task.leadUnit.code && openRequests(task).length > 0;

/** Leaders ask the lead unit to explain; the server decides again who may. */
export function RequestExplanationForm({ task, onDone }: Props) {
  const text = useText(explanationText);
  const me = useMe();
  const { error, isBusy, run } = useTaskAction(onDone);
  if (!canRequestExplanation(me, task)) return null;
  return (
    <ActionPanel title={text.requestTitle}>
      <p>{text.requestIntro}</p>
      <ReasonForm
        label={text.question}
        field="question"
        submitLabel={text.requestSubmit}
        busyLabel={text.sending}
        isBusy={isBusy}
        error={error}
        onSubmit={(question) =>
          run(
            () => apiFetch(`/api/tasks/${task.id}/explanations`, { method: 'POST', body: { question } }),
            text.requested,
          )
        }
      />
    </ActionPanel>
  );
}

/** The lead unit answers each open request in the timeline. */
export function AnswerExplanationForms({ task, onDone }: Props) {
  const text = useText(explanationText);
  const { lang } = useLang();
  const me = useMe();
  const { error, isBusy, run } = useTaskAction(onDone);
  if (me.user.unit.code !== task.leadUnit.code) return null;
  return openRequests(task).map((request) => (
    <ActionPanel key={request.id} title={text.answerTitle}>
      <p>
        {text.askedOn(formatDay(request.occurredOn, lang))} <q>{String(request.payload.question ?? '')}</q>
      </p>
      <ReasonForm
        label={text.answer}
        field="answer"
        submitLabel={text.answerSubmit}
        busyLabel={text.sending}
        isBusy={isBusy}
        error={error}
        onSubmit={(answer) =>
          run(
            () =>
              apiFetch(`/api/tasks/${task.id}/explanations/${request.id}/answer`, { method: 'POST', body: { answer } }),
            text.answered,
          )
        }
      />
    </ActionPanel>
  ));
}
