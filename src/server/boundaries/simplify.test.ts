import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bboxOf, parseGeoJson, polygonsOf, readBoundaryFeatures, type Position, type Ring } from './geojson.ts';
import { countPositions, simplifyGeometry, simplifyRing, toleranceFor } from './simplify.ts';

/** A unit square's outline with `n` points on each side, closed. */
function denseSquare(n: number, lon = 105, lat = 0): Ring {
  const side = (from: Position, to: Position) =>
    Array.from({ length: n }, (_, i): Position => [
      from[0] + ((to[0] - from[0]) * i) / n,
      from[1] + ((to[1] - from[1]) * i) / n,
    ]);
  const a: Position = [lon, lat];
  const b: Position = [lon + 1, lat];
  const c: Position = [lon + 1, lat + 1];
  const d: Position = [lon, lat + 1];
  return [...side(a, b), ...side(b, c), ...side(c, d), ...side(d, a), a];
}

const isClosed = (ring: Ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1];

describe('simplifyRing', () => {
  it('keeps only the corners of a straight-sided shape', () => {
    const ring = simplifyRing(denseSquare(50), 0.001);
    expect(ring).toEqual([
      [105, 0],
      [106, 0],
      [106, 1],
      [105, 1],
      [105, 0],
    ]);
  });

  it('keeps a bump larger than the tolerance and drops one smaller', () => {
    const ring = denseSquare(10);
    ring[5] = [105.5, -0.05]; // 0.05° out of the southern edge
    ring[15] = [106.0004, 0.5]; // 0.0004° out of the eastern edge
    const simplified = simplifyRing(ring, 0.001);
    expect(simplified).toContainEqual([105.5, -0.05]);
    expect(simplified).not.toContainEqual([106.0004, 0.5]);
    expect(simplified).toHaveLength(8); // 4 corners, the closure, the bump and its two feet
  });

  it('rounds to 5 decimals and never leaves fewer than 4 positions, even for a ring under the tolerance', () => {
    const tiny: Ring = [
      [105.000001, 19.000001],
      [105.0001234, 19.0000012],
      [105.0001234, 19.0001234],
      [105.00005, 19.00015],
      [105.0000001, 19.0001],
      [105.000001, 19.000001],
    ];
    const ring = simplifyRing(tiny, 0.01);
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(isClosed(ring)).toBe(true);
    for (const [lon, lat] of ring) {
      expect(Math.round(lon * 1e5) / 1e5).toBe(lon);
      expect(Math.round(lat * 1e5) / 1e5).toBe(lat);
    }
    // Even rounding to whole degrees leaves a (degenerate) ring of 4 positions rather than fewer.
    expect(simplifyRing(tiny, 0.01, 0)).toHaveLength(4);
  });

  it('scales longitudes by the cosine of the latitude', () => {
    // At 60° a degree of longitude is half a degree of latitude: a 0.0015° bump in longitude is 0.00075°.
    const ring = denseSquare(10, 10, 60);
    ring[15] = [11.0015, 60.5];
    expect(simplifyRing(ring, 0.001)).not.toContainEqual([11.0015, 60.5]);
    expect(simplifyRing(ring, 0.0005)).toContainEqual([11.0015, 60.5]);
  });
});

describe('simplifyGeometry', () => {
  it('drops islets and holes under the tolerance but always keeps the largest polygon', () => {
    const islet = denseSquare(2, 107, 0).map(([x, y]): Position => [105 + (x - 107) / 10_000, y / 10_000 + 2]);
    const geometry = simplifyGeometry({ type: 'MultiPolygon', coordinates: [[islet], [denseSquare(5), islet]] }, 0.001);
    expect(geometry.type).toBe('Polygon');
    expect(geometry.coordinates).toHaveLength(1);
    const alone = simplifyGeometry({ type: 'Polygon', coordinates: [islet] }, 0.001);
    expect(countPositions(alone)).toBeGreaterThanOrEqual(4);
  });
});

describe('toleranceFor', () => {
  it('is a fixed share of the larger side of the area drawn', () => {
    expect(toleranceFor([105, 19, 106, 21], 1000)).toBeCloseTo(0.002, 6);
    expect(toleranceFor([0, 0, 3, 1], 1000)).toBeCloseTo(0.003, 6);
  });
});

const thanhHoa = new URL('../../../../shared/data/geo/wards_38_thanh_hoa.geojson', import.meta.url);

describe('on the real boundaries of Thanh Hóa (../shared/data)', () => {
  it.skipIf(!existsSync(thanhHoa))('brings 166 communes (5 MB) under 300 KB of JSON, every ring valid', () => {
    const { boundaries, problems } = readBoundaryFeatures(parseGeoJson(readFileSync(thanhHoa)));
    expect(problems).toEqual([]);
    const boxes = boundaries.map((b) => bboxOf(b.geometry));
    const extent = [0, 1, 2, 3].map((i) => (i < 2 ? Math.min : Math.max)(...boxes.map((b) => b[i]!)));
    const tolerance = toleranceFor(extent as [number, number, number, number]);
    const features = boundaries.map((b) => ({
      type: 'Feature',
      properties: { code: b.code, name: 'Phường Hàm Rồng' },
      geometry: simplifyGeometry(b.geometry, tolerance),
    }));
    expect(features).toHaveLength(166);
    const size = JSON.stringify({ type: 'FeatureCollection', features }).length;
    expect(size).toBeLessThan(300_000);
    for (const { geometry } of features)
      for (const rings of polygonsOf(geometry))
        for (const ring of rings) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(isClosed(ring)).toBe(true);
        }
  });
});
