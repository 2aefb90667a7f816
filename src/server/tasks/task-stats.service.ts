import { inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { TaskCounts, TaskStats } from '../../shared/api/stats.ts';
import { errors } from '../http/errors.ts';
import { findUnitForDate } from '../units/unit.repository.ts';
import { units } from '../units/unit.table.ts';
import type { Scope } from '../units/unit-scope.ts';
import { addRow, emptyCounts, finish, scoreOf } from './task-counts.ts';
import { countTasksAsOf } from './task-stats.repository.ts';

function group<K>(rows: Awaited<ReturnType<typeof countTasksAsOf>>, key: (row: (typeof rows)[number]) => K) {
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

/** Figures for a unit's subtree as of a date: totals, by pillar, and child units ranked by score. */
export async function getTaskStats(
  db: Db,
  scope: Scope,
  query: { unit: string; asOf: string },
  nearDeadlineDays: number,
): Promise<TaskStats> {
  // A code with no version on that date (demo units start 2025-07-01, tasks in March) counts under its current row.
  const unit = await findUnitForDate(db, query.unit, scope, query.asOf);
  if (!unit) throw errors.notFound('Đơn vị');
  const rows = await countTasksAsOf(db, unit.path, query.asOf, nearDeadlineDays);
  const totals = emptyCounts();
  for (const row of rows) addRow(totals, row);
  finish(totals);

  const byChild = group(rows, (row) => row.childId);
  const childIds = [...byChild.keys()].filter((id): id is number => id !== null);
  const children = childIds.length ? await db.select().from(units).where(inArray(units.id, childIds)) : [];
  const ranked = children
    .map((child) => {
      const counts = byChild.get(child.id)!;
      return {
        unit: { code: child.code, fullName: child.fullName, level: child.level },
        ...counts,
        ...scoreOf(counts),
      };
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.unit.code.localeCompare(b.unit.code));
  // Competition ranking: equal scores share a rank (1, 1, 3).
  const byChildUnit = ranked.map((entry) => ({
    ...entry,
    rank: entry.score === null ? null : 1 + ranked.filter((other) => (other.score ?? -1) > entry.score!).length,
  }));

  const byPillar = [...group(rows, (row) => row.pillar).entries()]
    .map(([pillar, counts]) => ({ pillar, ...counts }))
    .sort((a, b) => a.pillar.localeCompare(b.pillar));
  return { unit: { code: unit.code, fullName: unit.fullName }, asOf: query.asOf, ...totals, byPillar, byChildUnit };
}
