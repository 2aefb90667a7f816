import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { indicatorValues } from '../indicators/indicator.table.ts';
import { units } from '../units/unit.table.ts';

/**
 * The approved values of published indicators for one unit, as known on `asOf`: per period, the
 * highest version approved by then. The same rule as the indicator statistics (valuesAsOf in
 * indicators/indicator-stats.service.ts), so a chart's last point is the figure shown beside it.
 */
export async function approvedSeries(db: Executor, indicatorIds: number[], unitId: number, asOf: string) {
  const series = new Map<number, { on: string; value: number }[]>();
  if (indicatorIds.length === 0) return series;
  const rows = await db
    .selectDistinctOn([indicatorValues.indicatorId, indicatorValues.periodEnd], {
      indicatorId: indicatorValues.indicatorId,
      on: indicatorValues.periodEnd,
      value: indicatorValues.value,
    })
    .from(indicatorValues)
    .where(
      and(
        inArray(indicatorValues.indicatorId, indicatorIds),
        eq(indicatorValues.unitId, unitId),
        eq(indicatorValues.status, 'approved'),
        lte(indicatorValues.reviewedOn, asOf),
        lte(indicatorValues.periodEnd, asOf),
      ),
    )
    .orderBy(indicatorValues.indicatorId, indicatorValues.periodEnd, sql`${indicatorValues.version} desc`);
  for (const row of rows)
    series.set(row.indicatorId, [...(series.get(row.indicatorId) ?? []), { on: row.on, value: row.value }]);
  return series;
}

/** Units by id (parents of published units: their names are public, their figures are not). */
export async function unitsById(db: Executor, ids: number[]) {
  if (ids.length === 0) return new Map<number, typeof units.$inferSelect>();
  const rows = await db
    .select()
    .from(units)
    .where(inArray(units.id, [...new Set(ids)]));
  return new Map(rows.map((u) => [u.id, u]));
}
