import { useEffect, useRef, useState } from 'react';
import { liveUrl } from './dashboard.api.ts';

export type LiveState = 'connecting' | 'open' | 'retrying';

/** When the server refused the stream (e.g. the session ended), EventSource gives up; try again this much later. */
const REOPEN_MS = 15_000;

/**
 * Calls `onChange` once things have been quiet for `delayMs` after the server's last `change` event, so a
 * burst of edits costs one refetch. After a reconnect it calls it too: changes may have happened while
 * the stream was down. EventSource itself reconnects after a network failure.
 */
export function useLiveChanges(onChange: () => void, delayMs = 500): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let source: EventSource | undefined;
    let debounce: number | undefined;
    let reopen: number | undefined;
    let hasBeenReady = false;
    const changed = () => {
      window.clearTimeout(debounce);
      debounce = window.setTimeout(() => callback.current(), delayMs);
    };
    const open = () => {
      source = new EventSource(liveUrl);
      source.addEventListener('change', changed);
      source.addEventListener('ready', () => {
        setState('open');
        if (hasBeenReady) changed();
        hasBeenReady = true;
      });
      source.addEventListener('error', () => {
        setState('retrying');
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        reopen = window.setTimeout(open, REOPEN_MS);
      });
    };
    open();
    return () => {
      window.clearTimeout(debounce);
      window.clearTimeout(reopen);
      source?.close();
    };
  }, [delayMs]);

  return state;
}
