import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { useText } from '../../lib/i18n.ts';
import { useMe, useSession } from '../../lib/session.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { emailModes, saveEmailMode, type EmailMode } from './notifications.api.ts';
import { notificationsText } from './notifications.i18n.ts';

/** How notices reach the user by e-mail; saved on submit, so moving through the radios with arrows sends nothing. */
export function EmailPreferenceForm() {
  const text = useText(notificationsText);
  const me = useMe();
  const { signIn } = useSession();
  const [choice, setChoice] = useState<EmailMode>(me.user.emailMode);
  const [savedChoice, setSavedChoice] = useState<EmailMode>();
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError>();
  const fieldError = error?.fieldMessage('emailMode');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    setSavedChoice(undefined);
    try {
      const next = await saveEmailMode(choice);
      signIn(next); // the session keeps the new preference, as /api/auth/me would return it
      setSavedChoice(next.user.emailMode);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card notif-side" aria-labelledby="notif-email-title">
      <h2 id="notif-email-title">{text.emailTitle}</h2>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <ErrorAlert error={error} shownFields={['emailMode']} />
        <fieldset className="fieldset notif-choices" aria-describedby="notif-email-to">
          <legend className="field__label">{text.emailLegend}</legend>
          {emailModes.map((mode) => (
            <label key={mode} className="notif-choice">
              <input
                type="radio"
                name="emailMode"
                value={mode}
                checked={choice === mode}
                onChange={() => {
                  setChoice(mode);
                  setSavedChoice(undefined);
                }}
              />
              <span>{text[mode]}</span>
            </label>
          ))}
          {fieldError && <p className="field__error">{fieldError}</p>}
        </fieldset>
        <p className="field__hint" id="notif-email-to">
          {me.user.email ? text.emailTo(me.user.email) : text.noEmail}
        </p>
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? text.saving : text.save}
        </button>
        <p className="notif-status notif-status--ok" role="status">
          {savedChoice && text.saved(text[savedChoice])}
        </p>
      </form>
    </section>
  );
}
