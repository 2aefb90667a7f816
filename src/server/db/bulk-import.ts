import { createHash } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database.ts';

/**
 * What the bulk imports (tasks from XLSX, indicator values from CSV/XLSX) share: one query per kind of
 * reference, multi-row inserts in chunks, and one audit record per file that names the rows it created.
 */

/** Rows per INSERT statement: bounded statements (~150 KB each) and a RETURNING list per chunk. */
export const ROWS_PER_STATEMENT = 500;

export function* chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Multi-row `INSERT … SELECT … RETURNING`, ROWS_PER_STATEMENT rows per statement, each chunk sent as ONE
 * jsonb parameter and typed by the table's own row type (jsonb_populate_recordset). Why not Drizzle's
 * multi-row VALUES: it binds one parameter per cell (7,500 for 500 tasks, near the 65,535 limit for wide
 * chunks) and spent ~50 ms building each such statement, more than PostgreSQL took to run it.
 * Rows must be JSON-ready (dates as 'YYYY-MM-DD' strings) and all have the first row's keys: a key left out
 * is written as null, not as the column's default.
 */
export async function insertRows<T extends PgTable, K extends keyof T['$inferSelect'] & string>(
  tx: Executor,
  table: T,
  rows: T['$inferInsert'][],
  returning: K[],
): Promise<Pick<T['$inferSelect'], K>[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(first);
  const names = keys.map((key) => columns[key]!.name);
  const list = (of: string[]) =>
    sql.join(
      of.map((name) => sql.identifier(name)),
      sql`, `,
    );
  const returned = returning.map((key) => columns[key]!.name);
  const created: Pick<T['$inferSelect'], K>[] = [];
  for (const part of chunks(rows)) {
    const json = JSON.stringify(
      part.map((row) => Object.fromEntries(keys.map((key, i) => [names[i], (row as Record<string, unknown>)[key]]))),
    );
    const { rows: out } = await tx.execute<Record<string, unknown>>(sql`
      insert into ${table} (${list(names)})
      select ${list(names)} from jsonb_populate_recordset(null::${table}, ${sql.param(json)}::jsonb)
      returning ${list(returned)}`);
    for (const row of out)
      created.push(
        Object.fromEntries(returning.map((key, i) => [key, row[returned[i]!]])) as Pick<T['$inferSelect'], K>,
      );
  }
  return created;
}

export const sha256Hex = (file: Buffer): string => createHash('sha256').update(file).digest('hex');

/** Created ids as [first, last] runs: exact, and short in the audit record even for 100,000 rows. */
export function idRanges(ids: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && id === last[1] + 1) last[1] = id;
    else ranges.push([id, id]);
  }
  return ranges;
}
