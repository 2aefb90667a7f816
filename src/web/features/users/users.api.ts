import type { Unit } from '../../../shared/api/units.ts';
import type { CreateUserBody, UpdateUserBody, User } from '../../../shared/api/users.ts';
import type { Role } from '../../../shared/domain.ts';
import { apiFetch, buildUrl } from '../../lib/api-client.ts';

export type UserList = { items: User[]; total: number };
export type UserListQuery = { q?: string; unit?: string; role?: Role | ''; limit: number; offset: number };

export const userListUrl = (query: UserListQuery) => buildUrl('/api/users', query);

export function fetchUsers(query: UserListQuery, signal?: AbortSignal): Promise<UserList> {
  return apiFetch<UserList>(userListUrl(query), { signal });
}

export function createUser(body: CreateUserBody): Promise<User> {
  return apiFetch<User>('/api/users', { method: 'POST', body });
}

export function updateUser(id: number, body: UpdateUserBody): Promise<User> {
  return apiFetch<User>(`/api/users/${id}`, { method: 'PATCH', body });
}

export function resetUserPassword(id: number, newPassword: string): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>(`/api/users/${id}/password`, { method: 'POST', body: { newPassword } });
}

/** Units for the unit picker; this feature asks the API itself rather than reaching into features/units. */
export const unitOptionsUrl = (q: string) => buildUrl('/api/units', { q, limit: 20 });

export function fetchUnitOptions(q: string, signal?: AbortSignal): Promise<{ items: Unit[]; total: number }> {
  return apiFetch(unitOptionsUrl(q), { signal });
}
