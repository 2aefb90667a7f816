import { useState } from 'react';
import { toApiError, type ApiError } from '../../lib/api-client.ts';

/**
 * Runs one publish / withdraw / issue at a time for a section: remembers which item is busy, keeps
 * the error for the section's alert, and on success reloads the board and announces what happened.
 */
export function usePublishingAction(onDone: (message: string) => void) {
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  /** `message` is announced on success; leave it empty to announce later with `announce`. */
  async function run(key: string, action: () => Promise<unknown>, message: string): Promise<boolean> {
    setBusyKey(key);
    setError(undefined);
    try {
      await action();
      if (message) onDone(message);
      return true;
    } catch (caught) {
      setError(toApiError(caught));
      return false;
    } finally {
      setBusyKey(null);
    }
  }
  return { busyKey, error, run, announce: onDone };
}

export type PublishingAction = ReturnType<typeof usePublishingAction>;
