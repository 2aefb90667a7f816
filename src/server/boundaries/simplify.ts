import { bboxOf, polygonsOf, type AreaGeometry, type Bbox, type Position, type Ring } from './geojson.ts';

/**
 * Boundaries are drawn as SVG in the browser at a few hundred pixels across, so the survey-grade detail of
 * official files (a province's communes: 5 MB) is simplified once, at import: Douglas–Peucker on each ring
 * in a local equirectangular frame (longitude × cos latitude, so the tolerance means the same distance in
 * both directions), coordinates rounded to 5 decimals (about 1 m), and islets smaller than the tolerance
 * dropped unless they are the unit's only land. A ring never falls below 4 positions (3 corners + closure).
 */

/** Rounding of stored coordinates: 5 decimals of a degree is about 1.1 m, far below a screen pixel. */
export const COORDINATE_DIGITS = 5;

/**
 * The map fits a parent's children into the screen, so the detail worth keeping scales with the extent of
 * that group: 1/DETAIL of the group's larger side. With 1,500, a province ~1.7° across keeps about 110 m,
 * i.e. under a pixel on a 1,000 px wide map, and its 166 communes fit in well under 300 KB of JSON.
 */
export const DETAIL = 1500;

/** Tolerance in degrees (of latitude) for areas drawn together inside `bbox`. */
export function toleranceFor(bbox: Bbox, detail = DETAIL): number {
  const [west, south, east, north] = bbox;
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  return Math.max((east - west) * squeeze, north - south, 1e-6) / detail;
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Squared distance from p to the segment a–b, with longitudes scaled by `sx`. */
function segmentDistance2(p: Position, a: Position, b: Position, sx: number): number {
  const [px, py, ax, ay, bx, by] = [p[0] * sx, p[1], a[0] * sx, a[1], b[0] * sx, b[1]];
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const [cx, cy] = [ax + t * dx - px, ay + t * dy - py];
  return cx * cx + cy * cy;
}

/**
 * Marks in `keep` the points of ring[from..to] that Douglas–Peucker keeps; returns the farthest point of
 * the first split and its distance, so a caller can keep it anyway when the ring would degenerate.
 */
function douglasPeucker(ring: Ring, from: number, to: number, tolerance2: number, sx: number, keep: Uint8Array) {
  let first = { index: -1, distance2: -1 };
  const stack: [number, number][] = [[from, to]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let [farthest, max] = [-1, -1];
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance2(ring[i]!, ring[a]!, ring[b]!, sx);
      if (d > max) [farthest, max] = [i, d];
    }
    if (a === from && b === to) first = { index: farthest, distance2: max };
    if (farthest < 0 || max <= tolerance2) continue;
    keep[farthest] = 1;
    stack.push([a, farthest], [farthest, b]);
  }
  return first;
}

/** A closed ring simplified to `tolerance` (degrees), rounded, never shorter than 4 positions. */
export function simplifyRing(ring: Ring, tolerance: number, digits = COORDINATE_DIGITS): Ring {
  const last = ring.length - 1;
  let kept: Ring = ring;
  if (ring.length > 4) {
    const meanLat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
    const sx = Math.cos((meanLat * Math.PI) / 180);
    // A closed ring's ends coincide: split it at the point farthest from its start, simplify both halves.
    let [split, max] = [1, -1];
    for (let i = 1; i < last; i++) {
      const d = segmentDistance2(ring[i]!, ring[0]!, ring[0]!, sx);
      if (d > max) [split, max] = [i, d];
    }
    const keep = new Uint8Array(ring.length);
    keep[0] = keep[split] = keep[last] = 1;
    const tolerance2 = tolerance * tolerance;
    const halves = [
      douglasPeucker(ring, 0, split, tolerance2, sx, keep),
      douglasPeucker(ring, split, last, tolerance2, sx, keep),
    ];
    if (keep.reduce((sum, k) => sum + k, 0) < 4) {
      // Smaller than the tolerance: keep the third corner anyway, so the unit stays a (tiny) area.
      const third = halves[0]!.distance2 >= halves[1]!.distance2 ? halves[0]! : halves[1]!;
      if (third.index > 0) keep[third.index] = 1;
    }
    kept = ring.filter((_, i) => keep[i] === 1);
  }
  const rounded = kept.map(([lon, lat]): Position => [round(lon, digits), round(lat, digits)]);
  // Rounding can make neighbours equal; drop the repeats unless that would leave fewer than 4 positions.
  const distinct = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]![0] || p[1] !== rounded[i - 1]![1]);
  return distinct.length >= 4 ? distinct : rounded;
}

/** Width and height of a ring's box in degrees of latitude. */
function extentOf(ring: Ring): [number, number] {
  const [west, south, east, north] = bboxOf({ type: 'Polygon', coordinates: [ring] });
  return [(east - west) * Math.cos((((south + north) / 2) * Math.PI) / 180), north - south];
}

const isSmall = (ring: Ring, tolerance: number) => extentOf(ring).every((side) => side < tolerance);

/**
 * The geometry simplified for display. Holes and islets narrower than the tolerance in both directions are
 * dropped (they would be under a pixel), except the largest polygon, so a unit never disappears.
 */
export function simplifyGeometry(geometry: AreaGeometry, tolerance: number, digits = COORDINATE_DIGITS): AreaGeometry {
  const polygons = polygonsOf(geometry);
  const sizes = polygons.map((rings) => extentOf(rings[0]!).reduce((w, h) => w * h));
  const largest = sizes.indexOf(Math.max(...sizes));
  const simplified = polygons
    .filter((rings, i) => i === largest || !isSmall(rings[0]!, tolerance))
    .map(([outer, ...holes]) => [
      simplifyRing(outer!, tolerance, digits),
      ...holes.filter((hole) => !isSmall(hole, tolerance)).map((hole) => simplifyRing(hole, tolerance, digits)),
    ]);
  return simplified.length === 1
    ? { type: 'Polygon', coordinates: simplified[0]! }
    : { type: 'MultiPolygon', coordinates: simplified };
}

/** Positions in a geometry, for reporting how much simplification removed. */
export function countPositions(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce((sum, rings) => sum + rings.reduce((n, ring) => n + ring.length, 0), 0);
}
