import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { units } from '../units/unit.table.ts';
import { unitIdsInScope, type Scope } from '../units/unit-scope.ts';
import { unitBoundaries } from './boundary.table.ts';
import type { AreaGeometry, Bbox } from './geojson.ts';

export type NewBoundary = { unitId: number; geometry: AreaGeometry; bbox: Bbox };

/** The current units holding these codes, among those the caller may see. */
export async function findCurrentUnitsByCode(db: Executor, codes: string[], scope: Scope) {
  if (codes.length === 0) return [];
  return db
    .select({ id: units.id, code: units.code, path: units.path, parentId: units.parentId })
    .from(units)
    .where(and(inArray(units.code, codes), isNull(units.validTo), sql`${units.id} in ${unitIdsInScope(scope)}`));
}

export async function findBoundaryUnitIds(db: Executor, unitIds: number[]): Promise<Set<number>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db
    .select({ unitId: unitBoundaries.unitId })
    .from(unitBoundaries)
    .where(inArray(unitBoundaries.unitId, unitIds));
  return new Set(rows.map((r) => r.unitId));
}

/** One statement for the whole file: insert, or replace the unit's earlier boundary. */
export async function upsertBoundaries(tx: Executor, rows: NewBoundary[], source: string, importedBy: number | null) {
  if (rows.length === 0) return;
  await tx
    .insert(unitBoundaries)
    .values(rows.map((row) => ({ ...row, source, importedBy })))
    .onConflictDoUpdate({
      target: unitBoundaries.unitId,
      set: {
        geometry: sql`excluded.geometry`,
        bbox: sql`excluded.bbox`,
        source: sql`excluded.source`,
        importedBy: sql`excluded.imported_by`,
        importedAt: sql`now()`,
      },
    });
}

const childrenInScope = (parentId: number, scope: Scope) =>
  and(eq(units.parentId, parentId), isNull(units.validTo), sql`${units.id} in ${unitIdsInScope(scope)}`);

/** What the children's boundaries depend on, without the geometries: enough to answer "not modified". */
export async function listChildBoundaryStamps(db: Executor, parentId: number, scope: Scope) {
  return db
    .select({
      id: units.id,
      code: units.code,
      fullName: units.fullName,
      importedAt: unitBoundaries.importedAt,
    })
    .from(units)
    .innerJoin(unitBoundaries, eq(unitBoundaries.unitId, units.id))
    .where(childrenInScope(parentId, scope))
    .orderBy(asc(units.code));
}

export async function listChildBoundaries(db: Executor, parentId: number, scope: Scope) {
  return db
    .select({ code: units.code, fullName: units.fullName, geometry: unitBoundaries.geometry })
    .from(units)
    .innerJoin(unitBoundaries, eq(unitBoundaries.unitId, units.id))
    .where(childrenInScope(parentId, scope))
    .orderBy(asc(units.code));
}

/** The current direct children the caller may see, and whether each has a boundary. */
export async function listChildUnits(db: Executor, parentId: number, scope: Scope) {
  return db
    .select({
      id: units.id,
      code: units.code,
      fullName: units.fullName,
      level: units.level,
      hasBoundary: sql<boolean>`${unitBoundaries.unitId} is not null`,
    })
    .from(units)
    .leftJoin(unitBoundaries, eq(unitBoundaries.unitId, units.id))
    .where(childrenInScope(parentId, scope))
    .orderBy(asc(units.code));
}
