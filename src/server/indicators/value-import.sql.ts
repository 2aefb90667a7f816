import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { indicatorValues } from './indicator.table.ts';
import { insertRows } from '../db/bulk-import.ts';

export type NewValueRow = typeof indicatorValues.$inferInsert;
type Pair = { indicatorId: number; unitId: number };
type Slot = Pair & { periodEnd: string };

export const pairKey = (p: Pair) => `${p.indicatorId}:${p.unitId}`;
export const slotKey = (s: Slot) => `${pairKey(s)}:${s.periodEnd}`;

const distinct = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];

/**
 * The approved history recordValue() reads per (indicator, unit), for many pairs in one query: values
 * in period order, then version order, as checkValue() expects them.
 */
export async function approvedHistories(db: Executor, pairs: Pair[]): Promise<Map<string, number[]>> {
  const byPair = new Map<string, number[]>();
  const keys = distinct(pairs, pairKey);
  if (keys.length === 0) return byPair;
  const { rows } = await db.execute<{ indicator_id: number; unit_id: number; value: number }>(sql`
    select v.indicator_id, v.unit_id, v.value
    from ${indicatorValues} v
    join unnest(${sql.param(keys.map((k) => k.indicatorId))}::int[], ${sql.param(keys.map((k) => k.unitId))}::int[])
      as k(indicator_id, unit_id) on v.indicator_id = k.indicator_id and v.unit_id = k.unit_id
    where v.status = 'approved'
    order by v.indicator_id, v.unit_id, v.period_end, v.version`);
  for (const row of rows) {
    const key = pairKey({ indicatorId: row.indicator_id, unitId: row.unit_id });
    const history = byPair.get(key) ?? [];
    history.push(row.value);
    byPair.set(key, history);
  }
  return byPair;
}

/** Per (indicator, unit, period) already stored: the highest version, and whether one awaits review. */
export async function periodStates(
  db: Executor,
  slots: Slot[],
): Promise<Map<string, { version: number; isPending: boolean }>> {
  const bySlot = new Map<string, { version: number; isPending: boolean }>();
  const keys = distinct(slots, slotKey);
  if (keys.length === 0) return bySlot;
  const { rows } = await db.execute<{
    indicator_id: number;
    unit_id: number;
    period_end: string;
    version: number;
    is_pending: boolean;
  }>(sql`
    select v.indicator_id, v.unit_id, v.period_end, max(v.version)::int as version,
      bool_or(v.status = 'submitted') as is_pending
    from ${indicatorValues} v
    join unnest(${sql.param(keys.map((k) => k.indicatorId))}::int[], ${sql.param(keys.map((k) => k.unitId))}::int[],
      ${sql.param(keys.map((k) => k.periodEnd))}::date[]) as k(indicator_id, unit_id, period_end)
      on v.indicator_id = k.indicator_id and v.unit_id = k.unit_id and v.period_end = k.period_end
    group by v.indicator_id, v.unit_id, v.period_end`);
  for (const row of rows) {
    const key = slotKey({ indicatorId: row.indicator_id, unitId: row.unit_id, periodEnd: row.period_end });
    bySlot.set(key, { version: row.version, isPending: row.is_pending });
  }
  return bySlot;
}

/** Multi-row inserts of checked values (see insertRows); returns the created ids. */
export async function insertValues(tx: Executor, rows: NewValueRow[]): Promise<number[]> {
  return (await insertRows(tx, indicatorValues, rows, ['id'])).map((row) => row.id);
}
