import { and, asc, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.ts';
import { foldForSearch } from '../../shared/text.ts';
import { unitLinks, units } from './unit.table.ts';
import { unitIdsInScope, type Scope } from './unit-scope.ts';

export type UnitRow = typeof units.$inferSelect;
export type NewUnit = Omit<typeof units.$inferInsert, 'id' | 'path' | 'searchName' | 'parentId'>;

const parent = alias(units, 'parent');
// Top of the hierarchy first, not alphabetical by level name.
const levelOrder = sql`array_position(array['central','ministry','province','department','commune'], ${units.level})`;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export const searchKey = (unit: { name: string; fullName: string; code: string }) =>
  `${foldForSearch(unit.fullName)} ${foldForSearch(unit.name)} ${unit.code}`;

/** The current unit with this official code (a dissolved unit is found only when asked for). */
export async function findUnitByCode(
  db: Executor,
  code: string,
  scope?: Scope,
  on?: string,
): Promise<UnitRow | undefined> {
  const conditions: SQL[] = [eq(units.code, code)];
  if (on) conditions.push(sql`${units.validFrom} <= ${on} and (${units.validTo} is null or ${units.validTo} > ${on})`);
  if (scope) conditions.push(sql`${units.id} in ${unitIdsInScope(scope)}`);
  const [row] = await db
    .select()
    .from(units)
    .where(and(...conditions))
    .orderBy(sql`${units.validTo} is null desc`, sql`${units.validTo} desc`)
    .limit(1);
  return row;
}

/**
 * The unit a figure "as of" a date is about: the one holding the code that day, else the current one
 * (demo and imported units may be recorded from a later date than the work they carry).
 */
export async function findUnitForDate(db: Executor, code: string, scope: Scope, on: string) {
  return (await findUnitByCode(db, code, scope, on)) ?? (await findUnitByCode(db, code, scope));
}

export async function findUnitById(db: Executor, id: number): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

export type UnitFilter = { q?: string; parentId?: number; level?: string; includeDissolved?: boolean };

export async function listUnits(
  db: Executor,
  scope: Scope,
  filter: UnitFilter,
  page: { limit: number; offset: number },
) {
  const conditions: SQL[] = [sql`${units.id} in ${unitIdsInScope(scope)}`];
  if (!filter.includeDissolved) conditions.push(isNull(units.validTo));
  if (filter.parentId !== undefined) conditions.push(eq(units.parentId, filter.parentId));
  if (filter.level) conditions.push(eq(units.level, filter.level));
  if (filter.q) conditions.push(sql`${units.searchName} like ${`%${escapeLike(foldForSearch(filter.q))}%`}`);
  const where = and(...conditions);
  const childCount = sql<number>`(select count(*)::int from units c where c.parent_id = ${units.id} and c.valid_to is null)`;
  const [items, [totalRow]] = await Promise.all([
    db
      .select({ unit: units, parentCode: parent.code, childCount })
      .from(units)
      .leftJoin(parent, eq(parent.id, units.parentId))
      .where(where)
      .orderBy(levelOrder, asc(units.code))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(units).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

/** Ancestors from the top down, as far up as the scope allows. */
export async function listAncestors(db: Executor, unit: UnitRow, scope: Scope): Promise<UnitRow[]> {
  const ids = unit.path.split('/').filter(Boolean).map(Number).slice(0, -1);
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(units)
    .where(and(inArray(units.id, ids), sql`${units.id} in ${unitIdsInScope(scope)}`));
  return rows.sort((a, b) => a.path.length - b.path.length);
}

export async function listLinks(db: Executor, unitId: number, direction: 'predecessors' | 'successors') {
  const other = alias(units, 'other');
  const [mine, theirs] =
    direction === 'predecessors'
      ? [unitLinks.toUnitId, unitLinks.fromUnitId]
      : [unitLinks.fromUnitId, unitLinks.toUnitId];
  return db
    .select({
      kind: unitLinks.kind,
      effectiveOn: unitLinks.effectiveOn,
      unit: { code: other.code, fullName: other.fullName, validFrom: other.validFrom, validTo: other.validTo },
    })
    .from(unitLinks)
    .innerJoin(other, eq(other.id, theirs))
    .where(eq(mine, unitId))
    .orderBy(asc(other.code));
}

export async function countChildren(db: Executor, unitId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(units)
    .where(and(eq(units.parentId, unitId), isNull(units.validTo)));
  return row?.n ?? 0;
}

/** Inserts a unit under its parent; the materialised path needs the new id, hence two statements. */
export async function insertUnit(tx: Executor, input: NewUnit, parentRow: UnitRow | null): Promise<UnitRow> {
  const [created] = await tx
    .insert(units)
    .values({ ...input, parentId: parentRow?.id ?? null, path: '', searchName: searchKey(input) })
    .returning();
  const path = `${parentRow?.path ?? '/'}${created!.id}/`;
  const [withPath] = await tx.update(units).set({ path }).where(eq(units.id, created!.id)).returning();
  return withPath!;
}

export async function updateUnitAttributes(
  tx: Executor,
  unit: UnitRow,
  changes: Pick<UnitRow, 'name' | 'fullName' | 'type'>,
): Promise<UnitRow> {
  const [row] = await tx
    .update(units)
    .set({ ...changes, searchName: searchKey({ ...changes, code: unit.code }), updatedAt: new Date() })
    .where(eq(units.id, unit.id))
    .returning();
  return row!;
}

export async function findRootUnits(db: Executor): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(and(isNull(units.parentId), isNull(units.validTo)))
    .orderBy(asc(units.id));
}

export async function listCurrentUnits(db: Executor): Promise<UnitRow[]> {
  return db.select().from(units).where(isNull(units.validTo));
}

/** Recomputes every materialised path from parent links; used after bulk inserts. */
export async function rebuildPaths(tx: Executor): Promise<void> {
  await tx.execute(sql`
    with recursive tree as (
      select id, '/' || id || '/' as path from units where parent_id is null
      union all
      select u.id, t.path || u.id || '/' from units u join tree t on u.parent_id = t.id
    )
    update units set path = tree.path from tree where units.id = tree.id and units.path <> tree.path`);
}

/** Bulk insert for seeds and generators; callers run rebuildPaths() afterwards. */
export async function insertUnitsBulk(
  tx: Executor,
  rows: (NewUnit & { parentId: number | null })[],
): Promise<UnitRow[]> {
  if (rows.length === 0) return [];
  return tx
    .insert(units)
    .values(rows.map((row) => ({ ...row, path: '', searchName: searchKey(row) })))
    .returning();
}

/**
 * findUnitByCode() for many codes in one query: per code, the unit in scope that holds it, the current
 * one first, else the latest dissolved one (callers decide whether a dissolved unit will do).
 */
export async function findUnitsByCodes(db: Executor, codes: Iterable<string>, scope: Scope) {
  const list = [...new Set(codes)];
  const byCode = new Map<string, UnitRow>();
  if (list.length === 0) return byCode;
  // One array parameter, however many codes: `in (…)` would bind one parameter per code.
  const rows = await db
    .selectDistinctOn([units.code])
    .from(units)
    .where(sql`${units.code} = any(${sql.param(list)}::text[]) and ${units.id} in ${unitIdsInScope(scope)}`)
    .orderBy(units.code, sql`${units.validTo} is null desc`, sql`${units.validTo} desc`);
  for (const row of rows) byCode.set(row.code, row);
  return byCode;
}
