import { useState, type FormEvent } from 'react';
import type { User } from '../../../shared/api/users.ts';
import { roleLabels, roles, type Role } from '../../../shared/domain.ts';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { useMe } from '../../lib/session.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { UnitPicker } from './unit-picker.tsx';
import { createUser } from './users.api.ts';
import { usersText } from './users.i18n.ts';

const fields = ['username', 'displayName', 'email', 'role', 'unitCode', 'password'] as const;

export function UserCreateForm({ onCreated, onCancel }: { onCreated: (user: User) => void; onCancel: () => void }) {
  const text = useText(usersText);
  const { lang } = useLang();
  const me = useMe();
  const [form, setForm] = useState({
    username: '',
    displayName: '',
    email: '',
    role: 'officer' as Role,
    unitCode: me.user.unit.code,
    password: '',
  });
  const [error, setError] = useState<ApiError>();
  const [isBusy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(name: K, value: (typeof form)[K]) =>
    setForm((current) => ({ ...current, [name]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const email = form.email.trim();
      onCreated(await createUser({ ...form, email: email === '' ? undefined : email }));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="create-user-title">
      <h2 id="create-user-title">{text.createTitle}</h2>
      <form className="form form--grid" onSubmit={handleSubmit} noValidate>
        <div className="form__full">
          <ErrorAlert error={error} shownFields={fields} />
        </div>
        <TextField
          label={text.username}
          hint={text.usernameHint}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={form.username}
          onChange={(e) => set('username', e.target.value)}
          error={error?.fieldMessage('username')}
          required
        />
        <TextField
          label={text.displayName}
          autoComplete="off"
          value={form.displayName}
          onChange={(e) => set('displayName', e.target.value)}
          error={error?.fieldMessage('displayName')}
          required
        />
        <TextField
          label={`${text.email} ${text.optional}`}
          type="email"
          autoComplete="off"
          value={form.email}
          onChange={(e) => set('email', e.target.value)}
          error={error?.fieldMessage('email')}
        />
        <SelectField
          label={text.role}
          value={form.role}
          onChange={(e) => set('role', e.target.value as Role)}
          error={error?.fieldMessage('role')}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role][lang]}
            </option>
          ))}
        </SelectField>
        <UnitPicker
          label={text.unit}
          value={form.unitCode}
          current={me.user.unit}
          onChange={(code) => set('unitCode', code)}
          error={error?.fieldMessage('unitCode')}
        />
        <TextField
          label={text.initialPassword}
          type="text"
          hint={text.passwordHint}
          autoComplete="new-password"
          spellCheck={false}
          value={form.password}
          onChange={(e) => set('password', e.target.value)}
          error={error?.fieldMessage('password')}
          required
        />
        <div className="form__actions form__full">
          <button type="submit" className="button button--primary" disabled={isBusy}>
            {isBusy ? text.saving : text.create}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {text.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
