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

export type ProjectedArea = {
  code: string;
  name?: string;
  path: string;
  /** Where the area's text goes (the centre of its largest part), and the room around it in pixels. */
  label: { x: number; y: number };
  room: { width: number; height: number };
};

const polygonsOf = (geometry: BoundaryGeometry): Ring[][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** Signed area and centroid of a ring (shoelace); falls back to the first point for a degenerate ring. */
function ringCentre(ring: Ring): { area: number; x: number; y: number } {
  let [area, cx, cy] = [0, 0, 0];
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0, x1, y1] = [ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (area === 0) return { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 };
  return { area: Math.abs(area / 2), x: cx / (3 * area), y: cy / (3 * area) };
}

/** Fits every area into `width` × (computed) height with `pad` around; the height keeps the map's shape. */
export function projectBoundaries(
  boundaries: UnitBoundaries,
  width: number,
  pad = 8,
): { height: number; areas: ProjectedArea[] } {
  const features = boundaries.features.filter(
    (f): f is BoundaryFeature & { geometry: BoundaryGeometry } => f.geometry !== null && !!f.properties?.code,
  );
  // Loops, not Math.min(...points): a whole country's communes would overflow the argument list.
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const feature of features)
    for (const rings of polygonsOf(feature.geometry))
      for (const [lon, lat] of rings[0] ?? []) {
        west = Math.min(west, lon!);
        east = Math.max(east, lon!);
        south = Math.min(south, lat!);
        north = Math.max(north, lat!);
      }
  if (west === Infinity) return { height: 0, areas: [] };
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
    // The text goes to the centroid of the largest part: inside for the usual compact shapes.
    const outers = polygons.map((rings) => rings[0] ?? []);
    const largest = outers.reduce((best, ring) => (ringCentre(ring).area > ringCentre(best).area ? ring : best));
    const centre = ringCentre(largest);
    const xs = largest.map((p) => x(p[0]!));
    const ys = largest.map((p) => y(p[1]!));
    return {
      code: feature.properties!.code!,
      name: feature.properties!.name,
      path,
      label: { x: x(centre.x), y: y(centre.y) },
      room: { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) },
    };
  });
  return { height, areas };
}
