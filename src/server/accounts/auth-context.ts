import type { Role } from '../../shared/domain.ts';
import type { Actor } from '../audit/audit.service.ts';
import type { Scope } from '../units/unit-scope.ts';
import type { UnitRow, UserRow } from './account.repository.ts';

/** The signed-in caller as every service sees it. */
export type AuthUser = {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  emailMode: 'immediate' | 'digest' | 'off';
  unit: UnitRow;
  scope: Scope;
  sessionId: string;
  csrfToken: string;
};

export function toAuthUser(user: UserRow, unit: UnitRow, session: { id: string; csrfToken: string }): AuthUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    role: user.role as Role,
    emailMode: user.emailMode as AuthUser['emailMode'],
    unit,
    scope: { unitId: unit.id, path: unit.path, isRoot: unit.parentId === null },
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}

export function actorOf(user: AuthUser, requestId?: string): Actor {
  return { id: user.id, name: user.username, requestId: requestId ?? null };
}
