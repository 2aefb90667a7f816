import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '../../shared/api/auth.ts';
import { apiFetch, setCsrfToken, setUnauthorizedHandler } from '../lib/api-client.ts';
import { navigate } from '../lib/router.tsx';
import { SessionContext } from '../lib/session.ts';

/** Asks the server who is signed in once, then keeps the answer; a later 401 signs the user out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const signIn = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
  }, []);

  const forget = useCallback(() => {
    setCsrfToken(null);
    setMe(null);
  }, []);

  const signOut = useCallback(async () => {
    // Even if the server cannot be reached, this browser forgets the session and shows the login page.
    await apiFetch('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    forget();
    navigate('/login', { replace: true });
  }, [forget]);

  useEffect(() => {
    setUnauthorizedHandler(forget);
    const controller = new AbortController();
    // /api/auth/session answers 200 when signed out too, so a first visit logs no failed request.
    apiFetch<{ me: Me | null }>('/api/auth/session', { signal: controller.signal }).then(
      ({ me: current }) => (current ? signIn(current) : forget()),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // Any failure leads to the login page.
        console.warn('session check failed', error);
        forget();
      },
    );
    return () => {
      controller.abort();
      setUnauthorizedHandler(null);
    };
  }, [signIn, forget]);

  const value = useMemo(() => ({ me, signIn, signOut }), [me, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
