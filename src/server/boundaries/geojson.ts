/**
 * Reading an admin's GeoJSON (RFC 7946): a FeatureCollection of Polygon / MultiPolygon features, each
 * naming its unit by an official code in one property. Every feature is checked and every problem is
 * reported with the feature's index, so an import is either wholly clean or wholly refused.
 */
export type Position = [number, number];
export type Ring = Position[];
export type AreaGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type Bbox = [number, number, number, number];

export type ProblemReason =
  | 'not_a_feature'
  | 'missing_code'
  | 'duplicate_code'
  | 'unknown_unit'
  | 'wrong_geometry'
  | 'invalid_position'
  | 'coordinates_out_of_range'
  | 'invalid_ring';

/** One refused feature: its index in `features` (from 0), its code when it has one, why, in Vietnamese. */
export type FeatureProblem = { feature: number; unitCode: string | null; reason: ProblemReason; message: string };
export type BoundaryInput = { feature: number; code: string; geometry: AreaGeometry };

/** The file as a whole is unusable (not JSON, not a FeatureCollection): no per-feature report possible. */
export class GeoJsonFileError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function bboxOf(geometry: AreaGeometry): Bbox {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry))
    for (const ring of polygon)
      for (const [lon, lat] of ring) {
        if (lon < west) west = lon;
        if (lon > east) east = lon;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
      }
  return [west, south, east, north];
}

type Checked<T> = { value: T } | { reason: ProblemReason; message: string };

/** A position: two finite numbers (an altitude is dropped), longitude −180…180, latitude −90…90. */
function checkPosition(raw: unknown, where: string): Checked<Position> {
  if (!Array.isArray(raw) || raw.length < 2 || !raw.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return { reason: 'invalid_position', message: `${where}: tọa độ phải là [kinh độ, vĩ độ] bằng số.` };
  }
  const [lon, lat] = raw as number[];
  if (lon! < -180 || lon! > 180 || lat! < -90 || lat! > 90) {
    return {
      reason: 'coordinates_out_of_range',
      message: `${where}: tọa độ [${lon}, ${lat}] nằm ngoài phạm vi (kinh độ −180…180, vĩ độ −90…90); tệp phải dùng kinh độ/vĩ độ WGS 84.`,
    };
  }
  return { value: [lon!, lat!] };
}

/** A linear ring: at least four positions, the last equal to the first. */
function checkRing(raw: unknown, where: string): Checked<Ring> {
  if (!Array.isArray(raw)) return { reason: 'invalid_ring', message: `${where} không phải danh sách tọa độ.` };
  const ring: Ring = [];
  for (const [i, point] of raw.entries()) {
    const checked = checkPosition(point, `${where}, điểm ${i}`);
    if (!('value' in checked)) return checked;
    ring.push(checked.value);
  }
  if (ring.length < 4) {
    return { reason: 'invalid_ring', message: `${where} chỉ có ${ring.length} điểm; một vòng cần ít nhất 4 điểm.` };
  }
  const [first, last] = [ring[0]!, ring.at(-1)!];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return { reason: 'invalid_ring', message: `${where} không khép kín: điểm cuối phải trùng điểm đầu.` };
  }
  return { value: ring };
}

function checkPolygon(raw: unknown, where: string): Checked<Ring[]> {
  if (!Array.isArray(raw) || raw.length === 0) {
    return { reason: 'invalid_ring', message: `${where} không có vòng ranh giới nào.` };
  }
  const rings: Ring[] = [];
  for (const [i, ring] of raw.entries()) {
    const checked = checkRing(ring, i === 0 ? `${where}, vòng ngoài` : `${where}, vòng trong ${i}`);
    if (!('value' in checked)) return checked;
    rings.push(checked.value);
  }
  return { value: rings };
}

function checkGeometry(raw: unknown): Checked<AreaGeometry> {
  const type = isRecord(raw) ? raw.type : null;
  if (!isRecord(raw) || (type !== 'Polygon' && type !== 'MultiPolygon')) {
    const found = typeof type === 'string' ? type : raw === null ? 'null' : 'không rõ';
    return {
      reason: 'wrong_geometry',
      message: `Hình học phải là Polygon hoặc MultiPolygon (tệp có: ${found}).`,
    };
  }
  if (type === 'Polygon') {
    const polygon = checkPolygon(raw.coordinates, 'Đa giác');
    return 'value' in polygon ? { value: { type, coordinates: polygon.value } } : polygon;
  }
  if (!Array.isArray(raw.coordinates) || raw.coordinates.length === 0) {
    return { reason: 'invalid_ring', message: 'MultiPolygon không có đa giác nào.' };
  }
  const polygons: Ring[][] = [];
  for (const [i, rawPolygon] of raw.coordinates.entries()) {
    const polygon = checkPolygon(rawPolygon, `Đa giác ${i}`);
    if (!('value' in polygon)) return polygon;
    polygons.push(polygon.value);
  }
  return { value: { type, coordinates: polygons } };
}

/** The unit code a feature names: a string, or a number written as digits (leading zeros are then lost). */
function codeOf(feature: Record<string, unknown>, property: string): string | null {
  const value = isRecord(feature.properties) ? feature.properties[property] : undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value.trim();
}

export function parseGeoJson(bytes: Buffer | string): unknown {
  const text = (typeof bytes === 'string' ? bytes : bytes.toString('utf8')).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GeoJsonFileError('Tệp không phải JSON hợp lệ (GeoJSON là một tệp JSON).');
  }
}

/**
 * Every feature's code and geometry, and every problem found. `property` names the code's property
 * (`code` unless the file uses another, such as `ma_xa`). Unit lookups are the caller's job.
 */
export function readBoundaryFeatures(
  document: unknown,
  property = 'code',
): { boundaries: BoundaryInput[]; problems: FeatureProblem[]; total: number } {
  if (!isRecord(document) || document.type !== 'FeatureCollection' || !Array.isArray(document.features)) {
    throw new GeoJsonFileError('Tệp phải là một GeoJSON FeatureCollection (có "type" và danh sách "features").');
  }
  if (document.features.length === 0) throw new GeoJsonFileError('Tệp không có đối tượng (feature) nào.');
  const boundaries: BoundaryInput[] = [];
  const problems: FeatureProblem[] = [];
  const seen = new Map<string, number>();
  for (const [index, raw] of (document.features as unknown[]).entries()) {
    const refuse = (unitCode: string | null, reason: ProblemReason, message: string) =>
      problems.push({ feature: index, unitCode, reason, message });
    if (!isRecord(raw) || raw.type !== 'Feature') {
      refuse(null, 'not_a_feature', 'Phần tử này không phải một Feature của GeoJSON.');
      continue;
    }
    const code = codeOf(raw, property);
    if (code === null) {
      refuse(null, 'missing_code', `Thiếu mã đơn vị trong thuộc tính "${property}".`);
      continue;
    }
    const firstIndex = seen.get(code);
    if (firstIndex !== undefined) {
      refuse(code, 'duplicate_code', `Mã ${code} đã có ở đối tượng số ${firstIndex}.`);
      continue;
    }
    seen.set(code, index);
    const geometry = checkGeometry(raw.geometry);
    if (!('value' in geometry)) {
      refuse(code, geometry.reason, geometry.message);
      continue;
    }
    boundaries.push({ feature: index, code, geometry: geometry.value });
  }
  return { boundaries, problems, total: document.features.length };
}

export const unknownUnitProblem = (feature: number, code: string): FeatureProblem => ({
  feature,
  unitCode: code,
  reason: 'unknown_unit',
  message: `Không có đơn vị mã ${code} trong phạm vi quản lý của bạn.`,
});
