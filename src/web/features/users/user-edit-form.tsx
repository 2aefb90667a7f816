import { useState, type FormEvent } from 'react';
import type { UpdateUserBody, User } from '../../../shared/api/users.ts';
import { roleLabels, roles, type Role } from '../../../shared/domain.ts';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { SelectField, TextField } from '../../lib/ui/field.tsx';
import { UnitPicker } from './unit-picker.tsx';
import { updateUser } from './users.api.ts';
import { usersText } from './users.i18n.ts';

const fields = ['displayName', 'email', 'role', 'unitCode', 'isActive'] as const;

/** Sends only what changed, so the audit trail records exactly the edit that was made. */
function changesOf(
  user: User,
  form: { displayName: string; email: string; role: Role; unitCode: string; isActive: boolean },
): UpdateUserBody {
  const email = form.email.trim() === '' ? null : form.email.trim();
  const body: UpdateUserBody = {};
  if (form.displayName !== user.displayName) body.displayName = form.displayName;
  if (email !== user.email) body.email = email;
  if (form.role !== user.role) body.role = form.role;
  if (form.unitCode !== user.unit.code) body.unitCode = form.unitCode;
  if (form.isActive !== user.isActive) body.isActive = form.isActive;
  return body;
}

export function UserEditForm({ user, onSaved }: { user: User; onSaved: () => void }) {
  const text = useText(usersText);
  const { lang } = useLang();
  const [form, setForm] = useState({
    displayName: user.displayName,
    email: user.email ?? '',
    role: user.role,
    unitCode: user.unit.code,
    isActive: user.isActive,
  });
  const [error, setError] = useState<ApiError>();
  const [isBusy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(name: K, value: (typeof form)[K]) =>
    setForm((current) => ({ ...current, [name]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = changesOf(user, form);
    if (Object.keys(body).length === 0) return onSaved();
    setBusy(true);
    setError(undefined);
    try {
      await updateUser(user.id, body);
      onSaved();
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorAlert error={error} shownFields={fields} />
      <TextField
        label={text.displayName}
        value={form.displayName}
        onChange={(e) => set('displayName', e.target.value)}
        error={error?.fieldMessage('displayName')}
        required
      />
      <TextField
        label={`${text.email} ${text.optional}`}
        type="email"
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
        current={user.unit}
        onChange={(code) => set('unitCode', code)}
        error={error?.fieldMessage('unitCode')}
      />
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.isActive}
            aria-describedby="edit-user-active-hint"
            onChange={(e) => set('isActive', e.target.checked)}
          />
          <span>{text.isActive}</span>
        </label>
        <p className="field__hint" id="edit-user-active-hint">
          {text.isActiveHint}
        </p>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? text.saving : text.save}
        </button>
      </div>
    </form>
  );
}
