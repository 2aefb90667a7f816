import { useState } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { revokeToken, type MachineToken } from './machine-tokens.api.ts';
import { tokensText } from './machine-tokens.i18n.ts';

type Props = { tokens: MachineToken[]; onRevoked: (message: string) => void };

/** Issued tokens as cards (few, and readable at any width); revoking asks once more, in place. */
export function TokenList({ tokens, onRevoked }: Props) {
  const text = useText(tokensText);
  if (tokens.length === 0) return <p className="muted">{text.empty}</p>;
  return (
    <ul className="ind-token-list" aria-label={text.listCaption}>
      {tokens.map((token) => (
        <li key={token.id}>
          <TokenCard token={token} onRevoked={onRevoked} />
        </li>
      ))}
    </ul>
  );
}

function TokenCard({ token, onRevoked }: { token: MachineToken; onRevoked: (message: string) => void }) {
  const text = useText(tokensText);
  const { lang } = useLang();
  const [isConfirming, setConfirming] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function revoke() {
    setBusy(true);
    setError(undefined);
    try {
      await revokeToken(token.id);
      onRevoked(text.revoked(token.name));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <article className={token.revokedAt ? 'ind-token-card ind-token-card--revoked' : 'ind-token-card'}>
      <h3 className="ind-token-card__title">{token.name}</h3>
      <dl className="ind-token-card__facts">
        <div>
          <dt>{text.unit}</dt>
          <dd>{token.unitCode}</dd>
        </div>
        <div>
          <dt>{text.createdAt}</dt>
          <dd>{formatDate(token.createdAt, lang)}</dd>
        </div>
        <div>
          <dt>{text.lastUsedAt}</dt>
          <dd>{token.lastUsedAt ? formatDate(token.lastUsedAt, lang) : text.never}</dd>
        </div>
        <div>
          <dt>{text.state}</dt>
          <dd>{token.revokedAt ? text.revokedOn(formatDate(token.revokedAt, lang)) : text.active}</dd>
        </div>
      </dl>
      <ErrorAlert error={error} />
      {!token.revokedAt &&
        (isConfirming ? (
          <div className="ind-token-card__confirm" role="group" aria-label={text.confirmRevoke(token.name)}>
            <p>{text.confirmRevoke(token.name)}</p>
            <button type="button" className="button button--primary" disabled={isBusy} onClick={() => void revoke()}>
              {text.confirm}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
              {text.cancel}
            </button>
          </div>
        ) : (
          <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
            {text.revoke}
          </button>
        ))}
    </article>
  );
}
