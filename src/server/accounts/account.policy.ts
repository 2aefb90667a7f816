import type { Ability } from '../../shared/api/auth.ts';
import type { Role } from '../../shared/domain.ts';

/** What each role may do, within its scope. Scope itself is enforced in SQL, not here. */
const abilitiesByRole: Record<Role, readonly Ability[]> = {
  admin: [
    'units:read',
    'units:import',
    'users:read',
    'users:manage',
    'audit:read',
    'tasks:read',
    'tasks:assign',
    'tasks:review',
    'tasks:reopen',
    'indicators:review',
    'reports:create',
    'publishing:manage',
  ],
  leader: ['units:read', 'users:read', 'tasks:read'],
  secretariat: [
    'units:read',
    'users:read',
    'tasks:read',
    'tasks:assign',
    'tasks:report',
    'tasks:review',
    'indicators:report',
    'indicators:review',
    'reports:create',
    'publishing:manage',
  ],
  officer: ['units:read', 'tasks:read', 'tasks:report', 'indicators:report'],
  inspector: ['units:read', 'users:read', 'audit:read', 'tasks:read'],
};

export function abilitiesOf(role: Role): Ability[] {
  return [...abilitiesByRole[role]];
}

export function can(role: Role, ability: Ability): boolean {
  return abilitiesByRole[role].includes(ability);
}

/**
 * Admin accounts are managed only from above: an admin may create, change or reset an admin only in a
 * unit strictly below their own, so no admin can take over a peer. (Peers come from the CLI.)
 */
export function canManageAdminAt(callerUnitPath: string, targetUnitPath: string): boolean {
  return targetUnitPath !== callerUnitPath && targetUnitPath.startsWith(callerUnitPath);
}
