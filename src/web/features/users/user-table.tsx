import type { User } from '../../../shared/api/users.ts';
import { roleLabels } from '../../../shared/domain.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { usersText } from './users.i18n.ts';

type Props = { users: User[]; canManage: boolean; onEdit: (user: User) => void };

function StatusBadge({ user }: { user: User }) {
  const text = useText(usersText);
  if (!user.isActive) return <span className="badge badge--muted">{text.inactive}</span>;
  if (user.isLocked) return <span className="badge badge--warn">{text.locked}</span>;
  return <span className="badge badge--ok">{text.active}</span>;
}

/** Wide table inside its own scroll box, so a phone scrolls the table and not the page. */
export function UserTable({ users, canManage, onEdit }: Props) {
  const text = useText(usersText);
  const { lang } = useLang();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={text.tableCaption}>
      <table className="table">
        <caption className="visually-hidden">{text.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.name}</th>
            <th scope="col">{text.role}</th>
            <th scope="col">{text.unit}</th>
            <th scope="col">{text.status}</th>
            {canManage && <th scope="col">{text.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" className="table__primary">
                <span>{user.displayName}</span>
                <span className="table__sub">
                  {user.username}
                  {user.email ? ` · ${user.email}` : ''}
                </span>
              </th>
              <td>{roleLabels[user.role][lang]}</td>
              <td className="table__wide">{user.unit.fullName}</td>
              <td>
                <StatusBadge user={user} />
              </td>
              {canManage && (
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={text.editUser(user.displayName)}
                    onClick={() => onEdit(user)}
                  >
                    {text.edit}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
