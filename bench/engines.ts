/**
 * Benchmark databases on both engines: a fresh PostgreSQL database (dropped afterwards) or a fresh
 * PGlite data directory. The server is later started on the same database with the matching variable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type EngineName } from '../src/server/db/database.ts';
import { directorySize } from './memory.ts';

export const pgBase =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type Engine = {
  name: EngineName;
  /** Database name or data directory, for the results and for `--keep`. */
  location: string;
  /** PostgreSQL only: a connection string for direct SQL. */
  url?: string;
  serverEnv: Record<string, string>;
  open(): Promise<Database>;
  sizeBytes(): Promise<number>;
  drop(): Promise<void>;
};

export async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: pgBase });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

export const databaseUrl = (name: string) => {
  const url = new URL(pgBase);
  url.pathname = `/${name}`;
  return url.toString();
};

export async function createEngine(name: EngineName, tag: string, isKept: boolean): Promise<Engine> {
  if (name === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), `giamsat-bench-${tag}-`));
    return {
      name,
      location: dir,
      serverEnv: { DATA_DIR: dir },
      open: () => openDatabase({ dataDir: dir }),
      sizeBytes: async () => directorySize(dir),
      drop: async () => {
        if (!isKept) rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const dbName = `giamsat_bench_${tag}`;
  await adminQuery(`drop database if exists ${dbName} with (force)`);
  await adminQuery(`create database ${dbName}`);
  const url = databaseUrl(dbName);
  return {
    name,
    location: dbName,
    url,
    serverEnv: { DATABASE_URL: url },
    open: () => openDatabase({ databaseUrl: url }),
    sizeBytes: async () => Number((await adminQuery(`select pg_database_size('${dbName}') as n`)).rows[0]!.n as string),
    drop: async () => {
      if (!isKept) await adminQuery(`drop database if exists ${dbName} with (force)`);
    },
  };
}
