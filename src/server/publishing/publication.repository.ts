import { and, asc, desc, eq, inArray, isNull, max, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { users } from '../accounts/account.table.ts';
import { indicators } from '../indicators/indicator.table.ts';
import { plans } from '../plans/plan.table.ts';
import { units } from '../units/unit.table.ts';
import { unitIdsInScope, type Scope } from '../units/unit-scope.ts';
import type { UnitRow } from '../units/unit.repository.ts';
import { datasetSnapshots, publications } from './publication.table.ts';
import { indicatorKey, parseRef, type PublicationRef } from './publication-refs.ts';

export type PublicationRow = typeof publications.$inferSelect;
export type IndicatorRef = { id: number; code: string; name: string; pillar: string; planId: number };
export type PlanRef = { id: number; code: string; title: string; unitId: number };

/** A publication with what it names, looked up: a row whose unit or indicator no longer exists drops out. */
export type ResolvedPublication = {
  row: PublicationRow;
  publishedBy: string;
  ref: PublicationRef;
  /** The published unit, the unit a figure set is for, or the issuer of the indicator's plan. */
  unit: UnitRow;
  indicator: IndicatorRef | null;
  plan: PlanRef | null;
};

const planKey = sql<string>`${plans.code} || ':' || ${indicators.code}`;

/**
 * Publications with their units and indicators resolved. With a scope, only those whose unit (or
 * whose indicator's plan issuer) is in it: the scope is applied in SQL, in the lookups.
 */
export async function listResolvedPublications(
  db: Executor,
  options: { scope?: Scope; isActiveOnly?: boolean; id?: number } = {},
): Promise<ResolvedPublication[]> {
  const rows = await db
    .select({ row: publications, publishedBy: users.displayName })
    .from(publications)
    .innerJoin(users, eq(users.id, publications.publishedBy))
    .where(
      and(
        options.isActiveOnly ? isNull(publications.withdrawnAt) : undefined,
        options.id === undefined ? undefined : eq(publications.id, options.id),
      ),
    )
    .orderBy(desc(publications.id));
  const parsed = rows.flatMap(({ row, publishedBy }) => {
    const ref = parseRef(row.kind as PublicationRef['kind'], row.refKey);
    return 'error' in ref ? [] : [{ row, publishedBy, ref }];
  });
  const unitCodes = new Set<string>();
  const indicatorKeys = new Set<string>();
  for (const { ref } of parsed) {
    if (ref.kind === 'indicator') indicatorKeys.add(indicatorKey(ref.planCode, ref.indicatorCode));
    else unitCodes.add(ref.unitCode);
  }
  const inScope = (column: SQL | typeof units.id | typeof plans.unitId): SQL | undefined =>
    options.scope ? sql`${column} in ${unitIdsInScope(options.scope)}` : undefined;
  const [unitRows, indicatorRows] = await Promise.all([
    unitCodes.size
      ? db
          .select()
          .from(units)
          .where(and(inArray(units.code, [...unitCodes]), isNull(units.validTo), inScope(units.id)))
      : [],
    indicatorKeys.size
      ? db
          .select({
            key: planKey,
            indicator: {
              id: indicators.id,
              code: indicators.code,
              name: indicators.name,
              pillar: indicators.pillar,
              planId: indicators.planId,
            },
            plan: { id: plans.id, code: plans.code, title: plans.title, unitId: plans.unitId },
            unit: units,
          })
          .from(indicators)
          .innerJoin(plans, eq(plans.id, indicators.planId))
          .innerJoin(units, eq(units.id, plans.unitId))
          .where(and(inArray(planKey, [...indicatorKeys]), inScope(plans.unitId)))
      : [],
  ]);
  const unitByCode = new Map(unitRows.map((u) => [u.code, u]));
  const indicatorByKey = new Map(indicatorRows.map((r) => [r.key, r]));
  return parsed.flatMap(({ row, publishedBy, ref }): ResolvedPublication[] => {
    if (ref.kind === 'indicator') {
      const found = indicatorByKey.get(indicatorKey(ref.planCode, ref.indicatorCode));
      return found ? [{ row, publishedBy, ref, unit: found.unit, indicator: found.indicator, plan: found.plan }] : [];
    }
    const unit = unitByCode.get(ref.unitCode);
    return unit ? [{ row, publishedBy, ref, unit, indicator: null, plan: null }] : [];
  });
}

export async function findActivePublication(db: Executor, kind: string, refKey: string) {
  const [row] = await db
    .select()
    .from(publications)
    .where(and(eq(publications.kind, kind), eq(publications.refKey, refKey), isNull(publications.withdrawnAt)))
    .limit(1);
  return row;
}

export async function activePublicationIds(db: Executor): Promise<Set<number>> {
  const rows = await db.select({ id: publications.id }).from(publications).where(isNull(publications.withdrawnAt));
  return new Set(rows.map((r) => r.id));
}

/** Indicators of the plans issued in a scope: what the secretariat may publish. */
export async function listIndicatorsInScope(db: Executor, scope: Scope) {
  return db
    .select({
      plan: { code: plans.code, title: plans.title },
      code: indicators.code,
      name: indicators.name,
      pillar: indicators.pillar,
    })
    .from(indicators)
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(sql`${plans.unitId} in ${unitIdsInScope(scope)}`)
    .orderBy(asc(plans.documentDate), asc(plans.code), asc(indicators.code));
}

/** One indicator of a plan issued in the scope, or nothing. */
export async function findIndicatorInScope(db: Executor, scope: Scope, planCode: string, indicatorCode: string) {
  const [row] = await db
    .select({ indicator: indicators, plan: plans })
    .from(indicators)
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(
      and(
        eq(plans.code, planCode),
        eq(indicators.code, indicatorCode),
        sql`${plans.unitId} in ${unitIdsInScope(scope)}`,
      ),
    );
  return row;
}

/** Snapshot headers without their rows (which can be large): versions, metadata and sizes. */
export async function listSnapshotHeaders(db: Executor, dataset?: string) {
  return db
    .select({
      dataset: datasetSnapshots.dataset,
      version: datasetSnapshots.version,
      metadata: datasetSnapshots.metadata,
      sha256: datasetSnapshots.sha256,
      createdAt: datasetSnapshots.createdAt,
      rowCount: sql<number>`jsonb_array_length(${datasetSnapshots.rows})`.mapWith(Number),
    })
    .from(datasetSnapshots)
    .where(dataset ? eq(datasetSnapshots.dataset, dataset) : undefined)
    .orderBy(asc(datasetSnapshots.dataset), desc(datasetSnapshots.version));
}

export async function findSnapshot(db: Executor, dataset: string, version: number) {
  const [row] = await db
    .select()
    .from(datasetSnapshots)
    .where(and(eq(datasetSnapshots.dataset, dataset), eq(datasetSnapshots.version, version)));
  return row;
}

export async function latestVersionOf(db: Executor, dataset: string): Promise<number> {
  const [row] = await db
    .select({ version: max(datasetSnapshots.version) })
    .from(datasetSnapshots)
    .where(eq(datasetSnapshots.dataset, dataset));
  return row?.version ?? 0;
}
