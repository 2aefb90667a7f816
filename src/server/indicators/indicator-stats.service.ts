import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import type { IndicatorStats } from '../../shared/api/indicators.ts';
import {
  changeSinceBaseline,
  forecast,
  hasImproved,
  percentOfTarget,
  statusBand,
  type Direction,
  type Point,
} from '../../shared/indicator-math.ts';
import { cachedFigures, type FigureContext } from '../figures/figure-cache.ts';
import { errors } from '../http/errors.ts';
import { evaluateFormula, formulaReferences, parseFormula } from '../../shared/formula.ts';
import { listPlans } from '../plans/plan.service.ts';
import { findUnitForDate } from '../units/unit.repository.ts';
import { indicatorTargets, indicators, indicatorValues } from './indicator.table.ts';
import { rollUp } from '../../shared/rollup.ts';

/**
 * Approved values as known on `asOf`: for each period, the highest version approved by then, so a
 * later correction does not change an earlier day's figures.
 */
async function valuesAsOf(db: Db, indicatorIds: number[], unitId: number, asOf: string) {
  if (indicatorIds.length === 0) return new Map<number, Point[]>();
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
  const points = new Map<number, Point[]>();
  for (const row of rows)
    points.set(row.indicatorId, [...(points.get(row.indicatorId) ?? []), { on: row.on, value: row.value }]);
  return points;
}

/**
 * A parent's figure from its direct sub-units when it reports none itself: each sub-unit's latest
 * approved value as of the date, combined by the indicator's roll-up rule, dated by the newest.
 */
async function rolledUpSeries(db: Db, catalogue: (typeof indicators.$inferSelect)[], parentId: number, asOf: string) {
  const result = new Map<number, Point[]>();
  const aggregatable = catalogue.filter((i) => i.rollup !== 'none' && !i.formula);
  if (aggregatable.length === 0) return result;
  // One query for every sub-unit: the latest approved version of the latest period, per unit, each
  // found by one backward step in indicator_values_latest_idx instead of sorting every value.
  const { rows } = await db.execute<{ indicatorId: number; on: string; value: number }>(sql`
    select i.id as "indicatorId", l.period_end as "on", l.value
    from unnest(${sql.param(aggregatable.map((i) => i.id))}::int[]) as i(id)
    cross join units u
    cross join lateral (
      select v.period_end, v.value from indicator_values v
      where v.indicator_id = i.id and v.unit_id = u.id and v.status = 'approved'
        and v.reviewed_on <= ${asOf}::date and v.period_end <= ${asOf}::date
      order by v.period_end desc, v.version desc
      limit 1
    ) l
    where u.parent_id = ${parentId} and u.valid_to is null`);
  for (const indicator of aggregatable) {
    const latest = rows.filter((r) => r.indicatorId === indicator.id);
    const value = rollUp(
      indicator.rollup,
      latest.map((p) => p.value),
    );
    if (value !== null)
      result.set(indicator.id, [
        {
          on: latest
            .map((p) => p.on)
            .sort()
            .at(-1)!,
          value,
        },
      ]);
  }
  return result;
}

/**
 * A derived indicator's value: its formula over the latest values of the indicators it reads, dated
 * by the newest of them. One point, so its band rests on the planned path, not on a trend.
 */
function derivedSeries(
  formula: string,
  catalogue: { id: number; code: string }[],
  points: Map<number, Point[]>,
): Point[] {
  const latest = new Map<string, Point>();
  for (const { id, code } of catalogue) {
    const last = points.get(id)?.at(-1);
    if (last) latest.set(code, last);
  }
  const parsed = parseFormula(formula);
  const refs = formulaReferences(parsed).map((code) => latest.get(code));
  if (refs.some((p) => p === undefined)) return [];
  const value = evaluateFormula(parsed, new Map([...latest].map(([code, p]) => [code, p.value])));
  const on = refs
    .map((p) => p!.on)
    .sort()
    .at(-1)!;
  return value === null ? [] : [{ on, value: Math.round(value * 10_000) / 10_000 }];
}

/** The target in force: the first milestone year not before the latest value's (or the as-of) year. */
/** The target a value is measured against: the first milestone from its year on, else the last one. */
export function pickTarget(targets: { year: number | null; on: string; value: number }[], fromYear: number) {
  const milestones = targets.filter((t) => t.year !== null).sort((a, b) => a.year! - b.year!);
  // Past the last milestone, the last target still says how far the unit got.
  return milestones.find((t) => t.year! >= fromYear) ?? milestones.at(-1) ?? null;
}

export async function getIndicatorStats(
  db: Db,
  caller: AuthUser,
  query: { unit: string; plan: string; asOf: string },
  /** The server's today, when known (older figures then stay cached across the day's changes). */
  context: FigureContext = {},
): Promise<IndicatorStats> {
  const unit = await findUnitForDate(db, query.unit, caller.scope, query.asOf);
  if (!unit) throw errors.notFound('Đơn vị');
  const plan = (await listPlans(db, caller)).find((p) => p.code === query.plan);
  if (!plan) throw errors.notFound('Kế hoạch');
  // Checks above run per caller; the figures of a unit and plan are the same for every caller.
  return cachedFigures(db, unit.id, `indicators|${plan.id}`, { ...context, asOf: query.asOf }, () =>
    computeIndicatorStats(db, unit, plan, query.asOf),
  );
}

async function computeIndicatorStats(
  db: Db,
  unit: { id: number; code: string; fullName: string },
  plan: { id: number; code: string; title: string },
  asOf: string,
): Promise<IndicatorStats> {
  const query = { asOf };
  const catalogue = await db
    .select()
    .from(indicators)
    .where(eq(indicators.planId, plan.id))
    .orderBy(asc(indicators.code));
  const ids = catalogue.map((i) => i.id);
  const targets = ids.length
    ? await db
        .select()
        .from(indicatorTargets)
        .where(and(inArray(indicatorTargets.indicatorId, ids), eq(indicatorTargets.unitId, unit.id)))
    : [];
  const points = await valuesAsOf(db, ids, unit.id, query.asOf);
  const missing = catalogue.filter((i) => !points.has(i.id));
  if (missing.length) {
    for (const [id, series] of await rolledUpSeries(db, missing, unit.id, query.asOf)) points.set(id, series);
  }
  const asOfYear = Number(query.asOf.slice(0, 4));

  const items = catalogue.map((indicator) => {
    const mine = targets.filter((t) => t.indicatorId === indicator.id);
    const baseline = mine.find((t) => t.kind === 'baseline') ?? null;
    const series = indicator.formula
      ? derivedSeries(indicator.formula, catalogue, points)
      : (points.get(indicator.id) ?? []);
    const latest = series.at(-1) ?? null;
    const target = pickTarget(
      mine.filter((t) => t.kind === 'target'),
      latest ? Number(latest.on.slice(0, 4)) : asOfYear,
    );
    const direction = indicator.direction as Direction;
    const trendPoints = baseline ? [{ on: baseline.on, value: baseline.value }, ...series] : series;
    return {
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      pillar: indicator.pillar,
      tier: indicator.tier,
      unitOfMeasure: indicator.unitOfMeasure,
      direction,
      value: latest?.value ?? null,
      valueOn: latest?.on ?? null,
      baseline: baseline?.value ?? null,
      changeSinceBaseline: changeSinceBaseline(latest?.value ?? null, baseline?.value ?? null),
      target: target?.value ?? null,
      targetYear: target?.year ?? null,
      percentOfTarget: percentOfTarget(latest?.value ?? null, target?.value ?? null, direction),
      // The same points (baseline first) feed the band and the forecast, so they cannot disagree.
      status: statusBand({
        points: series.length ? trendPoints : [], // no value yet: not assessable, whatever the baseline
        baseline: baseline?.value ?? null,
        baselineOn: baseline?.on ?? query.asOf,
        target: target?.value ?? null,
        targetOn: target?.on ?? query.asOf,
        direction,
        asOf: query.asOf,
      }),
      forecast: target ? forecast(trendPoints, target.value, target.on, direction) : null,
      isSample: indicator.isSample,
    };
  });
  const count = (pick: (item: (typeof items)[number]) => string | null) => {
    const counts: Record<string, number> = {};
    for (const item of items) {
      const key = pick(item);
      if (key !== null) counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  };
  const withTarget: Record<string, number> = {};
  for (const t of targets)
    if (t.kind === 'target' && t.year !== null) withTarget[t.year] = (withTarget[t.year] ?? 0) + 1;
  return {
    unit: { code: unit.code, fullName: unit.fullName },
    plan: { code: plan.code, title: plan.title },
    asOf: query.asOf,
    total: items.length,
    byPillar: count((i) => i.pillar),
    withTarget,
    improvedSinceBaseline: items.filter((i) => hasImproved(i.value, i.baseline, i.direction)).length,
    byStatus: count((i) => i.status),
    items,
  };
}
