import type { Ability } from '../../shared/api/auth.ts';
import type { Role } from '../../shared/domain.ts';

/** What each role may do, within its scope. Scope itself is enforced in SQL, not here. */
const abilitiesByRole: Record<Role, readonly Ability[]> = {
  admin: ['units:read', 'units:import', 'users:read', 'users:manage', 'audit:read'],
  leader: ['units:read', 'users:read'],
  secretariat: ['units:read', 'users:read'],
  officer: ['units:read'],
  inspector: ['units:read', 'users:read', 'audit:read'],
};

export function abilitiesOf(role: Role): Ability[] {
  return [...abilitiesByRole[role]];
}

export function can(role: Role, ability: Ability): boolean {
  return abilitiesByRole[role].includes(ability);
}

/** An admin may not hand out a role above their own reach; only admins create admins. */
export function canAssignRole(actorRole: Role, role: Role): boolean {
  return actorRole === 'admin' || role !== 'admin';
}
