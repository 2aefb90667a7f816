import { useCallback, useEffect, useMemo, useState } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { countUnread, markNotificationRead, type Notification } from './notifications.api.ts';
import { announceUnreadCount } from './use-unread-count.ts';

export type ReadMarks = {
  /** The loaded items with the ones marked here shown as read. */
  items: Notification[] | undefined;
  unread: number;
  isBusy: boolean;
  error: ApiError | undefined;
  /** Resolves to how many were marked; failures are kept in `error`. */
  markRead: (ids: readonly number[]) => Promise<number>;
};

/**
 * Marks notices read one request each (the API has no bulk call; at most 50 are listed). Marks are
 * laid over the loaded list, so a reload or a failed neighbour never unmarks one that succeeded.
 */
export function useReadMarks(loaded: Notification[] | undefined): ReadMarks {
  const [readIds, setReadIds] = useState<ReadonlySet<number>>(() => new Set());
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const items = useMemo(
    () => loaded?.map((item) => (!item.isRead && readIds.has(item.id) ? { ...item, isRead: true } : item)),
    [loaded, readIds],
  );
  const unread = items ? countUnread(items) : 0;
  const isLoaded = items !== undefined;
  useEffect(() => {
    if (isLoaded) announceUnreadCount(unread);
  }, [isLoaded, unread]);

  const markRead = useCallback(async (ids: readonly number[]) => {
    setBusy(true);
    setError(undefined);
    const results = await Promise.allSettled(ids.map((id) => markNotificationRead(id)));
    const done = ids.filter((_, index) => results[index]?.status === 'fulfilled');
    const failure = results.find((result) => result.status === 'rejected');
    setReadIds((current) => new Set([...current, ...done]));
    if (failure) setError(toApiError(failure.reason));
    setBusy(false);
    // Also heard when this page is gone (a task link was followed): the header then asks the server.
    if (done.length > 0) announceUnreadCount();
    return done.length;
  }, []);

  return { items, unread, isBusy, error, markRead };
}
