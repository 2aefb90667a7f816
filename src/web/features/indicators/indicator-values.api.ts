import type { IndicatorValue } from '../../../shared/api/indicators.ts';
import { apiFetch, buildUrl } from '../../lib/api-client.ts';

export type PendingValue = IndicatorValue & { indicatorName: string; indicatorId: number };
export type NewValue = {
  unitCode: string;
  periodEnd: string;
  value: number;
  comment?: string | null;
  explanation?: string | null;
};

export const valuesUrl = (indicatorId: number, unit: string) =>
  buildUrl(`/api/indicators/${indicatorId}/values`, { unit });

/** Every version of every period for one unit, newest first. */
export function fetchValues(indicatorId: number, unit: string, signal?: AbortSignal): Promise<IndicatorValue[]> {
  return apiFetch<{ items: IndicatorValue[] }>(valuesUrl(indicatorId, unit), { signal }).then((body) => body.items);
}

/**
 * Sparklines ask for the same histories as the table scrolls back and forth (and the phone cards and the
 * wide table share them), so answers are kept until a value is recorded or reviewed.
 */
const sparklineCache = new Map<string, Promise<IndicatorValue[]>>();

export function fetchValuesCached(indicatorId: number, unit: string): Promise<IndicatorValue[]> {
  const key = valuesUrl(indicatorId, unit);
  let pending = sparklineCache.get(key);
  if (!pending) {
    pending = fetchValues(indicatorId, unit);
    pending.catch(() => sparklineCache.delete(key));
    sparklineCache.set(key, pending);
  }
  return pending;
}

const changed = <T>(request: Promise<T>) => request.finally(() => sparklineCache.clear());

/** Records a value; it waits for review. The answer may carry `warnings` (far from the unit's history). */
export function recordValue(indicatorId: number, body: NewValue): Promise<IndicatorValue> {
  return changed(apiFetch(`/api/indicators/${indicatorId}/values`, { method: 'POST', body }));
}

export const pendingUrl = '/api/indicator-values/pending';

export function fetchPending(signal?: AbortSignal): Promise<{ items: PendingValue[] }> {
  return apiFetch(pendingUrl, { signal });
}

export function approveValue(valueId: number): Promise<IndicatorValue> {
  return changed(apiFetch(`/api/indicator-values/${valueId}/approve`, { method: 'POST', body: {} }));
}

export function returnValue(valueId: number, reason: string): Promise<IndicatorValue> {
  return changed(apiFetch(`/api/indicator-values/${valueId}/return`, { method: 'POST', body: { reason } }));
}
