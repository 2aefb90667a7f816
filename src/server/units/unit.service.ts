import type { Db } from '../db/database.ts';
import { errors } from '../http/errors.ts';
import type { Unit, UnitDetail } from '../../shared/api/units.ts';
import type { UnitLevel } from '../../shared/domain.ts';
import * as repo from './unit.repository.ts';
import type { Scope } from './unit-scope.ts';

export function presentUnit(row: repo.UnitRow, parentCode: string | null, childCount: number): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    fullName: row.fullName,
    level: row.level as UnitLevel,
    type: row.type,
    parentCode,
    isStandingOffice: row.isStandingOffice,
    validFrom: row.validFrom,
    validTo: row.validTo,
    childCount,
  };
}

export type UnitQuery = {
  q?: string;
  parent?: string;
  level?: UnitLevel;
  includeDissolved?: 'true' | 'false';
  limit: number;
  offset: number;
};

export async function searchUnits(db: Db, scope: Scope, query: UnitQuery) {
  let parentId: number | undefined;
  if (query.parent) {
    const parentUnit = await repo.findUnitByCode(db, query.parent, scope);
    if (!parentUnit) throw errors.notFound('Đơn vị cha');
    parentId = parentUnit.id;
  }
  const { items, total } = await repo.listUnits(
    db,
    scope,
    { q: query.q, parentId, level: query.level, includeDissolved: query.includeDissolved === 'true' },
    query,
  );
  return { items: items.map((it) => presentUnit(it.unit, it.parentCode, it.childCount)), total };
}

/** A unit out of the caller's scope answers exactly like one that does not exist. */
export async function getUnitDetail(db: Db, scope: Scope, code: string, on?: string): Promise<UnitDetail> {
  const unit = await repo.findUnitByCode(db, code, scope, on);
  if (!unit) throw errors.notFound('Đơn vị');
  const [ancestors, predecessors, successors, childCount] = await Promise.all([
    repo.listAncestors(db, unit, scope),
    repo.listLinks(db, unit.id, 'predecessors'),
    repo.listLinks(db, unit.id, 'successors'),
    repo.countChildren(db, unit.id),
  ]);
  const parentCode = ancestors.at(-1)?.id === unit.parentId ? (ancestors.at(-1)?.code ?? null) : null;
  return {
    ...presentUnit(unit, parentCode, childCount),
    ancestors: ancestors.map((a) => ({ code: a.code, fullName: a.fullName })),
    predecessors,
    successors,
  };
}
