import type { z } from 'zod';
import type { IndicatorStats, indicatorSchema } from '../../../shared/api/indicators.ts';
import type { Plan } from '../../../shared/api/plans.ts';
import { apiFetch, buildUrl } from '../../lib/api-client.ts';

export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorProgress = IndicatorStats['items'][number];
export type Band = IndicatorProgress['status'];

export const plansUrl = '/api/plans';

export function fetchPlans(signal?: AbortSignal): Promise<{ items: Plan[] }> {
  return apiFetch(plansUrl, { signal });
}

export type IndicatorStatsQuery = { unit: string; plan: string; asOf?: string };

/** The request URL doubles as the cache key for useApi. */
export const indicatorStatsUrl = (query: IndicatorStatsQuery) => buildUrl('/api/stats/indicators', query);

export function fetchIndicatorStats(query: IndicatorStatsQuery, signal?: AbortSignal): Promise<IndicatorStats> {
  return apiFetch(indicatorStatsUrl(query), { signal });
}

export const catalogueUrl = (plan: string) => buildUrl('/api/indicators', { plan });

/** The plan's indicators with their ids, kinds and allowed ranges (the statistics rows carry codes only). */
export function fetchCatalogue(plan: string, signal?: AbortSignal): Promise<{ items: Indicator[] }> {
  return apiFetch(catalogueUrl(plan), { signal });
}

/**
 * There is no `GET /api/indicators/:id`: the indicator is looked up in the catalogue of the plan named in
 * the address, or else in each plan the caller can see (a handful).
 */
export async function findIndicator(
  id: number,
  planHint: string | null,
  signal?: AbortSignal,
): Promise<{ indicator: Indicator; plan: Plan } | null> {
  const { items: plans } = await fetchPlans(signal);
  const ordered = [...plans].sort((a, b) => Number(b.code === planHint) - Number(a.code === planHint));
  for (const plan of ordered) {
    const { items } = await fetchCatalogue(plan.code, signal);
    const indicator = items.find((item) => item.id === id);
    if (indicator) return { indicator, plan };
  }
  return null;
}

/**
 * The plan a user most likely means: one their own unit issued (the top one when there are several, as
 * the resolution comes before the programme implementing it), else the most local one they can see.
 */
export function defaultPlan(plans: readonly Plan[], unitCode: string): Plan | undefined {
  const rank = (plan: Plan) => [
    Number(plan.unit.code === unitCode),
    Number(unitCode.startsWith(`${plan.unit.code}.`)),
    plan.unit.code.length,
    Number(plan.parentCode === null),
  ];
  return [...plans].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    const index = ra.findIndex((value, i) => value !== rb[i]);
    return index === -1 ? 0 : rb[index]! - ra[index]!;
  })[0];
}
