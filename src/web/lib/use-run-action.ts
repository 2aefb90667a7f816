import { useState } from 'react';
import { toApiError, type ApiError } from './api-client.ts';

/**
 * A "run it now" button's state: the last result, whether it is running, and the error of the last
 * try (cleared on the next). `onDone` runs after a success, e.g. to reload a list.
 */
export function useRunAction<T>(run: () => Promise<T>, onDone: () => void) {
  const [result, setResult] = useState<T>();
  const [isRunning, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function start() {
    setRunning(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await run());
      onDone();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setRunning(false);
    }
  }

  return { result, isRunning, error, start };
}
