import type { IndicatorStats } from '../../shared/api/indicators.ts';
import type { PublicIndicator, PublicTaskFigures, PublicUnit } from '../../shared/api/portal.ts';
import type { PublicFigure } from '../../shared/api/publishing.ts';
import type { TaskCounts, TaskStats } from '../../shared/api/stats.ts';
import type { UnitRow } from '../units/unit.repository.ts';

/**
 * Whitelists: each public object is built field by field. Internal objects grow new fields over time
 * (ids, per-child rankings, …); spreading them here would publish those fields without anyone deciding to.
 */
const counts = (c: TaskCounts) => ({
  total: c.total,
  completed: c.completed,
  completedOnTime: c.completedOnTime,
  completedLate: c.completedLate,
  inProgress: c.inProgress,
  overdue: c.overdue,
  notStarted: c.notStarted,
  due: c.due,
  completionRate: c.completionRate,
});

export function presentTaskFigures(stats: TaskStats): PublicTaskFigures {
  return { ...counts(stats), byPillar: stats.byPillar.map((p) => ({ pillar: p.pillar, ...counts(p) })) };
}

type Progress = IndicatorStats['items'][number];

/** `withAssessment`: the unit's `indicator_stats` figure set is published (band and forecast). */
export function presentIndicator(
  item: Progress,
  series: { on: string; value: number }[],
  withAssessment: boolean,
): PublicIndicator {
  return {
    code: item.code,
    name: item.name,
    pillar: item.pillar,
    tier: item.tier,
    unitOfMeasure: item.unitOfMeasure,
    direction: item.direction,
    value: item.value,
    valueOn: item.valueOn,
    baseline: item.baseline,
    changeSinceBaseline: item.changeSinceBaseline,
    target: item.target,
    targetYear: item.targetYear,
    percentOfTarget: item.percentOfTarget,
    status: withAssessment ? item.status : null,
    forecast:
      withAssessment && item.forecast
        ? { valueAtTarget: item.forecast.valueAtTarget, reachesOn: item.forecast.reachesOn }
        : null,
    series: series.map((p) => ({ on: p.on, value: p.value })),
    isSample: item.isSample,
  };
}

export function presentUnit(
  unit: UnitRow,
  parent: { code: string; fullName: string; isPublished: boolean } | undefined,
  figures: PublicFigure[],
): PublicUnit {
  return {
    code: unit.code,
    name: unit.name,
    fullName: unit.fullName,
    level: unit.level,
    parent: parent ? { code: parent.code, fullName: parent.fullName, isPublished: parent.isPublished } : null,
    figures,
  };
}

export const unitRef = (unit: { code: string; fullName: string; level: string }) => ({
  code: unit.code,
  fullName: unit.fullName,
  level: unit.level,
});
