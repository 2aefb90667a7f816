import { useLayoutEffect, useRef } from 'react';
import type { User } from '../../../shared/api/users.ts';
import { useText } from '../../lib/i18n.ts';
import { UserEditForm } from './user-edit-form.tsx';
import { UserPasswordForm } from './user-password-form.tsx';
import { usersText } from './users.i18n.ts';

type Props = { user: User; onSaved: () => void; onClose: () => void };

/** A native modal <dialog>: the browser traps focus, Esc closes it, focus returns to the opener. */
export function UserEditDialog({ user, onSaved, onClose }: Props) {
  const text = useText(usersText);
  const ref = useRef<HTMLDialogElement>(null);
  // A layout effect, so the cleanup runs while the dialog is still in the page and focus can go back.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="edit-user-title" onClose={onClose}>
      <div className="dialog__head">
        <h2 id="edit-user-title">{text.editUser(user.displayName)}</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {text.close}
        </button>
      </div>
      <p className="muted">
        {user.username} · {user.unit.fullName}
      </p>
      <UserEditForm user={user} onSaved={onSaved} />
      <UserPasswordForm userId={user.id} />
    </dialog>
  );
}
