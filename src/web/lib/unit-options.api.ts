import { apiFetch, buildUrl } from './api-client.ts';

export type UnitOption = { code: string; fullName: string };

/** Suggestions for the unit-code fields; shared by the features that pick a unit by code. */
export const unitOptionsUrl = (q: string) => buildUrl('/api/units', { q, limit: 15 });

export function fetchUnitOptions(q: string, signal?: AbortSignal): Promise<{ items: UnitOption[]; total: number }> {
  return apiFetch(unitOptionsUrl(q), { signal });
}
