import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';
import { dashboardUrl, fetchDashboard, fetchTrend, trendUrl, type DashboardQuery } from './dashboard.api.ts';
import { useLiveChanges } from './use-live-changes.ts';

type Loaded<T> = { key: string; data?: T; error?: ApiError; loadedAt?: Date };

/**
 * Like lib/use-api, with two differences a live screen needs: a failed refresh keeps the figures already
 * shown (with the error beside them) instead of blanking the page, and it says when the data arrived.
 */
function useRefreshable<T>(key: string, load: (signal: AbortSignal) => Promise<T>) {
  const [state, setState] = useState<Loaded<T>>({ key: '' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setState({ key, data, loadedAt: new Date() }),
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        const error = toApiError(caught);
        setState((previous) => (previous.key === key ? { ...previous, error } : { key, error }));
      },
    );
    return () => controller.abort();
    // `load` is recreated every render; the key alone says when the request really changes.
  }, [key, version]);
  const isCurrent = state.key === key;
  return {
    data: isCurrent ? state.data : undefined,
    error: isCurrent ? state.error : undefined,
    loadedAt: isCurrent ? state.loadedAt : undefined,
    isLoading: !isCurrent || (state.data === undefined && state.error === undefined),
    reload,
  };
}

/** The dashboard and its trend for one unit and date, refetched whenever the server reports a change. */
export function useDashboard(query: DashboardQuery) {
  const dashboard = useRefreshable(dashboardUrl(query), (signal) => fetchDashboard(query, signal));
  const trend = useRefreshable(trendUrl(query), (signal) => fetchTrend(query, signal));
  const { reload: reloadDashboard } = dashboard;
  const { reload: reloadTrend } = trend;
  const reload = useCallback(() => {
    reloadDashboard();
    reloadTrend();
  }, [reloadDashboard, reloadTrend]);
  const live = useLiveChanges(reload);
  return { dashboard, trend, live };
}
