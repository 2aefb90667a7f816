import { useState } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';

/**
 * Runs one workflow request for a form: busy flag, the server's error (shown beside fields and in the
 * alert), and on success the message the page announces before it reloads the task.
 */
export function useTaskAction(onDone: (message: string) => void) {
  const [error, setError] = useState<ApiError>();
  const [isBusy, setBusy] = useState(false);
  async function run(request: () => Promise<unknown>, successMessage: string): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      await request();
      onDone(successMessage);
      return true;
    } catch (caught) {
      setError(toApiError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { error, isBusy, run };
}
