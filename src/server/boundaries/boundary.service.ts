import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import type { BoundaryImportReport } from '../../shared/api/boundaries.ts';
import { AppError, errors } from '../http/errors.ts';
import { findUnitByCode } from '../units/unit.repository.ts';
import type { Scope } from '../units/unit-scope.ts';
import * as repo from './boundary.repository.ts';
import {
  bboxOf,
  GeoJsonFileError,
  parseGeoJson,
  readBoundaryFeatures,
  unknownUnitProblem,
  type Bbox,
  type BoundaryInput,
} from './geojson.ts';
import { countPositions, simplifyGeometry, toleranceFor } from './simplify.ts';

export type BoundaryImportOptions = { property: string; isDryRun: boolean; source: string };

class RollbackForDryRun extends Error {}

const union = (boxes: Bbox[]): Bbox => [
  Math.min(...boxes.map((b) => b[0])),
  Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])),
  Math.max(...boxes.map((b) => b[3])),
];

/** The deepest unit above or at every one of these (materialised paths "/1/5/80/"): where the audit row belongs. */
function commonAncestorId(paths: string[]): number | null {
  const chains = paths.map((path) => path.split('/').filter(Boolean));
  let depth = 0;
  while (chains.every((chain) => chain[depth] !== undefined && chain[depth] === chains[0]![depth])) depth++;
  return depth === 0 ? null : Number(chains[0]![depth - 1]);
}

type Matched = BoundaryInput & { unit: { id: number; path: string; parentId: number | null } };

/**
 * Simplified geometries. The map draws a parent's children together, so siblings share one tolerance
 * taken from their joint extent: a file of the whole country simplifies each province's communes as
 * finely as a file of that province alone would.
 */
function simplifyAll(matched: Matched[]) {
  const bySibling = new Map<number | null, Matched[]>();
  for (const m of matched) {
    const siblings = bySibling.get(m.unit.parentId);
    if (siblings) siblings.push(m);
    else bySibling.set(m.unit.parentId, [m]);
  }
  return [...bySibling.values()].flatMap((siblings) => {
    const boxes = siblings.map((s) => bboxOf(s.geometry));
    const tolerance = toleranceFor(union(boxes));
    return siblings.map((s) => {
      const geometry = simplifyGeometry(s.geometry, tolerance);
      return {
        unitId: s.unit.id,
        code: s.code,
        geometry,
        bbox: bboxOf(geometry),
        positionsIn: countPositions(s.geometry),
      };
    });
  });
}

/**
 * Imports an admin's GeoJSON boundaries, all or nothing: any refused feature (no code, a code not in the
 * caller's scope, a wrong geometry) means nothing is written, and the report names every one. A dry run
 * goes through the same transaction and rolls it back, so its counts are exact. One audit row per import.
 */
export async function importBoundaries(
  db: Db,
  actor: Actor,
  scope: Scope,
  bytes: Buffer,
  options: BoundaryImportOptions,
): Promise<BoundaryImportReport> {
  let read;
  try {
    read = readBoundaryFeatures(parseGeoJson(bytes), options.property);
  } catch (error) {
    if (error instanceof GeoJsonFileError) throw new AppError(400, 'GEOJSON_UNREADABLE', error.message);
    throw error;
  }
  const { boundaries, problems, total } = read;
  const report: BoundaryImportReport = {
    isApplied: false,
    total,
    inserted: 0,
    updated: 0,
    matched: [],
    unknown: [],
    rejected: problems,
    bytesIn: bytes.length,
    bytesOut: 0,
    positionsIn: 0,
    positionsOut: 0,
  };
  try {
    await db.transaction(async (tx) => {
      const found = new Map(
        (
          await repo.findCurrentUnitsByCode(
            tx,
            boundaries.map((b) => b.code),
            scope,
          )
        ).map((u) => [u.code, u]),
      );
      const matched: Matched[] = [];
      for (const boundary of boundaries) {
        const unit = found.get(boundary.code);
        if (unit) matched.push({ ...boundary, unit });
        else {
          report.unknown.push(boundary.code);
          problems.push(unknownUnitProblem(boundary.feature, boundary.code));
        }
      }
      report.matched = matched.map((m) => m.code);
      if (problems.length > 0) throw new RollbackForDryRun();

      const rows = simplifyAll(matched);
      report.positionsIn = rows.reduce((sum, row) => sum + row.positionsIn, 0);
      report.positionsOut = rows.reduce((sum, row) => sum + countPositions(row.geometry), 0);
      report.bytesOut = rows.reduce((sum, row) => sum + JSON.stringify(row.geometry).length, 0);
      const existing = await repo.findBoundaryUnitIds(
        tx,
        rows.map((r) => r.unitId),
      );
      report.updated = rows.filter((r) => existing.has(r.unitId)).length;
      report.inserted = rows.length - report.updated;
      await repo.upsertBoundaries(tx, rows, options.source, actor.id);
      await recordAudit(tx, actor, {
        action: 'boundary.import',
        entityType: 'boundary',
        entityId: options.source,
        unitId: commonAncestorId(matched.map((m) => m.unit.path)),
        after: {
          source: options.source,
          property: options.property,
          features: total,
          inserted: report.inserted,
          updated: report.updated,
          bytesIn: report.bytesIn,
          bytesOut: report.bytesOut,
          positionsIn: report.positionsIn,
          positionsOut: report.positionsOut,
        },
      });
      if (options.isDryRun) throw new RollbackForDryRun();
    });
    report.isApplied = true;
  } catch (error) {
    if (!(error instanceof RollbackForDryRun)) throw error;
  }
  problems.sort((a, b) => a.feature - b.feature);
  return report;
}

/** 400 body's summary line for a refused import. */
export const rejectedMessage = (report: BoundaryImportReport) =>
  `Không nhập ranh giới nào: ${report.rejected.length} trên ${report.total} đối tượng bị từ chối. Sửa tệp rồi gửi lại.`;

/**
 * The boundaries of a unit's direct children that the caller may see, as a GeoJSON string, with an
 * entity tag computed from the rows' codes, names and import times (not the geometries), so a browser
 * that already has the current version gets "not modified" after one light query.
 */
export async function getChildBoundaries(
  db: Db,
  scope: Scope,
  unitCode: string,
  ifNoneMatch: string | undefined,
): Promise<{ etag: string; body: string | null }> {
  const parent = await findUnitByCode(db, unitCode, scope);
  if (!parent) throw errors.notFound('Đơn vị');
  const stamps = await repo.listChildBoundaryStamps(db, parent.id, scope);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([parent.id, scope.path, stamps.map((s) => [s.id, s.code, s.fullName, s.importedAt])]))
    .digest('base64url')
    .slice(0, 27);
  const etag = `"b-${fingerprint}"`;
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return { etag, body: null };
  const rows = await repo.listChildBoundaries(db, parent.id, scope);
  const features = rows.map((row) => ({
    type: 'Feature',
    properties: { code: row.code, name: row.fullName },
    geometry: row.geometry,
  }));
  return { etag, body: JSON.stringify({ type: 'FeatureCollection', features }) };
}
