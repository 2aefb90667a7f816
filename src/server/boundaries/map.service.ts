import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import type { MapValues } from '../../shared/api/boundaries.ts';
import { evaluateFormula, formulaReferences, parseFormula } from '../../shared/formula.ts';
import { statusBand, type Band, type Direction, type Point } from '../../shared/indicator-math.ts';
import { rollUp } from '../../shared/rollup.ts';
import { errors } from '../http/errors.ts';
import { listPlans } from '../plans/plan.service.ts';
import { pickTarget } from '../indicators/indicator-stats.service.ts';
import { getTaskStats } from '../tasks/task-stats.service.ts';
import { findUnitForDate } from '../units/unit.repository.ts';
import { listChildUnits } from './boundary.repository.ts';
import * as repo from './map.repository.ts';

type IndicatorRow = Awaited<ReturnType<typeof repo.listPlanIndicators>>[number];
type Figure = { value: number | null; valueOn: string | null; band: Band };
export type MapQuery = { unit: string; asOf: string; plan?: string; indicator?: string };

const withQuery = (path: string, query: Record<string, string | undefined>) => {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
  return `${path}?${params}`;
};

/** Per child and indicator: the child's own series, else one point rolled up from its own sub-units. */
async function seriesByChild(db: Db, needed: IndicatorRow[], childIds: number[], asOf: string) {
  const key = (indicatorId: number, unitId: number) => `${indicatorId}:${unitId}`;
  const series = new Map<string, Point[]>();
  for (const row of await repo.childSeries(
    db,
    needed.map((i) => i.id),
    childIds,
    asOf,
  )) {
    const k = key(row.indicatorId, row.unitId);
    series.set(k, [...(series.get(k) ?? []), { on: row.on, value: row.value }]);
  }
  const aggregatable = needed.filter((i) => i.rollup !== 'none' && !i.formula);
  const lacking = childIds.filter((id) => aggregatable.some((i) => !series.has(key(i.id, id))));
  if (lacking.length) {
    const latest = await repo.grandchildLatest(
      db,
      aggregatable.map((i) => i.id),
      lacking,
      asOf,
    );
    for (const indicator of aggregatable)
      for (const childId of lacking) {
        if (series.has(key(indicator.id, childId))) continue;
        const parts = latest.filter((r) => r.indicatorId === indicator.id && r.childId === childId);
        const value = rollUp(
          indicator.rollup,
          parts.map((p) => p.value),
        );
        if (value !== null)
          series.set(key(indicator.id, childId), [
            {
              on: parts
                .map((p) => p.on)
                .sort()
                .at(-1)!,
              value,
            },
          ]);
      }
  }
  return (indicatorId: number, unitId: number) => series.get(key(indicatorId, unitId)) ?? [];
}

/** A derived indicator's single point: its formula over the latest values it reads, dated by the newest. */
function derivedPoint(formula: string, refs: IndicatorRow[], seriesOf: (id: number) => Point[]): Point[] {
  const latest = new Map(refs.flatMap((r) => (seriesOf(r.id).length ? [[r.code, seriesOf(r.id).at(-1)!]] : [])));
  const parsed = parseFormula(formula);
  if (formulaReferences(parsed).some((code) => !latest.has(code))) return [];
  const value = evaluateFormula(parsed, new Map([...latest].map(([code, p]) => [code, p.value])));
  const on = [...latest.values()]
    .map((p) => p.on)
    .sort()
    .at(-1)!;
  return value === null ? [] : [{ on, value: Math.round(value * 10_000) / 10_000 }];
}

/** One indicator's latest value and band at every child, in a handful of queries whatever their number. */
async function indicatorByChild(
  db: Db,
  catalogue: IndicatorRow[],
  indicator: IndicatorRow,
  childIds: number[],
  asOf: string,
): Promise<Map<number, Figure>> {
  const refs = indicator.formula ? formulaReferences(parseFormula(indicator.formula)) : [];
  const needed = indicator.formula ? catalogue.filter((i) => refs.includes(i.code)) : [indicator];
  const [seriesOf, targets] = await Promise.all([
    seriesByChild(db, needed, childIds, asOf),
    repo.childTargets(db, indicator.id, childIds),
  ]);
  const direction = indicator.direction as Direction;
  const figures = new Map<number, Figure>();
  for (const childId of childIds) {
    const series = indicator.formula
      ? derivedPoint(indicator.formula, needed, (id) => seriesOf(id, childId))
      : seriesOf(indicator.id, childId);
    const latest = series.at(-1) ?? null;
    const mine = targets.filter((t) => t.unitId === childId);
    const baseline = mine.find((t) => t.kind === 'baseline') ?? null;
    const target = pickTarget(
      mine.filter((t) => t.kind === 'target'),
      Number((latest?.on ?? asOf).slice(0, 4)),
    );
    const trendPoints = baseline ? [{ on: baseline.on, value: baseline.value }, ...series] : series;
    const band = statusBand({
      points: series.length ? trendPoints : [],
      baseline: baseline?.value ?? null,
      baselineOn: baseline?.on ?? asOf,
      target: target?.value ?? null,
      targetOn: target?.on ?? asOf,
      direction,
      asOf,
    });
    figures.set(childId, { value: latest?.value ?? null, valueOn: latest?.on ?? null, band });
  }
  return figures;
}

/**
 * What the dashboard's map colours each child unit by: its score and grade from the task ranking
 * (getTaskStats, the same figures as the ranking table), or one indicator's latest value and band as of
 * the date. Each item links to the list behind its figure.
 */
export async function getMapValues(db: Db, caller: AuthUser, query: MapQuery, near: number): Promise<MapValues> {
  const unit = await findUnitForDate(db, query.unit, caller.scope, query.asOf);
  if (!unit) throw errors.notFound('Đơn vị');
  if (query.indicator && !query.plan) {
    throw errors.invalid([{ field: 'querystring.plan', message: 'Chọn kế hoạch khi tô màu theo chỉ tiêu.' }]);
  }
  const plan = query.plan ? (await listPlans(db, caller)).find((p) => p.code === query.plan) : undefined;
  if (query.plan && !plan) throw errors.notFound('Kế hoạch');
  const [children, catalogue] = await Promise.all([
    listChildUnits(db, unit.id, caller.scope),
    plan ? repo.listPlanIndicators(db, plan.id) : [],
  ]);
  const indicator = query.indicator ? catalogue.find((i) => i.code === query.indicator) : undefined;
  if (query.indicator && !indicator) throw errors.notFound('Chỉ tiêu');
  const childIds = children.map((c) => c.id);

  const stats = indicator ? null : await getTaskStats(db, caller.scope, { unit: unit.code, asOf: query.asOf }, near);
  const ranking = new Map((stats?.byChildUnit ?? []).map((c) => [c.unit.code, c]));
  const figures = indicator
    ? await indicatorByChild(db, catalogue, indicator, childIds, query.asOf)
    : new Map<number, Figure>();
  return {
    unit: { code: unit.code, fullName: unit.fullName },
    asOf: query.asOf,
    colourBy: indicator ? 'indicator' : 'score',
    plan: plan ? { code: plan.code, title: plan.title } : null,
    indicator: indicator
      ? {
          id: indicator.id,
          code: indicator.code,
          name: indicator.name,
          unitOfMeasure: indicator.unitOfMeasure,
          direction: indicator.direction as Direction,
        }
      : null,
    indicators: catalogue.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      pillar: i.pillar,
      unitOfMeasure: i.unitOfMeasure,
    })),
    items: children.map((child) => {
      const ranked = ranking.get(child.code);
      const figure = figures.get(child.id);
      return {
        unit: { code: child.code, fullName: child.fullName, level: child.level },
        hasBoundary: Boolean(child.hasBoundary),
        score: ranked?.score ?? null,
        grade: ranked?.grade ?? null,
        rank: ranked?.rank ?? null,
        value: figure?.value ?? null,
        valueOn: figure?.valueOn ?? null,
        band: figure?.band ?? null,
        link: indicator
          ? withQuery(`/indicators/${indicator.id}`, { unit: child.code, plan: plan?.code })
          : withQuery('/dashboard', { unit: child.code, asOf: query.asOf, plan: plan?.code }),
      };
    }),
  };
}
