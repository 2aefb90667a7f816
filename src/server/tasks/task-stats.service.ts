import { inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { TaskCounts, TaskStats } from '../../shared/api/stats.ts';
import { cachedFigures, type FigureContext } from '../figures/figure-cache.ts';
import { errors } from '../http/errors.ts';
import { findUnitForDate } from '../units/unit.repository.ts';
import { units } from '../units/unit.table.ts';
import type { Scope } from '../units/unit-scope.ts';
import { addRow, emptyCounts, finish, scoreOf } from './task-counts.ts';
import { countTasksAsOf, type FactSource } from './task-stats.repository.ts';

function group<K>(rows: StatsRows, key: (row: (typeof rows)[number]) => K) {
  const groups = new Map<K, TaskCounts>();
  for (const row of rows) {
    const k = key(row);
    const counts = groups.get(k) ?? emptyCounts();
    addRow(counts, row);
    groups.set(k, counts);
  }
  for (const counts of groups.values()) finish(counts);
  return groups;
}

type StatsRows = Awaited<ReturnType<typeof countTasksAsOf>>;
type UnitRow = typeof units.$inferSelect;

/** Child units ranked by score; competition ranking, so equal scores share a rank (1, 1, 3). */
function rankChildren(rows: StatsRows, children: UnitRow[]) {
  const byChild = group(rows, (row) => row.childId);
  const ranked = children
    .filter((child) => byChild.has(child.id))
    .map((child) => {
      const counts = byChild.get(child.id)!;
      return {
        unit: { code: child.code, fullName: child.fullName, level: child.level },
        ...counts,
        ...scoreOf(counts),
      };
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.unit.code.localeCompare(b.unit.code));
  return ranked.map((entry) => ({
    ...entry,
    rank: entry.score === null ? null : 1 + ranked.filter((other) => (other.score ?? -1) > entry.score!).length,
  }));
}

/** The figures as computed: the pillar rankings are always there (the API sends them only when asked). */
export type FullTaskStats = TaskStats & { rankingByPillar: NonNullable<TaskStats['rankingByPillar']> };

/** Figures for a unit's subtree as of a date: totals, by pillar, and child units ranked by score. */
export async function getTaskStats(
  db: Db,
  scope: Scope,
  query: { unit: string; asOf: string },
  nearDeadlineDays: number,
  /** The server's today, when known (older figures then stay cached across the day's changes). */
  context: FigureContext = {},
): Promise<FullTaskStats> {
  // A code with no version on that date (demo units start 2025-07-01, tasks in March) counts under its current row.
  const unit = await findUnitForDate(db, query.unit, scope, query.asOf);
  if (!unit) throw errors.notFound('Đơn vị');
  // The scope check above runs on every call; the figures of a subtree are the same for every caller.
  return cachedFigures(db, unit.id, `tasks|${unit.path}|${nearDeadlineDays}`, { ...context, asOf: query.asOf }, () =>
    computeTaskStats(db, unit, query.asOf, nearDeadlineDays, factSourceFor(query.asOf, context.today)),
  );
}

/** Today's (or a later day's) facts are the task rows' own; earlier days need the dated events. */
export const factSourceFor = (asOf: string, today: string | undefined): FactSource =>
  today !== undefined && asOf >= today ? 'task_rows' : 'events';

async function computeTaskStats(
  db: Db,
  unit: UnitRow,
  asOf: string,
  nearDeadlineDays: number,
  source: FactSource,
): Promise<FullTaskStats> {
  const rows = await countTasksAsOf(db, unit.path, asOf, nearDeadlineDays, source);
  const totals = emptyCounts();
  for (const row of rows) addRow(totals, row);
  finish(totals);

  const childIds = [...new Set(rows.map((row) => row.childId))].filter((id): id is number => id !== null);
  const children = childIds.length ? await db.select().from(units).where(inArray(units.id, childIds)) : [];
  const byChildUnit = rankChildren(rows, children);
  const pillars = [...new Set(rows.map((row) => row.pillar))].sort();
  const rankingByPillar = Object.fromEntries(
    pillars.map((pillar) => [
      pillar,
      rankChildren(
        rows.filter((row) => row.pillar === pillar),
        children,
      ),
    ]),
  );

  const byPillar = [...group(rows, (row) => row.pillar).entries()]
    .map(([pillar, counts]) => ({ pillar, ...counts }))
    .sort((a, b) => a.pillar.localeCompare(b.pillar));
  return {
    unit: { code: unit.code, fullName: unit.fullName },
    asOf,
    ...totals,
    byPillar,
    byChildUnit,
    rankingByPillar,
  };
}
