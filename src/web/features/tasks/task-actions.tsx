import type { EvidenceFile } from '../../../shared/api/evidence.ts';
import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { useText } from '../../lib/i18n.ts';
import { ProposeCompletionForm, ReviewCompletionForm } from './completion-forms.tsx';
import { RequestExtensionForm, ReviewExtensionForm } from './extension-forms.tsx';
import { ReopenForm } from './reopen-form.tsx';
import {
  AnswerExplanationForms,
  canRequestExplanation,
  mustAnswer,
  RequestExplanationForm,
} from './explanation-forms.tsx';
import { useMe } from '../../lib/session.ts';
import { ReportProgressForm } from './report-progress-form.tsx';
import { taskActionsText } from './task-actions.i18n.ts';
import { explanationText } from './explanation.i18n.ts';

type Props = { task: TaskDetail; evidence: EvidenceFile[] | undefined; onDone: (message: string) => void };

/** Only the actions the server says this caller may take on this task (`abilities`); it checks again anyway. */
export function TaskActions({ task, evidence, onDone }: Props) {
  const explanationTitle = useText(explanationText).requestTitle;
  const me = useMe();
  const can = task.abilities;
  const reviewsCompletion = can.canReviewCompletion && task.pendingCompletion !== null;
  const reviewsExtension = can.canReviewExtension && task.pendingExtension !== null;
  const hasAny =
    can.canReport || can.canProposeCompletion || can.canRequestExtension || can.canReopen || reviewsCompletion;
  return (
    <>
      {(hasAny || reviewsExtension) && <WorkflowActions task={task} evidence={evidence} onDone={onDone} />}
      {(mustAnswer(me, task) || canRequestExplanation(me, task)) && (
        <section className="card task-actions" aria-label={explanationTitle}>
          <AnswerExplanationForms task={task} onDone={onDone} />
          <RequestExplanationForm task={task} onDone={onDone} />
        </section>
      )}
    </>
  );
}

function WorkflowActions({ task, evidence, onDone }: Props) {
  const text = useText(taskActionsText);
  const can = task.abilities;
  const reviewsCompletion = can.canReviewCompletion && task.pendingCompletion !== null;
  const reviewsExtension = can.canReviewExtension && task.pendingExtension !== null;
  return (
    <section className="card task-actions" aria-labelledby="task-actions-title">
      <h2 id="task-actions-title">{text.title}</h2>
      {reviewsCompletion && <ReviewCompletionForm task={task} evidence={evidence} onDone={onDone} />}
      {reviewsExtension && <ReviewExtensionForm task={task} onDone={onDone} />}
      {can.canReport && <ReportProgressForm task={task} onDone={onDone} />}
      {can.canProposeCompletion && <ProposeCompletionForm task={task} onDone={onDone} />}
      {can.canRequestExtension && <RequestExtensionForm task={task} onDone={onDone} />}
      {can.canReopen && <ReopenForm task={task} onDone={onDone} />}
    </section>
  );
}
