import { useEffect, useState } from 'react';
import { countUnread, fetchNotifications } from './notifications.api.ts';

const POLL_MS = 60_000;
const UNREAD_EVENT = 'giamsat:notifications-unread';

/**
 * The notifications page tells the header about a change at once rather than at the next poll: with the
 * new count when it knows it, or without one to make the header ask the server now.
 */
export function announceUnreadCount(count?: number): void {
  window.dispatchEvent(new CustomEvent<number | undefined>(UNREAD_EVENT, { detail: count }));
}

/**
 * The unread count shown in the header. Asks every minute while someone is signed in and the tab is
 * visible, and at once when the tab comes back. A failed poll keeps the last count (a 401 signs the
 * user out through the api client); undefined until the first answer.
 */
export function useUnreadCount(userId: number | null): number | undefined {
  const [state, setState] = useState<{ userId: number; count: number }>();

  useEffect(() => {
    if (userId === null) return;
    let controller: AbortController | undefined;
    let timer: number | undefined;
    const show = (count: number) => setState({ userId, count });
    const poll = () => {
      controller?.abort();
      controller = new AbortController();
      fetchNotifications(controller.signal).then(
        (items) => show(countUnread(items)),
        () => undefined,
      );
    };
    const stop = () => {
      window.clearInterval(timer);
      timer = undefined;
      controller?.abort();
    };
    const start = () => {
      stop();
      poll();
      timer = window.setInterval(poll, POLL_MS);
    };
    const handleVisibility = () => (document.hidden ? stop() : start());
    const handleAnnounce = (event: Event) => {
      const count: unknown = (event as CustomEvent<unknown>).detail; // null when sent without a count
      if (typeof count !== 'number') return poll();
      controller?.abort(); // an answer already on its way may predate the change
      show(count);
    };
    handleVisibility();
    document.addEventListener('visibilitychange', handleVisibility);
    window.addEventListener(UNREAD_EVENT, handleAnnounce);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', handleVisibility);
      window.removeEventListener(UNREAD_EVENT, handleAnnounce);
    };
  }, [userId]);

  return state?.userId === userId ? state.count : undefined;
}
