import type { PublicRanking, PublicTaskFigures, PublicUnitDetail, PublicUnits } from '../../shared/api/portal.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../http/errors.ts';
import { getIndicatorStats } from '../indicators/indicator-stats.service.ts';
import { listPlans } from '../plans/plan.service.ts';
import { getTaskStats } from '../tasks/task-stats.service.ts';
import { approvedSeries, unitsById } from './portal.repository.ts';
import { presentIndicator, presentTaskFigures, presentUnit, unitRef } from './portal.presenter.ts';
import { scopeOfUnit, viewerOfUnit, type PublicScope, type PublishedUnit } from './public-scope.ts';

/**
 * The portal's figures. Each one is the internal figure (getTaskStats, getIndicatorStats) computed
 * with the published unit's own scope, then cut down to what the public scope allows and presented
 * through a whitelist. Nothing here computes a figure its own way.
 */
export type PortalContext = { db: Db; asOf: string; nearDeadlineDays: number };

/** Parents of published units, by id: their names are public, their figures only if published themselves. */
async function parentsOf(ctx: PortalContext, scope: PublicScope, units: PublishedUnit[]) {
  const rows = await unitsById(
    ctx.db,
    units.flatMap((u) => (u.parentId === null ? [] : [u.parentId])),
  );
  return (unit: PublishedUnit) => {
    const parent = rows.get(unit.parentId ?? 0);
    return (
      parent && { code: parent.code, fullName: parent.fullName, isPublished: scope.unit(parent.code) !== undefined }
    );
  };
}

export async function listPublicUnits(ctx: PortalContext, scope: PublicScope): Promise<PublicUnits> {
  const parentOf = await parentsOf(ctx, scope, scope.units);
  return { asOf: ctx.asOf, items: scope.units.map((u) => presentUnit(u, parentOf(u), scope.figuresOf(u))) };
}

export async function publicTaskFigures(
  ctx: PortalContext,
  scope: PublicScope,
  unit: PublishedUnit,
): Promise<PublicTaskFigures | null> {
  if (scope.figure(unit, 'task_stats') === null) return null;
  const stats = await getTaskStats(
    ctx.db,
    scopeOfUnit(unit),
    { unit: unit.code, asOf: ctx.asOf },
    ctx.nearDeadlineDays,
  );
  return presentTaskFigures(stats);
}

type PlanFigures = PublicUnitDetail['plans'][number];

/**
 * Published indicators of the plans the unit works under, with their figures for that unit. An
 * indicator with nothing for the unit (no value, baseline or target) is left out.
 */
export async function publicIndicatorFigures(
  ctx: PortalContext,
  scope: PublicScope,
  unit: PublishedUnit,
): Promise<(PlanFigures & { publicationIds: number[] })[]> {
  if (scope.indicators.length === 0) return [];
  const viewer = viewerOfUnit(unit);
  const withAssessment = scope.figure(unit, 'indicator_stats') !== null;
  const result: (PlanFigures & { publicationIds: number[] })[] = [];
  for (const plan of await listPlans(ctx.db, viewer)) {
    const published = new Map(scope.indicators.filter((i) => i.planId === plan.id).map((i) => [i.code, i]));
    if (published.size === 0) continue;
    const stats = await getIndicatorStats(ctx.db, viewer, { unit: unit.code, plan: plan.code, asOf: ctx.asOf });
    const items = stats.items.filter(
      (item) => published.has(item.code) && (item.value !== null || item.baseline !== null || item.target !== null),
    );
    if (items.length === 0) continue;
    const series = await approvedSeries(
      ctx.db,
      items.map((item) => published.get(item.code)!.id),
      unit.id,
      ctx.asOf,
    );
    result.push({
      plan: { code: plan.code, title: plan.title },
      indicators: items.map((item) => {
        // Derived and rolled-up figures have no series of their own: their one point is the figure itself.
        const own = series.get(published.get(item.code)!.id);
        const points = own?.length
          ? own
          : item.value !== null && item.valueOn
            ? [{ on: item.valueOn, value: item.value }]
            : [];
        return presentIndicator(item, points, withAssessment);
      }),
      publicationIds: items.map((item) => published.get(item.code)!.publicationId),
    });
  }
  return result;
}

export async function getPublicUnit(ctx: PortalContext, scope: PublicScope, code: string): Promise<PublicUnitDetail> {
  const unit = scope.unit(code);
  if (!unit) throw errors.notFound('Đơn vị');
  const [parentOf, tasks, plans] = await Promise.all([
    parentsOf(ctx, scope, [unit]),
    publicTaskFigures(ctx, scope, unit),
    publicIndicatorFigures(ctx, scope, unit),
  ]);
  return {
    asOf: ctx.asOf,
    unit: presentUnit(unit, parentOf(unit), scope.figuresOf(unit)),
    tasks,
    plans: plans.map((p) => ({ plan: p.plan, indicators: p.indicators })),
  };
}

type RankingGroup = PublicRanking['groups'][number];

/**
 * The ranking of each parent's sub-units, as the internal dashboard ranks them (same scores, same
 * competition ranks among all sub-units), listing only the published units whose `ranking` is public.
 */
export async function getPublicRanking(
  ctx: PortalContext,
  scope: PublicScope,
): Promise<PublicRanking & { groups: (RankingGroup & { units: PublishedUnit[] })[] }> {
  const byParent = new Map<number, PublishedUnit[]>();
  for (const unit of scope.units) {
    if (unit.parentId === null || scope.figure(unit, 'ranking') === null) continue;
    byParent.set(unit.parentId, [...(byParent.get(unit.parentId) ?? []), unit]);
  }
  const parents = await unitsById(ctx.db, [...byParent.keys()]);
  const ordered = [...parents.values()].sort((a, b) => a.path.length - b.path.length || a.code.localeCompare(b.code));
  const groups: (RankingGroup & { units: PublishedUnit[] })[] = [];
  for (const parent of ordered) {
    const members = byParent.get(parent.id)!;
    const stats = await getTaskStats(
      ctx.db,
      scopeOfUnit(parent),
      { unit: parent.code, asOf: ctx.asOf },
      ctx.nearDeadlineDays,
    );
    const rows = new Map(stats.byChildUnit.map((row) => [row.unit.code, row]));
    const items = members
      .map((member) => {
        const row = rows.get(member.code);
        return { unit: unitRef(member), rank: row?.rank ?? null, score: row?.score ?? null, grade: row?.grade ?? null };
      })
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.code.localeCompare(b.unit.code));
    groups.push({
      parent: unitRef(parent),
      rankedCount: stats.byChildUnit.filter((row) => row.score !== null).length,
      items,
      units: members,
    });
  }
  return { asOf: ctx.asOf, groups };
}
