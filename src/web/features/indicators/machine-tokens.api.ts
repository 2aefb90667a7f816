import type { z } from 'zod';
import type { machineTokenSchema } from '../../../shared/api/indicators.ts';
import { apiFetch } from '../../lib/api-client.ts';

export type MachineToken = z.infer<typeof machineTokenSchema>;
/** The secret is in this answer only; the server keeps a hash. */
export type IssuedToken = { id: number; name: string; unitCode: string; token: string };

export const machineTokensUrl = '/api/machine-tokens';

export function fetchMachineTokens(signal?: AbortSignal): Promise<{ items: MachineToken[] }> {
  return apiFetch(machineTokensUrl, { signal });
}

export function issueToken(body: { unitCode: string; name: string }): Promise<IssuedToken> {
  return apiFetch(machineTokensUrl, { method: 'POST', body });
}

export function revokeToken(id: number): Promise<{ ok: true }> {
  return apiFetch(`/api/machine-tokens/${id}/revoke`, { method: 'POST', body: {} });
}
