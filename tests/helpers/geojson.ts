/** GeoJSON fixtures for the boundary and map tests: squares near Thanh Hóa with many points per side. */

/** A square ring of `size` degrees with many points per side, so simplification has work to do. */
export function square(lon: number, lat: number, size = 0.05, perSide = 50): number[][] {
  const corners = [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
  const ring: number[][] = [];
  for (let side = 0; side < 4; side++)
    for (let i = 0; i < perSide; i++) {
      const [a, b] = [corners[side]!, corners[side + 1]!];
      ring.push([a[0]! + ((b[0]! - a[0]!) * i) / perSide, a[1]! + ((b[1]! - a[1]!) * i) / perSide]);
    }
  return [...ring, ring[0]!];
}
export const polygon = (lon: number, lat: number) => ({ type: 'Polygon', coordinates: [square(lon, lat)] });
export const feature = (properties: Record<string, unknown>, geometry: unknown) => ({
  type: 'Feature',
  properties,
  geometry,
});
export const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

/** Three communes of Thanh Hóa side by side. */
export const threeCommunes = collection(
  feature({ code: '14758', name: 'Hàm Rồng' }, polygon(105.75, 19.8)),
  feature({ code: '14797', name: 'Hạc Thành' }, polygon(105.8, 19.8)),
  feature({ code: '14812' }, { type: 'MultiPolygon', coordinates: [[square(105.85, 19.8)], [square(105.9, 19.8)]] }),
);
export const json = (body: unknown) => ({
  payload: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

export type Feature = {
  properties: { code: string; name: string };
  geometry: { type: string; coordinates: unknown[] };
};
export type MapItem = {
  unit: { code: string };
  hasBoundary: boolean;
  score: number | null;
  grade: string | null;
  rank: number | null;
  value: number | null;
  valueOn: string | null;
  band: string | null;
  link: string;
};
