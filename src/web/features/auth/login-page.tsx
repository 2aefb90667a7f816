import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useText } from '../../lib/i18n.ts';
import { navigate, safeNextPath, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { TextField } from '../../lib/ui/field.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { login } from './auth.api.ts';
import { authText } from './auth.i18n.ts';

const fields = ['username', 'password'] as const;

export function LoginPage() {
  const text = useText(authText);
  const { signIn } = useSession();
  const { search } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  const [isBusy, setBusy] = useState(false);
  usePageTitle(text.loginTitle);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const me = await login({ username, password });
      signIn(me);
      navigate(safeNextPath(search.get('next')), { replace: true });
    } catch (caught) {
      setError(toApiError(caught));
      setPassword('');
      setBusy(false);
    }
  }

  return (
    <section className="page page--narrow">
      <div className="card">
        <h1>{text.loginTitle}</h1>
        <p className="muted">{text.loginIntro}</p>
        <form className="form" onSubmit={handleSubmit} noValidate>
          <ErrorAlert error={error} shownFields={fields} />
          <TextField
            label={text.username}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            error={error?.fieldMessage('username')}
            required
          />
          <TextField
            label={text.password}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={error?.fieldMessage('password')}
            required
          />
          <button type="submit" className="button button--primary button--block" disabled={isBusy}>
            {isBusy ? text.signingIn : text.submitLogin}
          </button>
        </form>
      </div>
    </section>
  );
}
