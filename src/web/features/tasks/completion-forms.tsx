import type { EvidenceFile } from '../../../shared/api/evidence.ts';
import type { TaskDetail } from '../../../shared/api/tasks.ts';
import { formatDay } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { ActionPanel } from './action-panel.tsx';
import { evidenceIdsOf } from './evidence.api.ts';
import { EvidenceLinks } from './evidence-section.tsx';
import { EvidenceUploadField } from './evidence-upload-field.tsx';
import { ReasonForm } from './reason-form.tsx';
import { taskActionsText } from './task-actions.i18n.ts';
import { confirmCompletion, proposeCompletion, returnCompletion } from './task-workflow.api.ts';
import { useEvidenceUploads } from './use-evidence-uploads.ts';
import { useTaskAction } from './use-task-action.ts';

type Props = { task: TaskDetail; onDone: (message: string) => void };

/** The lead unit proposes completion with its result and evidence. */
export function ProposeCompletionForm({ task, onDone }: Props) {
  const text = useText(taskActionsText);
  const { error, isBusy, run } = useTaskAction(onDone);
  const uploads = useEvidenceUploads(task.id);
  async function propose(summary: string) {
    if (!uploads.isReadyToSend()) return false;
    const isSent = await run(() => proposeCompletion(task.id, summary, uploads.fileIds), text.proposed);
    if (isSent) uploads.clear();
    return isSent;
  }
  return (
    <ActionPanel title={text.proposeTitle}>
      {task.pendingCompletion ? (
        <p>{text.pendingProposal}</p>
      ) : (
        <ReasonForm
          field="summary"
          label={text.summary}
          hint={text.summaryHint}
          submitLabel={text.submitPropose}
          busyLabel={text.sending}
          isBusy={isBusy}
          error={error}
          onSubmit={propose}
          childFields={['evidenceFileIds']}
        >
          <EvidenceUploadField uploads={uploads} error={error?.fieldMessage('evidenceFileIds')} />
        </ReasonForm>
      )}
    </ActionPanel>
  );
}

/** The assigning side confirms (and locks) or returns the pending proposal with a reason. */
export function ReviewCompletionForm({ task, evidence, onDone }: Props & { evidence: EvidenceFile[] | undefined }) {
  const text = useText(taskActionsText);
  const { lang } = useLang();
  const confirm = useTaskAction(onDone);
  const giveBack = useTaskAction(onDone);
  const pending = task.pendingCompletion;
  if (!pending) return null;
  const proposal = task.timeline.find((event) => event.id === pending.eventId);
  const summary = typeof proposal?.payload.summary === 'string' ? proposal.payload.summary : '';
  return (
    <section className="review" aria-labelledby="review-completion-title">
      <h3 id="review-completion-title">{text.reviewCompletionTitle}</h3>
      <p>{text.reviewCompletionIntro(formatDay(pending.proposedOn, lang))}</p>
      {summary && <blockquote className="review__quote">{summary}</blockquote>}
      {proposal && <EvidenceLinks ids={evidenceIdsOf(proposal.payload)} files={evidence} />}
      <ErrorAlert error={confirm.error} />
      <div className="review__confirm">
        <button
          type="button"
          className="button button--primary"
          disabled={confirm.isBusy}
          aria-describedby="confirm-hint"
          onClick={() => void confirm.run(() => confirmCompletion(task.id), text.confirmed)}
        >
          {confirm.isBusy ? text.sending : text.confirm}
        </button>
        <p className="field__hint" id="confirm-hint">
          {text.confirmHint}
        </p>
      </div>
      <ActionPanel title={text.returnSubmit}>
        <ReasonForm
          label={text.returnReason}
          submitLabel={text.returnSubmit}
          busyLabel={text.sending}
          isBusy={giveBack.isBusy}
          error={giveBack.error}
          onSubmit={(reason) => giveBack.run(() => returnCompletion(task.id, reason), text.returned)}
        />
      </ActionPanel>
    </section>
  );
}
