import { useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../lib/format.ts';
import { useLang, useText } from '../../lib/i18n.ts';
import { ErrorAlert } from '../../lib/ui/error-alert.tsx';
import { NotificationFilters, type Filter } from './notification-filters.tsx';
import { NotificationItem, notificationElementId } from './notification-item.tsx';
import { kindOf } from './notification-kind.tsx';
import type { Notification } from './notifications.api.ts';
import { notificationsText } from './notifications.i18n.ts';
import { useReadMarks } from './use-read-marks.ts';

const LIST_LIMIT = 50; // the server sends at most the 50 newest

/** Where focus goes once a "mark read" button has gone: its notice, or the heading if the filter hid it. */
type FocusTarget = { id: number } | 'heading' | null;

export function NotificationList({ loaded, onReload }: { loaded: Notification[]; onReload: () => void }) {
  const text = useText(notificationsText);
  const { lang } = useLang();
  const { items = [], unread, isBusy, error, markRead } = useReadMarks(loaded);
  const [filter, setFilter] = useState<Filter>({ kind: '', isUnreadOnly: false });
  const [message, setMessage] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const shown = useMemo(
    () =>
      items.filter((n) => (filter.kind === '' || kindOf(n.kind) === filter.kind) && !(filter.isUnreadOnly && n.isRead)),
    [items, filter],
  );

  useEffect(() => {
    if (focusTarget === null) return;
    const item = focusTarget === 'heading' ? null : document.getElementById(notificationElementId(focusTarget.id));
    (item ?? headingRef.current)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  async function handleMarkOne(id: number) {
    setMessage('');
    if ((await markRead([id])) === 1) {
      setMessage(text.markedRead);
      setFocusTarget({ id });
    }
  }

  async function handleMarkAll() {
    setMessage('');
    const count = await markRead(items.filter((n) => !n.isRead).map((n) => n.id));
    if (count > 0) setMessage(text.markedAllRead(formatNumber(count, lang)));
    setFocusTarget('heading');
  }

  return (
    <section className="card notif-list" aria-labelledby="notif-list-title">
      <div className="notif-list__head">
        <h2 id="notif-list-title" ref={headingRef} tabIndex={-1}>
          {text.listTitle}
        </h2>
        <div className="notif-list__actions">
          <button type="button" className="button button--small" onClick={onReload}>
            {text.reload}
          </button>
          {unread > 0 && (
            <button
              type="button"
              className="button button--small button--primary"
              disabled={isBusy}
              onClick={handleMarkAll}
            >
              {isBusy ? text.marking : text.markAllRead}
            </button>
          )}
        </div>
      </div>
      {items.length > 0 && (
        <p className="notif-list__summary">
          {text.summary(formatNumber(unread, lang), formatNumber(items.length, lang))}
          {items.length >= LIST_LIMIT && ` ${text.latestOnly}`}
        </p>
      )}
      <p className="notif-status" role="status">
        {message}
      </p>
      <ErrorAlert error={error} />
      {items.length > 0 && <NotificationFilters items={items} filter={filter} onChange={setFilter} />}
      {shown.length === 0 ? (
        <p className="muted notif-list__empty">{items.length === 0 ? text.empty : text.emptyFiltered}</p>
      ) : (
        <ol className="notif-list__items">
          {shown.map((n) => (
            <li key={n.id}>
              <NotificationItem notification={n} onMarkRead={handleMarkOne} onOpenTask={(id) => void markRead([id])} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
