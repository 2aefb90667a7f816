import type { ImportReport, Unit, UnitDetail } from '../../../shared/api/units.ts';
import type { UnitLevel } from '../../../shared/domain.ts';
import { apiFetch, buildUrl } from '../../lib/api-client.ts';

export type UnitList = { items: Unit[]; total: number };
export type UnitListQuery = { q?: string; parent?: string; level?: UnitLevel | ''; limit?: number; offset?: number };

/** The request URL doubles as the cache key for useApi. */
export const unitListUrl = (query: UnitListQuery) => buildUrl('/api/units', query);
export const unitUrl = (code: string) => `/api/units/${encodeURIComponent(code)}`;

export function fetchUnits(query: UnitListQuery, signal?: AbortSignal): Promise<UnitList> {
  return apiFetch<UnitList>(unitListUrl(query), { signal });
}

export function fetchUnit(code: string, signal?: AbortSignal): Promise<UnitDetail> {
  return apiFetch<UnitDetail>(unitUrl(code), { signal });
}

export type ImportFormat = 'csv' | 'json' | 'xlsx';

export function importFormatOf(file: { name: string; type: string }): ImportFormat | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'csv';
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  if (name.endsWith('.xlsx') || file.type.includes('spreadsheetml')) return 'xlsx';
  return undefined;
}

/** Sends the file as the raw body. A 422 still carries a report (the rejected rows), so it is data, not an error. */
export function importUnits(file: File, options: { format?: ImportFormat; isDryRun: boolean }): Promise<ImportReport> {
  return apiFetch<ImportReport>('/api/units/import', {
    method: 'POST',
    query: { format: options.format, dryRun: options.isDryRun },
    body: file,
    acceptStatus: [422],
  });
}
