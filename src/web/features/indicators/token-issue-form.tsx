import { useEffect, useRef, useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { TextField } from '../../lib/ui/field.tsx';
import { issueToken, type IssuedToken } from './machine-tokens.api.ts';
import { tokensText } from './machine-tokens.i18n.ts';
import { UnitCodeField } from '../../lib/ui/unit-code-field.tsx';

/** Issues a token for a unit and shows the secret once, with a copy button and a warning. */
export function TokenIssueForm({ defaultUnit, onIssued }: { defaultUnit: string; onIssued: () => void }) {
  const text = useText(tokensText);
  const [form, setForm] = useState({ unitCode: defaultUnit, name: '' });
  const [error, setError] = useState<ApiError>();
  const [isBusy, setBusy] = useState(false);
  const [issued, setIssued] = useState<IssuedToken>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setIssued(await issueToken({ unitCode: form.unitCode.trim(), name: form.name.trim() }));
      setForm((current) => ({ ...current, name: '' }));
      onIssued();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {issued && <IssuedTokenBox token={issued} />}
      <form className="form" onSubmit={handleSubmit} noValidate>
        <ErrorAlert error={error} shownFields={['unitCode', 'name']} />
        <UnitCodeField
          label={text.unitCode}
          hint={text.unitCodeHint}
          value={form.unitCode}
          onChange={(unitCode) => setForm((current) => ({ ...current, unitCode }))}
          error={error?.fieldMessage('unitCode')}
        />
        <TextField
          label={text.name}
          hint={text.nameHint}
          value={form.name}
          onChange={(event) => setForm((current) => ({ ...current, name: event.target.value }))}
          error={error?.fieldMessage('name')}
          autoComplete="off"
          required
        />
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? text.issuing : text.issue}
        </button>
      </form>
    </>
  );
}

function IssuedTokenBox({ token }: { token: IssuedToken }) {
  const text = useText(tokensText);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const boxRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => boxRef.current?.focus(), [token.id]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopyState('copied');
    } catch {
      // No clipboard (plain http, or permission refused): select the text so Ctrl+C works.
      inputRef.current?.select();
      setCopyState('failed');
    }
  }

  return (
    <div ref={boxRef} tabIndex={-1} className="ind-token" role="region" aria-labelledby="ind-token-title">
      <h3 id="ind-token-title">{text.issuedTitle(token.name, token.unitCode)}</h3>
      <p className="ind-token__warning">
        <strong>{text.issuedWarning}</strong>
      </p>
      <label className="field__label" htmlFor="ind-token-value">
        {text.tokenLabel}
      </label>
      <div className="ind-token__row">
        <input
          ref={inputRef}
          id="ind-token-value"
          className="input ind-token__value"
          readOnly
          value={token.token}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {text.copy}
        </button>
      </div>
      <p role="status" className="field__hint">
        {copyState === 'copied' ? text.copied : copyState === 'failed' ? text.copyFailed : ''}
      </p>
    </div>
  );
}
