import type { ApiError } from '../api-client.ts';
import { useLang, useText } from '../i18n.ts';
import { errorCodeEnglish, uiText } from './ui.i18n.ts';

export function useErrorMessage(): (error: ApiError) => string {
  const { lang } = useLang();
  return (error) => (lang === 'en' ? (errorCodeEnglish[error.code] ?? error.message) : error.message);
}

type Props = {
  error: ApiError | undefined;
  /** Details already shown next to their form fields are left out here. */
  shownFields?: readonly string[];
  onRetry?: () => void;
};

/** The one place an API error is shown: an alert region, read out by screen readers when it appears. */
export function ErrorAlert({ error, shownFields = [], onRetry }: Props) {
  const text = useText(uiText);
  const messageOf = useErrorMessage();
  if (!error) return null;
  const isShown = (field: string | undefined) =>
    field !== undefined && shownFields.some((name) => field === `body.${name}`);
  const details = error.details.filter((detail) => !isShown(detail.field) && detail.line === undefined);
  // Retrying helps only when the network or the server failed, not when the answer was "no".
  const canRetry = onRetry && (error.status === 0 || error.status >= 500);
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{messageOf(error)}</p>
      {details.length > 0 && (
        <ul className="alert__list">
          {details.map((detail, index) => (
            <li key={index}>{detail.message}</li>
          ))}
        </ul>
      )}
      {error.requestId && <p className="alert__meta">{text.requestId(error.requestId)}</p>}
      {canRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {text.retry}
        </button>
      )}
    </div>
  );
}
