import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { TextField } from '../../lib/ui/field.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { changePassword } from './auth.api.ts';
import { authText } from './auth.i18n.ts';

const fields = ['currentPassword', 'newPassword'] as const;
const empty = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordPage() {
  const text = useText(authText);
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<ApiError>();
  const [mismatch, setMismatch] = useState(false);
  const [isDone, setDone] = useState(false);
  const [isBusy, setBusy] = useState(false);
  usePageTitle(text.changePasswordTitle);

  const update = (name: keyof typeof empty) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [name]: event.target.value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    setError(undefined);
    const isMismatch = form.newPassword !== form.confirm;
    setMismatch(isMismatch);
    if (isMismatch) return;
    setBusy(true);
    try {
      await changePassword({ currentPassword: form.currentPassword, newPassword: form.newPassword });
      setForm(empty);
      setDone(true);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page page--narrow">
      <div className="card">
        <h1>{text.changePasswordTitle}</h1>
        <form className="form" onSubmit={handleSubmit} noValidate>
          <ErrorAlert error={error} shownFields={fields} />
          <p role="status" className={isDone ? 'alert alert--success' : 'visually-hidden'}>
            {isDone ? text.changed : ''}
          </p>
          <TextField
            label={text.currentPassword}
            type="password"
            autoComplete="current-password"
            value={form.currentPassword}
            onChange={update('currentPassword')}
            error={error?.fieldMessage('currentPassword')}
            required
          />
          <TextField
            label={text.newPassword}
            type="password"
            autoComplete="new-password"
            hint={text.passwordHint}
            value={form.newPassword}
            onChange={update('newPassword')}
            error={error?.fieldMessage('newPassword')}
            required
          />
          <TextField
            label={text.confirmPassword}
            type="password"
            autoComplete="new-password"
            value={form.confirm}
            onChange={update('confirm')}
            error={mismatch ? text.mismatch : undefined}
            required
          />
          <button type="submit" className="button button--primary" disabled={isBusy}>
            {isBusy ? text.saving : text.submitChange}
          </button>
        </form>
      </div>
    </section>
  );
}
