import { createContext, useContext } from 'react';
import type { Ability, Me } from '../../shared/api/auth.ts';

export type SessionState = {
  /** undefined while the first /api/auth/me is in flight; null when signed out. */
  me: Me | null | undefined;
  signIn: (me: Me) => void;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<SessionState>({
  me: undefined,
  signIn: () => undefined,
  signOut: async () => undefined,
});

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/** The signed-in user; only pages behind the auth guard call this. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe() outside the signed-in part of the app');
  return me;
}

/** Abilities come from the server so the UI shows only what the server would allow. */
export function useCan(ability: Ability): boolean {
  return useSession().me?.abilities.includes(ability) ?? false;
}
