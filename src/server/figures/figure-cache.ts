import type { Executor } from '../db/database.ts';
import { addDays } from '../../shared/dates.ts';
import { readFigureVersions, type FigureVersions } from './figure-versions.ts';

let maxEntries = 300;

/** Set once at start from FIGURE_CACHE_ENTRIES; 0 computes every figure on every request. */
export function configureFigureCache(entries: number): void {
  maxEntries = entries;
}

/** Per database (tests open many in one process), so two databases never share an answer. */
const caches = new WeakMap<object, Map<string, unknown>>();

function cacheOf(db: object): Map<string, unknown> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/**
 * What a request knows beyond the date: the server's today, and the versions it has read already
 * (by unit), so a dashboard that asks for eight figures reads the counters once.
 */
export type FigureContext = { today?: string; versions?: Map<number, Promise<FigureVersions>> };
/** The day the figures are for, with the request's context. */
export type FigureDate = FigureContext & { asOf: string };

/**
 * Changes in a subtree are dated the day they are made, so they move no figure of an earlier day; only
 * changes that reach everywhere (the unit tree, catalogues, imports) can. Dates two days back are
 * keyed by those alone, which leaves a day's margin for a change made just before midnight that
 * commits just after it.
 */
const isSettled = ({ asOf, today }: FigureDate) => today !== undefined && asOf < addDays(today, -1);

/**
 * Figures of a unit's subtree, computed once per version of that subtree. The version is read before
 * computing, so a change that commits meanwhile can only make the entry look older than it is (and be
 * recomputed next time), never newer. A rejected computation is not kept.
 */
export async function cachedFigures<T>(
  db: Executor,
  unitId: number,
  key: string,
  date: FigureDate,
  compute: () => Promise<T>,
): Promise<T> {
  if (maxEntries === 0) return compute();
  const settled = isSettled(date);
  let read = date.versions?.get(unitId);
  if (!read) {
    read = readFigureVersions(db, unitId);
    date.versions?.set(unitId, read);
  }
  const versions = await read;
  const version = settled ? versions.settled : versions.subtree;
  const cache = cacheOf(db);
  const fullKey = `${unitId}|${settled ? 's' : 'v'}${version}|${date.asOf}|${key}`;
  const hit = cache.get(fullKey) as Promise<T> | undefined;
  if (hit) {
    cache.delete(fullKey); // re-inserted last: the Map's order is the least-recently-used order
    cache.set(fullKey, hit);
    return hit;
  }
  // The promise is cached, so concurrent requests for the same figures share one computation.
  const pending = compute();
  cache.set(fullKey, pending);
  pending.catch(() => cache.delete(fullKey));
  while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
  return pending;
}
