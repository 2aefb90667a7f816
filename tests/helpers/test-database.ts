import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, runMigrations, type Database, type EngineName } from '../../src/server/db/database.ts';
import { seedDemo } from '../../src/server/demo/demo.seed.ts';

export type TestEngine = { name: EngineName };

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI always sets it). */
export const testEngines: TestEngine[] = [
  { name: 'pglite' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgresql' as const }] : []),
];

export type TestDatabase = Database & { url?: string; drop(): Promise<void> };

/** A fresh, migrated database on the given engine; PostgreSQL gets a throwaway database per call. */
export async function createTestDatabase(
  engine: TestEngine,
  options: { isDemo?: boolean } = {},
): Promise<TestDatabase> {
  let database: Database;
  let url: string | undefined;
  let cleanup = async () => {};
  if (engine.name === 'pglite') {
    database = await openDatabase({ dataDir: 'memory://' });
  } else {
    const base = process.env.TEST_DATABASE_URL!;
    const name = `giamsat_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const parsed = new URL(base);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    database = await openDatabase({ databaseUrl: url, poolSize: 5 });
    cleanup = async () => {
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    };
  }
  await runMigrations(database);
  if (options.isDemo !== false) await seedDemo(database.db);
  return {
    ...database,
    url,
    async drop() {
      await database.close();
      await cleanup();
    },
  };
}
