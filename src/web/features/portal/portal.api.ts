import type {
  Catalogue,
  DatasetDetail,
  PublicRanking,
  PublicUnitDetail,
  PublicUnits,
} from '../../../shared/api/portal.ts';
import { apiFetch } from '../../lib/api-client.ts';

export type { Catalogue, DatasetDetail, PublicRanking, PublicUnitDetail, PublicUnits };
export type PublicDataset = Catalogue['datasets'][number];
export type PublicIndicator = PublicUnitDetail['plans'][number]['indicators'][number];

/** The URLs double as useApi cache keys. Anonymous: no session, no CSRF token needed (GET only). */
export const unitsUrl = '/api/public/units';
export const unitUrl = (code: string) => `/api/public/units/${encodeURIComponent(code)}`;
export const rankingUrl = '/api/public/ranking';
export const catalogueUrl = '/api/public/datasets';
export const datasetUrl = (name: string) => `/api/public/datasets/${encodeURIComponent(name)}`;

export const fetchUnits = (signal?: AbortSignal) => apiFetch<PublicUnits>(unitsUrl, { signal });
export const fetchUnit = (code: string, signal?: AbortSignal) => apiFetch<PublicUnitDetail>(unitUrl(code), { signal });
export const fetchRanking = (signal?: AbortSignal) => apiFetch<PublicRanking>(rankingUrl, { signal });
export const fetchCatalogue = (signal?: AbortSignal) => apiFetch<Catalogue>(catalogueUrl, { signal });
export const fetchDataset = (name: string, signal?: AbortSignal) =>
  apiFetch<DatasetDetail>(datasetUrl(name), { signal });

/** Portal pages, one place for their addresses. */
export const portalPaths = {
  home: '/portal',
  unit: (code: string) => `/portal/units/${encodeURIComponent(code)}`,
  ranking: '/portal/ranking',
  openData: '/portal/open-data',
  dataset: (name: string) => `/portal/open-data/${encodeURIComponent(name)}`,
};
