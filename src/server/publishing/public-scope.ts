import { publicFigures, type PublicFigure } from '../../shared/api/publishing.ts';
import { unitLevels, type UnitLevel } from '../../shared/domain.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import type { Executor } from '../db/database.ts';
import type { UnitRow } from '../units/unit.repository.ts';
import type { Scope } from '../units/unit-scope.ts';
import { listResolvedPublications, type IndicatorRef, type PlanRef } from './publication.repository.ts';

export type PublishedUnit = UnitRow & { publicationId: number };
export type PublishedIndicator = IndicatorRef & { plan: PlanRef; publicationId: number };

/**
 * Everything the public may see, and nothing else: the one gate of the portal. Every public query
 * starts from this object: units by their published codes, indicators by their published ids, and a
 * figure set only where an active publication covers the unit. Nothing is public by default.
 */
export type PublicScope = {
  units: PublishedUnit[];
  indicators: PublishedIndicator[];
  /** A published unit by code; undefined for any other code (unpublished, unknown, dissolved alike). */
  unit(code: string): PublishedUnit | undefined;
  /** The publication that makes this figure set public for the unit, or null. */
  figure(unit: PublishedUnit, figure: PublicFigure): number | null;
  figuresOf(unit: PublishedUnit): PublicFigure[];
};

export async function loadPublicScope(db: Executor): Promise<PublicScope> {
  const active = await listResolvedPublications(db, { isActiveOnly: true });
  const byCode = new Map<string, PublishedUnit>();
  const indicators: PublishedIndicator[] = [];
  const figures: { figure: PublicFigure; path: string; publicationId: number }[] = [];
  for (const { row, ref, unit, indicator, plan } of active) {
    if (ref.kind === 'unit' && !byCode.has(unit.code)) byCode.set(unit.code, { ...unit, publicationId: row.id });
    if (ref.kind === 'indicator' && indicator && plan) indicators.push({ ...indicator, plan, publicationId: row.id });
    if (ref.kind === 'figure') figures.push({ figure: ref.figure, path: unit.path, publicationId: row.id });
  }
  const units = [...byCode.values()].sort(
    (a, b) =>
      unitLevels.indexOf(a.level as UnitLevel) - unitLevels.indexOf(b.level as UnitLevel) ||
      a.code.localeCompare(b.code),
  );
  const figure = (unit: PublishedUnit, name: PublicFigure) =>
    byCode.get(unit.code)?.id === unit.id
      ? (figures.find((f) => f.figure === name && unit.path.startsWith(f.path))?.publicationId ?? null)
      : null;
  return {
    units,
    indicators: indicators.sort((a, b) => a.plan.code.localeCompare(b.plan.code) || a.code.localeCompare(b.code)),
    unit: (code) => byCode.get(code),
    figure,
    figuresOf: (unit) => publicFigures.filter((f) => figure(unit, f) !== null),
  };
}

/** The scope of a published unit: its own subtree, as the internal figures are computed for it. */
export const scopeOfUnit = (unit: UnitRow): Scope => ({
  unitId: unit.id,
  path: unit.path,
  isRoot: unit.parentId === null,
});

/**
 * The indicator statistics take a caller; the portal reads them "as the unit itself would", with the
 * unit's scope and no person behind it. Only read functions ever receive this object.
 */
export function viewerOfUnit(unit: UnitRow): AuthUser {
  return {
    id: 0,
    username: 'portal',
    displayName: 'Cổng thông tin công khai',
    email: null,
    role: 'leader',
    emailMode: 'off',
    unit,
    scope: scopeOfUnit(unit),
    sessionId: '',
    csrfToken: '',
  };
}
