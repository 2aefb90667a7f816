import { useApi } from '../../lib/use-api.ts';
import { boundariesUrl, fetchBoundaries } from './dashboard.api.ts';

/**
 * The boundaries of the shown unit's children, for the map. They change only when an admin imports a
 * file, so they are not refetched on live changes; the browser revalidates them by ETag (304) when the
 * unit is shown again, instead of downloading a province's ~250 KB each time.
 */
export function useBoundaries(unit: string, isWanted = true) {
  return useApi(isWanted ? boundariesUrl(unit) : null, (signal) => fetchBoundaries(unit, signal));
}
