import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { formatDay, formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { formatAmount } from './indicator-format.ts';
import { labelOf, sourceLabels } from './indicator-labels.ts';
import { indicatorPath } from './indicator-links.ts';
import { reviewText } from './indicator-review.i18n.ts';
import { approveValue, returnValue, type PendingValue } from './indicator-values.api.ts';
import { TextAreaField } from '../../lib/ui/text-area-field.tsx';

type Props = { item: PendingValue; onDone: (message: string) => void };

/**
 * One value awaiting review: what was sent, the system's warnings, approve or return with a reason.
 * The queue does not say who entered a value, so approving one's own entry is refused by the server (403)
 * and its message is shown here.
 */
export function ReviewItem({ item, onDone }: Props) {
  const text = useText(reviewText);
  const { lang } = useLang();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'approve' | 'return' | null>(null);
  const [error, setError] = useState<ApiError>();
  const value = formatAmount(item.value, lang);
  const titleId = `review-${item.id}`;

  async function run(kind: 'approve' | 'return', request: () => Promise<unknown>, message: string) {
    setBusy(kind);
    setError(undefined);
    try {
      await request();
      onDone(message);
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(null);
    }
  }

  const handleReturn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run('return', () => returnValue(item.id, reason), text.returned(item.indicatorCode, value));
  };

  return (
    <article className="ind-review" aria-labelledby={titleId}>
      <h2 id={titleId} className="ind-review__title">
        <span className="ind-code">{item.indicatorCode}</span> {item.indicatorName}
      </h2>
      <dl className="ind-review__facts">
        <div>
          <dt>{text.value}</dt>
          <dd className="ind-value">{value}</dd>
        </div>
        <div>
          <dt>{text.unit}</dt>
          <dd>{item.unitCode}</dd>
        </div>
        <div>
          <dt>{text.periodEnd}</dt>
          <dd>{formatDay(item.periodEnd, lang)}</dd>
        </div>
        <div>
          <dt>{text.submittedOn}</dt>
          <dd>{formatDay(item.submittedOn, lang)}</dd>
        </div>
        <div>
          <dt>{text.source}</dt>
          <dd>
            {labelOf(sourceLabels, item.source, lang)}
            {item.version > 1 && <span className="ind-tag">{text.correction(formatNumber(item.version, lang))}</span>}
          </dd>
        </div>
      </dl>
      {item.comment && (
        <p className="ind-review__comment">
          <strong>{text.comment}:</strong> <span className="ind-pre-line">{item.comment}</span>
        </p>
      )}
      {item.warnings.map((warning) => (
        <p key={warning} className="ind-warning">
          <strong>{text.warning}:</strong> {warning}
        </p>
      ))}
      <p>
        <Link to={indicatorPath(item.indicatorId, { unit: item.unitCode })}>{text.openIndicator}</Link>
      </p>
      <ErrorAlert error={error} shownFields={['reason']} />
      <div className="ind-review__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== null}
          onClick={() => void run('approve', () => approveValue(item.id), text.approved(item.indicatorCode, value))}
        >
          {busy === 'approve' ? text.approving : text.approve}
        </button>
        <details className="ind-review__return">
          <summary className="button">{text.returnTitle}</summary>
          <form className="form" onSubmit={handleReturn} noValidate>
            <TextAreaField
              label={text.reason}
              hint={text.reasonHint}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={error?.fieldMessage('reason')}
              required
            />
            <button type="submit" className="button" disabled={busy !== null}>
              {busy === 'return' ? text.returning : text.sendReturn}
            </button>
          </form>
        </details>
      </div>
    </article>
  );
}
