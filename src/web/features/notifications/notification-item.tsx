import { formatDate } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { Link } from '../../lib/router.tsx';
import { kindOf, NotificationKindBadge } from './notification-kind.tsx';
import type { Notification } from './notifications.api.ts';
import { notificationsText } from './notifications.i18n.ts';

type Props = {
  notification: Notification;
  onMarkRead: (id: number) => void;
  /** Following the task link counts as reading the notice. */
  onOpenTask: (id: number) => void;
};

export const notificationElementId = (id: number) => `notification-${id}`;

/** One notice: kind (icon + text), read state in words, dates, the task link, and its own "mark read". */
export function NotificationItem({ notification: n, onMarkRead, onOpenTask }: Props) {
  const text = useText(notificationsText);
  const { lang } = useLang();
  const titleId = `${notificationElementId(n.id)}-title`;
  return (
    <article
      id={notificationElementId(n.id)}
      className={n.isRead ? 'notif' : 'notif notif--unread'}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="notif__meta">
        <NotificationKindBadge kind={kindOf(n.kind)} />
        <span className={n.isRead ? 'notif__state' : 'notif__state notif__state--unread'}>
          {n.isRead ? text.read : text.unread}
        </span>
      </div>
      <h3 className="notif__title" id={titleId}>
        {n.taskId === null ? (
          n.title
        ) : (
          <Link to={`/tasks/${n.taskId}`} onClick={() => !n.isRead && onOpenTask(n.id)}>
            {n.title}
          </Link>
        )}
      </h3>
      <p className="notif__body">{n.body}</p>
      <dl className="notif__dates">
        <div>
          <dt>{text.sentOn}</dt>
          <dd>
            <time dateTime={n.createdAt}>{formatDate(n.createdAt, lang)}</time>
          </dd>
        </div>
        {n.dueOn && (
          <div>
            <dt>{text.dueOn}</dt>
            <dd>
              <time dateTime={n.dueOn}>{formatDate(n.dueOn, lang)}</time>
            </dd>
          </div>
        )}
      </dl>
      {!n.isRead && (
        <button
          type="button"
          className="button button--small notif__mark"
          aria-label={text.markReadOf(n.title)} // names which notice, as a list of buttons would otherwise not
          onClick={() => onMarkRead(n.id)}
        >
          {text.markRead}
        </button>
      )}
    </article>
  );
}
