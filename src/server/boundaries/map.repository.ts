import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { indicators, indicatorTargets, indicatorValues } from '../indicators/indicator.table.ts';
import { units } from '../units/unit.table.ts';

/*
 * The same readings as indicators/indicator-stats.service.ts (approved on or before the as-of date,
 * highest version per period), for every child unit at once instead of one unit per call: a province's
 * map asks for 166 communes, and a query per commune would be 166 round trips.
 */

export async function listPlanIndicators(db: Executor, planId: number) {
  return db.select().from(indicators).where(eq(indicators.planId, planId)).orderBy(asc(indicators.code));
}

const approvedBy = (asOf: string) =>
  and(
    eq(indicatorValues.status, 'approved'),
    lte(indicatorValues.reviewedOn, asOf),
    lte(indicatorValues.periodEnd, asOf),
  );

/** Each child's own series: per indicator and period, the highest version approved by `asOf`. */
export async function childSeries(db: Executor, indicatorIds: number[], childIds: number[], asOf: string) {
  if (indicatorIds.length === 0 || childIds.length === 0) return [];
  return db
    .selectDistinctOn([indicatorValues.indicatorId, indicatorValues.unitId, indicatorValues.periodEnd], {
      indicatorId: indicatorValues.indicatorId,
      unitId: indicatorValues.unitId,
      on: indicatorValues.periodEnd,
      value: indicatorValues.value,
    })
    .from(indicatorValues)
    .where(
      and(
        inArray(indicatorValues.indicatorId, indicatorIds),
        inArray(indicatorValues.unitId, childIds),
        approvedBy(asOf),
      ),
    )
    .orderBy(
      indicatorValues.indicatorId,
      indicatorValues.unitId,
      indicatorValues.periodEnd,
      sql`${indicatorValues.version} desc`,
    );
}

/** For roll-ups: each grandchild's latest approved value, with the child it belongs to. */
export async function grandchildLatest(db: Executor, indicatorIds: number[], childIds: number[], asOf: string) {
  if (indicatorIds.length === 0 || childIds.length === 0) return [];
  return db
    .selectDistinctOn([indicatorValues.indicatorId, indicatorValues.unitId], {
      indicatorId: indicatorValues.indicatorId,
      childId: units.parentId,
      on: indicatorValues.periodEnd,
      value: indicatorValues.value,
    })
    .from(indicatorValues)
    .innerJoin(units, eq(units.id, indicatorValues.unitId))
    .where(
      and(
        inArray(indicatorValues.indicatorId, indicatorIds),
        inArray(units.parentId, childIds),
        isNull(units.validTo),
        approvedBy(asOf),
      ),
    )
    .orderBy(
      indicatorValues.indicatorId,
      indicatorValues.unitId,
      sql`${indicatorValues.periodEnd} desc`,
      sql`${indicatorValues.version} desc`,
    );
}

export async function childTargets(db: Executor, indicatorId: number, childIds: number[]) {
  if (childIds.length === 0) return [];
  return db
    .select()
    .from(indicatorTargets)
    .where(and(eq(indicatorTargets.indicatorId, indicatorId), inArray(indicatorTargets.unitId, childIds)));
}
