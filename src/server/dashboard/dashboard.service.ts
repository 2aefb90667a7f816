import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { users } from '../accounts/account.table.ts';
import type { Dashboard } from '../../shared/api/dashboard.ts';
import type { TaskStats } from '../../shared/api/stats.ts';
import { addDays } from '../../shared/dates.ts';
import { cachedFigures, type FigureContext } from '../figures/figure-cache.ts';
import { errors } from '../http/errors.ts';
import { getIndicatorStats } from '../indicators/indicator-stats.service.ts';
import { indicators } from '../indicators/indicator.table.ts';
import { listPlans } from '../plans/plan.service.ts';
import { missingDailyReportsAsOf, urgentTasksAsOf } from '../tasks/task-stats.repository.ts';
import { factSourceFor, getTaskStats } from '../tasks/task-stats.service.ts';
import { findUnitForDate } from '../units/unit.repository.ts';
import { units } from '../units/unit.table.ts';
import { pendingExplanations, recentReports } from './dashboard.repository.ts';

type Warning = Dashboard['warnings'][number];

/** The plan whose indicators a unit is measured by: the deepest plan above or at it that has indicators. */
async function planFor(db: Db, caller: AuthUser, unitPath: string, code?: string) {
  const plans = await listPlans(db, caller);
  if (code) return plans.find((p) => p.code === code) ?? null;
  const withIndicators = new Set(
    (await db.select({ planId: indicators.planId }).from(indicators).groupBy(indicators.planId)).map((r) => r.planId),
  );
  // Only the issuing units' paths are needed, not the whole unit table.
  const issuers = [...new Set(plans.map((p) => p.unit.code))];
  const paths = new Map(
    issuers.length
      ? (
          await db
            .select({ code: units.code, path: units.path })
            .from(units)
            .where(and(inArray(units.code, issuers), isNull(units.validTo)))
        ).map((u) => [u.code, u.path])
      : [],
  );
  return (
    plans
      .filter((p) => withIndicators.has(p.id) && unitPath.startsWith(paths.get(p.unit.code) ?? '\u0000'))
      .sort((a, b) => (paths.get(b.unit.code)?.length ?? 0) - (paths.get(a.unit.code)?.length ?? 0))[0] ?? null
  );
}

async function headsOf(db: Db, unitIds: number[]) {
  if (unitIds.length === 0) return new Map<number, string>();
  const rows = await db
    .select({ unitId: users.unitId, name: users.displayName })
    .from(users)
    .where(and(inArray(users.unitId, unitIds), eq(users.role, 'leader'), eq(users.isActive, true)));
  return new Map(rows.map((r) => [r.unitId, r.name]));
}

/** Everything the steering committee's first screen shows, for one unit and one date. */
export async function getDashboard(
  db: Db,
  caller: AuthUser,
  query: { unit: string; asOf: string; plan?: string },
  near: number,
  /** The server's today; without it nothing date-dependent is cached and every fact comes from the events. */
  today?: string,
): Promise<Dashboard> {
  const unit = await findUnitForDate(db, query.unit, caller.scope, query.asOf);
  if (!unit) throw errors.notFound('Đơn vị');
  // The figure counters are read once for the eight parts below.
  const context: FigureContext = { today, versions: new Map() };
  const cached = <T>(name: string, compute: () => Promise<T>) =>
    cachedFigures(db, unit.id, `${name}|${unit.path}|${near}`, { ...context, asOf: query.asOf }, compute);
  // Reports are dated the day they are made, so the day before `asOf` is closed once `asOf` has come;
  // before that, new reports can still clear a warning and no counter would tell. (A report sent a moment
  // before midnight and committed after it could be missed by a list computed in that moment, until the
  // next change in the subtree; reports move no counter, so that gap is accepted rather than paid for.)
  const source = factSourceFor(query.asOf, today);
  const missingReports = () => missingDailyReportsAsOf(db, unit.path, query.asOf, 100, source);
  const statsOn = (asOf: string) => getTaskStats(db, caller.scope, { unit: unit.code, asOf }, near, context);
  const [now, weekAgo, monthAgo, urgent, plan, explanations, missing, latestReports] = await Promise.all([
    statsOn(query.asOf),
    statsOn(addDays(query.asOf, -7)),
    statsOn(addDays(query.asOf, -30)),
    cached('urgent', () => urgentTasksAsOf(db, unit.path, query.asOf, near, 100, source)),
    planFor(db, caller, unit.path, query.plan),
    cached('explanations', () => pendingExplanations(db, unit.path, query.asOf)),
    today !== undefined && query.asOf <= today ? cached('missing', missingReports) : missingReports(),
    // Reports of settled days are final; recent days' keep coming (or committing), so they are read live.
    today !== undefined && query.asOf < addDays(today, -1)
      ? cached('reports', () => recentReports(db, unit.path, query.asOf))
      : recentReports(db, unit.path, query.asOf),
  ]);
  const leadIds = [...new Set([...urgent, ...explanations, ...missing].map((row) => row.leadUnitId))];
  const [leadUnits, heads] = await Promise.all([
    leadIds.length ? db.select().from(units).where(inArray(units.id, leadIds)) : [],
    headsOf(db, leadIds),
  ]);
  const unitOf = (id: number) => {
    const found = leadUnits.find((u) => u.id === id);
    return found ? { code: found.code, fullName: found.fullName } : null;
  };
  const warnings: Warning[] = [
    ...urgent.map((t): Warning => ({
      kind: t.status,
      title: `${t.code} – ${t.title}`,
      link: `/tasks/${t.id}`,
      dueOn: t.deadline,
      unit: unitOf(t.leadUnitId),
      head: heads.get(t.leadUnitId) ?? null,
    })),
    ...missing.map((t): Warning => ({
      kind: 'missing_report',
      title: `${t.code} – ${t.title}`,
      link: `/tasks/${t.id}`,
      dueOn: t.missedOn,
      unit: unitOf(t.leadUnitId),
      head: heads.get(t.leadUnitId) ?? null,
    })),
    ...explanations.map((e): Warning => ({
      kind: 'explanation_pending',
      title: `${e.code} – ${e.question}`,
      link: `/tasks/${e.taskId}`,
      dueOn: e.askedOn,
      unit: unitOf(e.leadUnitId),
      head: heads.get(e.leadUnitId) ?? null,
    })),
  ];
  let indicatorFigures: Dashboard['indicators'] = null;
  if (plan) {
    const stats = await getIndicatorStats(db, caller, { unit: unit.code, plan: plan.code, asOf: query.asOf }, context);
    const empty = () => ({ total: 0, green: 0, orange: 0, red: 0, grey: 0, improved: 0 });
    const total = empty();
    const byPillar: Record<string, ReturnType<typeof empty>> = {};
    for (const item of stats.items) {
      for (const bucket of [total, (byPillar[item.pillar] ??= empty())]) {
        bucket.total++;
        bucket[item.status]++;
        if (
          item.changeSinceBaseline !== null &&
          (item.direction === 'higher' ? item.changeSinceBaseline > 0 : item.changeSinceBaseline < 0)
        )
          bucket.improved++;
      }
      if (item.status === 'red') {
        warnings.push({
          kind: 'red_indicator',
          title: `${item.code} – ${item.name}`,
          link: `/indicators/${item.id}?plan=${encodeURIComponent(plan.code)}&unit=${unit.code}`,
          dueOn: null,
          unit: { code: unit.code, fullName: unit.fullName },
          head: null,
        });
      }
    }
    indicatorFigures = { total, byPillar };
  }
  const { unit: _u, asOf: _a, byPillar, byChildUnit, rankingByPillar, ...tasks } = now;
  const strip = ({ unit: _x, asOf: _y, byPillar: _p, byChildUnit: _c, rankingByPillar: _r, ...counts }: typeof now) =>
    counts;
  return {
    unit: { code: unit.code, fullName: unit.fullName, level: unit.level },
    asOf: query.asOf,
    tasks,
    tasksWeekAgo: strip(weekAgo),
    tasksMonthAgo: strip(monthAgo),
    byPillar,
    ranking: withTrend(byChildUnit, monthAgo.byChildUnit),
    rankingByPillar: Object.fromEntries(
      Object.entries(rankingByPillar).map(([pillar, rows]) => [
        pillar,
        withTrend(rows, monthAgo.rankingByPillar[pillar] ?? []),
      ]),
    ),
    plan: plan ? { code: plan.code, title: plan.title } : null,
    indicators: indicatorFigures,
    warnings,
    recentReports: latestReports.map((r) => ({
      link: `/tasks/${r.taskId}`,
      task: `${r.code} – ${r.title}`,
      unit: { code: r.unitCode, fullName: r.unitName },
      reportedOn: r.reportedOn,
      percent: r.percent,
      text: r.text,
    })),
  };
}

type ChildRank = TaskStats['byChildUnit'][number];

/** The dashboard's ranking rows: the score's change over the last month is the trend arrow. */
function withTrend(rows: ChildRank[], monthAgo: ChildRank[]): Dashboard['ranking'] {
  const before = new Map(monthAgo.map((c) => [c.unit.code, c.score]));
  return rows.map((c) => {
    const previous = before.get(c.unit.code);
    return {
      unit: c.unit,
      score: c.score,
      grade: c.grade,
      rank: c.rank,
      trend:
        c.score !== null && previous !== null && previous !== undefined
          ? Math.round((c.score - previous) * 100) / 100
          : null,
      completionRate: c.completionRate,
      total: c.total,
      overdue: c.overdue,
    };
  });
}
