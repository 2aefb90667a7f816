import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { TextField } from '../../lib/ui/field.tsx';
import { resetUserPassword } from './users.api.ts';
import { usersText } from './users.i18n.ts';

const fields = ['newPassword'] as const;

/** An administrator sets a new password for someone who lost theirs; all their sessions end. */
export function UserPasswordForm({ userId }: { userId: number }) {
  const text = useText(usersText);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  const [isDone, setDone] = useState(false);
  const [isBusy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await resetUserPassword(userId, password);
      setPassword('');
      setDone(true);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="dialog__section" aria-labelledby="reset-password-title">
      <h3 id="reset-password-title">{text.resetTitle}</h3>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <ErrorAlert error={error} shownFields={fields} />
        <p role="status" className={isDone ? 'alert alert--success' : 'visually-hidden'}>
          {isDone ? text.resetDone : ''}
        </p>
        <TextField
          label={text.newPassword}
          type="text"
          hint={text.passwordHint}
          autoComplete="new-password"
          spellCheck={false}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error?.fieldMessage('newPassword')}
          required
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? text.saving : text.resetSubmit}
          </button>
        </div>
      </form>
    </section>
  );
}
