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

  it("puts the text at the centre of a unit's largest part, with the room around it", () => {
    // An L-shaped unit plus a small island: the text goes to the L's centroid, not the island's.
    const shape: UnitBoundaries['features'][number] = {
      type: 'Feature',
      properties: { code: 'L', name: 'Xã Chữ L' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [0.5, 0],
              [0.5, 0.1],
              [0.9, 0.1],
              [0.9, 0.4],
              [0, 0.4],
              [0, 0],
            ],
          ],
          [
            [
              [1, 0],
              [1.1, 0],
              [1.1, 0.1],
              [1, 0],
            ],
          ],
        ],
      },
    };
    const { areas } = projectBoundaries({ type: 'FeatureCollection', features: [shape] }, 118, 4);
    const [area] = areas;
    expect(area!.name).toBe('Xã Chữ L');
    // 1.1° across in 110 px: 100 px a degree. The L (0.27 + 0.05 square degrees) has its centroid at
    // (0.41875, 0.21875), while the middle of its box would be (0.45, 0.2).
    expect(area!.label.x).toBeCloseTo(4 + 41.875, 1);
    expect(area!.label.y).toBeCloseTo(4 + (0.4 - 0.21875) * 100, 1);
    expect(area!.room.width).toBeCloseTo(90, 2);
    expect(area!.room.height).toBeCloseTo(40, 2);
  });

  it('skips features without a code or a geometry', () => {
    const result = projectBoundaries(
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: null, geometry: null }] },
      100,
    );
    expect(result).toEqual({ height: 0, areas: [] });
  });
});
