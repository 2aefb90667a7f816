import { describe, expect, it } from 'vitest';
import { projectBoundaries, type UnitBoundaries } from './map-geometry.ts';

const square = (code: string, lon: number): UnitBoundaries['features'][number] => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, 0],
        [lon + 1, 0],
        [lon + 1, 1],
        [lon, 1],
        [lon, 0],
      ],
    ],
  },
});

describe('projectBoundaries', () => {
  it('fits the areas into the width, north up, and keeps the shape', () => {
    const { height, areas } = projectBoundaries(
      { type: 'FeatureCollection', features: [square('A', 0), square('B', 1)] },
      216,
      8,
    );
    expect(height).toBe(116); // 2 × 1 degrees near the equator: half as high as wide, plus the padding
    expect(areas.map((a) => a.code)).toEqual(['A', 'B']);
    expect(areas[0]!.path.startsWith('M8.0 108.0L108.0 108.0L108.0 8.0')).toBe(true);
    expect(areas[1]!.label.x).toBeCloseTo(158, 1);
    expect(areas[1]!.label.y).toBeCloseTo(58, 1);
  });

  it('skips features without a code or a geometry', () => {
    const result = projectBoundaries(
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: null, geometry: null }] },
      100,
    );
    expect(result).toEqual({ height: 0, areas: [] });
  });
});
