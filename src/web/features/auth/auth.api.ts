import type { LoginBody, Me } from '../../../shared/api/auth.ts';
import { apiFetch } from '../../lib/api-client.ts';

export function login(body: LoginBody): Promise<Me> {
  return apiFetch<Me>('/api/auth/login', { method: 'POST', body });
}

export function changePassword(body: { currentPassword: string; newPassword: string }): Promise<{ ok: true }> {
  return apiFetch<{ ok: true }>('/api/auth/password', { method: 'POST', body });
}
