import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from './api-client.ts';

export type ApiState<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
};

/**
 * Loads data for a key (usually the request URL); a null key loads nothing. A newer key aborts the
 * older request, so a slow answer never overwrites a fresh one.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: ApiError }>({ key: null });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setState({ key, data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = toApiError(error);
        setState({ key, error: apiError });
      },
    );
    return () => controller.abort();
    // `load` is recreated every render; the key alone says when the request really changes.
  }, [key, version]);

  const isCurrent = state.key === key;
  return {
    data: isCurrent ? state.data : undefined,
    error: isCurrent ? state.error : undefined,
    isLoading: key !== null && (!isCurrent || (state.data === undefined && state.error === undefined)),
    reload,
  };
}

/** Returns `value` after it has stopped changing for `delayMs`, for search-as-you-type. */
export function useDebounced<T>(value: T, delayMs = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
