import { describe, expect, it } from 'vitest';
import { bboxOf, GeoJsonFileError, parseGeoJson, readBoundaryFeatures } from './geojson.ts';

const square = (lon: number, lat: number, size = 0.1) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
const feature = (properties: unknown, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('readBoundaryFeatures', () => {
  it('reads Polygon and MultiPolygon features by their code, dropping altitudes', () => {
    const { boundaries, problems, total } = readBoundaryFeatures(
      collection(
        feature({ code: '14758', name: 'Hàm Rồng' }, { type: 'Polygon', coordinates: [square(105.7, 19.8)] }),
        feature(
          { code: ' 14797 ' },
          {
            type: 'MultiPolygon',
            coordinates: [[square(105.8, 19.8).map(([x, y]) => [x, y, 12])], [square(106, 19.9)]],
          },
        ),
      ),
    );
    expect(problems).toEqual([]);
    expect(total).toBe(2);
    expect(boundaries.map((b) => [b.feature, b.code, b.geometry.type])).toEqual([
      [0, '14758', 'Polygon'],
      [1, '14797', 'MultiPolygon'],
    ]);
    expect(boundaries[1]!.geometry.coordinates[0]![0]![0]).toEqual([105.8, 19.8]);
  });

  it('takes the code from another property when asked, and accepts numbers', () => {
    const { boundaries } = readBoundaryFeatures(
      collection(feature({ ma_tinh: 38 }, { type: 'Polygon', coordinates: [square(105, 19)] })),
      'ma_tinh',
    );
    expect(boundaries[0]!.code).toBe('38');
  });

  it('reports every refused feature by index, with a reason code and a Vietnamese message', () => {
    const { boundaries, problems } = readBoundaryFeatures(
      collection(
        { type: 'Point', coordinates: [1, 2] },
        feature({ name: 'Không mã' }, { type: 'Polygon', coordinates: [square(105, 19)] }),
        feature({ code: 'A' }, { type: 'Point', coordinates: [105, 19] }),
        feature({ code: 'B' }, { type: 'Polygon', coordinates: [square(588_000, 2_190_000, 100)] }),
        feature({ code: 'C' }, { type: 'Polygon', coordinates: [square(105, 19).slice(0, 4)] }),
        feature(
          { code: 'D' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [105, 19],
                [106, 19],
                [105, 19],
              ],
            ],
          },
        ),
        feature(
          { code: 'E' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [105, '19'],
                [105, 19],
                [106, 19],
                [105, 19],
              ],
            ],
          },
        ),
        feature({ code: 'F' }, { type: 'MultiPolygon', coordinates: [] }),
        feature({ code: 'G' }, null),
        feature({ code: 'OK' }, { type: 'Polygon', coordinates: [square(105, 19)] }),
        feature({ code: 'OK' }, { type: 'Polygon', coordinates: [square(105, 19)] }),
      ),
    );
    expect(boundaries.map((b) => b.code)).toEqual(['OK']);
    expect(problems.map((p) => [p.feature, p.unitCode, p.reason])).toEqual([
      [0, null, 'not_a_feature'],
      [1, null, 'missing_code'],
      [2, 'A', 'wrong_geometry'],
      [3, 'B', 'coordinates_out_of_range'],
      [4, 'C', 'invalid_ring'],
      [5, 'D', 'invalid_ring'],
      [6, 'E', 'invalid_position'],
      [7, 'F', 'invalid_ring'],
      [8, 'G', 'wrong_geometry'],
      [10, 'OK', 'duplicate_code'],
    ]);
    expect(problems[1]!.message).toBe('Thiếu mã đơn vị trong thuộc tính "code".');
    expect(problems[2]!.message).toBe('Hình học phải là Polygon hoặc MultiPolygon (tệp có: Point).');
    expect(problems[3]!.message).toContain('nằm ngoài phạm vi');
    expect(problems[4]!.message).toBe('Đa giác, vòng ngoài không khép kín: điểm cuối phải trùng điểm đầu.');
    expect(problems[5]!.message).toBe('Đa giác, vòng ngoài chỉ có 3 điểm; một vòng cần ít nhất 4 điểm.');
    expect(problems[9]!.message).toBe('Mã OK đã có ở đối tượng số 9.');
  });

  it('refuses a file that is not a FeatureCollection as a whole', () => {
    expect(() => parseGeoJson('{"type":')).toThrow(GeoJsonFileError);
    expect(() => readBoundaryFeatures({ type: 'Feature' })).toThrow('FeatureCollection');
    expect(() => readBoundaryFeatures(collection())).toThrow('không có đối tượng');
    expect(parseGeoJson(Buffer.from('\uFEFF{"a":1}'))).toEqual({ a: 1 });
  });
});

describe('bboxOf', () => {
  it('spans every ring of every polygon', () => {
    expect(
      bboxOf({
        type: 'MultiPolygon',
        coordinates: [[square(105, 19) as [number, number][]], [square(106, 20, 0.5) as [number, number][]]],
      }),
    ).toEqual([105, 19, 106.5, 20.5]);
  });
});
