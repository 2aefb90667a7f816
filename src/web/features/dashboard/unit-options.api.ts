import { apiFetch, buildUrl } from '../../lib/api-client.ts';

export type UnitOption = { code: string; fullName: string };

/** Suggestions for the unit-code field; features do not share code, so this asks the API itself. */
export const unitOptionsUrl = (q: string) => buildUrl('/api/units', { q, limit: 15 });

export function fetchUnitOptions(q: string, signal?: AbortSignal): Promise<{ items: UnitOption[]; total: number }> {
  return apiFetch(unitOptionsUrl(q), { signal });
}
