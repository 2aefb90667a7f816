import type { z } from 'zod';
import type { MapValues, UnitBoundaries } from '../../../shared/api/boundaries.ts';
import type { Dashboard, trendSchema } from '../../../shared/api/dashboard.ts';
import { apiFetch, buildUrl } from '../../lib/api-client.ts';

export type { Dashboard };
export type Trend = z.infer<typeof trendSchema>;
export type TrendPoint = Trend['points'][number];
export type TaskCounts = Dashboard['tasks'];
export type RankingRow = Dashboard['ranking'][number];
export type Warning = Dashboard['warnings'][number];
export type WarningKind = Warning['kind'];
export type BandCounts = NonNullable<Dashboard['indicators']>['total'];

export type DashboardQuery = { unit: string; asOf: string; plan?: string };

/** Six points, 30 days apart, ending on the as-of date: half a year at a glance. */
const TREND_POINTS = 6;

/** The request URLs double as the cache keys for useApi. */
export const dashboardUrl = (query: DashboardQuery) => buildUrl('/api/dashboard', query);
export const trendUrl = (query: DashboardQuery) =>
  buildUrl('/api/dashboard/trend', { unit: query.unit, asOf: query.asOf, points: TREND_POINTS });

export function fetchDashboard(query: DashboardQuery, signal?: AbortSignal): Promise<Dashboard> {
  return apiFetch<Dashboard>(dashboardUrl(query), { signal });
}

export function fetchTrend(query: DashboardQuery, signal?: AbortSignal): Promise<Trend> {
  return apiFetch<Trend>(trendUrl(query), { signal });
}

/** Server-sent events: `change` whenever something in the viewer's scope changes. */
export const liveUrl = '/api/live';

// The map: the boundaries of the shown unit's children (GeoJSON, revalidated by ETag through the browser's
// HTTP cache), and what each child is coloured by.
export type { MapValues, UnitBoundaries } from '../../../shared/api/boundaries.ts';
export type MapItem = MapValues['items'][number];
export type MapIndicatorChoice = MapValues['indicators'][number];
export type MapQuery = { unit: string; asOf: string; plan?: string; indicator?: string };

export const boundariesUrl = (unit: string) => buildUrl('/api/boundaries', { unit });
export const mapValuesUrl = (query: MapQuery) => buildUrl('/api/dashboard/map', query);

export function fetchBoundaries(unit: string, signal?: AbortSignal): Promise<UnitBoundaries> {
  return apiFetch<UnitBoundaries>(boundariesUrl(unit), { signal });
}

export function fetchMapValues(query: MapQuery, signal?: AbortSignal): Promise<MapValues> {
  return apiFetch<MapValues>(mapValuesUrl(query), { signal });
}
