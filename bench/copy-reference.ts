/**
 * The bulk-load yardstick: PostgreSQL `COPY … FROM STDIN` of the same rows (tasks, task events,
 * indicator values) into an empty copy of the schema, with the same indexes, constraints and foreign
 * keys. Rows are read out of the benchmark database first (not timed), slice by slice.
 */
import pg from 'pg';
import { openDatabase, runMigrations } from '../src/server/db/database.ts';
import { copyIn, copyOut } from './copy-protocol.ts';
import { adminQuery, databaseUrl } from './engines.ts';

const SLICE = 250_000;

export type CopyFigures = Record<'tasks' | 'task_events' | 'indicator_values', { rows: number; seconds: number }>;

async function columnsOf(client: pg.Client, table: string) {
  const { rows } = await client.query<{ name: string }>(
    `select column_name as name from information_schema.columns where table_name = $1 order by ordinal_position`,
    [table],
  );
  return rows.map((r) => `"${r.name}"`);
}

/** Copies a whole table by id slices; returns rows and the seconds spent in COPY FROM only. */
async function copyTable(source: pg.Client, target: pg.Client, table: string) {
  const columns = await columnsOf(source, table);
  const {
    rows: [range],
  } = await source.query<{ lo: number; hi: number }>(
    `select coalesce(min(id), 0)::bigint as lo, coalesce(max(id), -1)::bigint as hi from ${table}`,
  );
  let rows = 0;
  let seconds = 0;
  for (let lo = Number(range!.lo); lo <= Number(range!.hi); lo += SLICE) {
    const chunks = await copyOut(
      source,
      `select ${columns.join(', ')} from ${table} where id >= ${lo} and id < ${lo + SLICE} order by id`,
    );
    const started = performance.now();
    await copyIn(target, table, columns, chunks);
    seconds += (performance.now() - started) / 1000;
    rows += chunks.length;
  }
  return { rows, seconds };
}

export async function copyReference(sourceName: string): Promise<CopyFigures> {
  const targetName = `${sourceName}_copy`;
  await adminQuery(`drop database if exists ${targetName} with (force)`);
  await adminQuery(`create database ${targetName}`);
  try {
    const schema = await openDatabase({ databaseUrl: databaseUrl(targetName) });
    await runMigrations(schema);
    await schema.close();
    const source = new pg.Client({ connectionString: databaseUrl(sourceName) });
    const target = new pg.Client({ connectionString: databaseUrl(targetName) });
    await source.connect();
    await target.connect();
    try {
      // Parents the foreign keys point at, not timed.
      for (const table of ['units', 'users', 'plans', 'indicators']) await copyTable(source, target, table);
      return {
        tasks: await copyTable(source, target, 'tasks'),
        task_events: await copyTable(source, target, 'task_events'),
        indicator_values: await copyTable(source, target, 'indicator_values'),
      };
    } finally {
      await source.end();
      await target.end();
    }
  } finally {
    await adminQuery(`drop database if exists ${targetName} with (force)`);
  }
}
