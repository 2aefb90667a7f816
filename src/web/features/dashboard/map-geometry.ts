/**
 * Minimal GeoJSON (RFC 7946) for unit boundaries, and a projection onto an SVG box. Units are small enough
 * for an equirectangular projection with longitude scaled by cos(latitude) to look right.
 */
type Ring = number[][];
export type BoundaryGeometry =
  { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type BoundaryFeature = {
  type: 'Feature';
  /** `code` is the unit's official code, as in the ranking. */
  properties: { code?: string; name?: string } | null;
  geometry: BoundaryGeometry | null;
};
export type UnitBoundaries = { type: 'FeatureCollection'; features: BoundaryFeature[] };

export type ProjectedArea = { code: string; name?: string; path: string; label: { x: number; y: number } };

const polygonsOf = (geometry: BoundaryGeometry): Ring[][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** Fits every area into `width` × (computed) height with `pad` around; the height keeps the map's shape. */
export function projectBoundaries(
  boundaries: UnitBoundaries,
  width: number,
  pad = 8,
): { height: number; areas: ProjectedArea[] } {
  const features = boundaries.features.filter(
    (f): f is BoundaryFeature & { geometry: BoundaryGeometry } => f.geometry !== null && !!f.properties?.code,
  );
  const points = features.flatMap((f) => polygonsOf(f.geometry).flat(2));
  if (points.length === 0) return { height: 0, areas: [] };
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * squeeze, 1e-9);
  const spanY = Math.max(north - south, 1e-9);
  const scale = (width - 2 * pad) / spanX;
  const height = Math.round(spanY * scale + 2 * pad);
  const x = (lon: number) => pad + (lon - west) * squeeze * scale;
  const y = (lat: number) => pad + (north - lat) * scale;
  const areas = features.map((feature) => {
    const polygons = polygonsOf(feature.geometry);
    const path = polygons
      .flat()
      .map(
        (ring) =>
          ring.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p[0]!).toFixed(1)} ${y(p[1]!).toFixed(1)}`).join('') + 'Z',
      )
      .join('');
    // The label goes to the middle of the largest outer ring's box: good enough for compact shapes.
    const outer = polygons.map((rings) => rings[0] ?? []).sort((a, b) => b.length - a.length)[0] ?? [];
    const xs = outer.map((p) => x(p[0]!));
    const ys = outer.map((p) => y(p[1]!));
    const label = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    return { code: feature.properties!.code!, name: feature.properties!.name, path, label };
  });
  return { height, areas };
}
