import type { Config } from './config.ts';
import { openDatabase, runMigrations, type Database } from './db/database.ts';
import { buildApp, createDeps } from './app.ts';
import { ensureAdmin } from './accounts/first-admin.ts';
import { seedDemo } from './demo/demo.seed.ts';
import { seedDemoSnapshots } from './demo/demo-publications.seed.ts';
import { taskClockOf } from './tasks/task-clock.ts';
import { loadDemoBoundaries } from './demo/demo-boundaries.ts';
import { runUrgingJob, startJobs } from './urging/jobs.ts';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({ databaseUrl: config.databaseUrl })
    : await openDatabase({ dataDir: config.dataDir });
  await runMigrations(database);
  return database;
}

/** Starts the HTTP server; resolves once listening and stops cleanly on SIGTERM/SIGINT. */
export async function serve(config: Config): Promise<void> {
  const database = await openConfiguredDatabase(config);
  if (config.firstAdmin) await ensureAdmin(database.db, config.firstAdmin);
  const deps = createDeps(config, database);
  const app = await buildApp(deps);
  if (config.isDemo) {
    const { isSeeded } = await seedDemo(database.db);
    if (isSeeded) {
      // A first urging pass so the demo opens with today's reminders already in the officers' inboxes.
      app.log.info(await runUrgingJob(deps), 'demo data loaded (GIAMSAT_DEMO=0 to start without it)');
      // Map boundaries from ../shared/data/geo when present; not in seedDemo, which every test database runs.
      const boundaries = await loadDemoBoundaries(database.db);
      app.log.info({ files: boundaries.files }, boundaries.message);
      // Version 1 of the open datasets, so the portal's catalogue has files to download.
      app.log.info({ versions: await seedDemoSnapshots(database.db, taskClockOf(deps)) }, 'open-data versions made');
    }
  }
  const jobs = config.isJobsEnabled ? await startJobs(deps, app.log) : undefined;
  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close().catch(() => {});
    await jobs?.stop().catch(() => {});
    deps.mailer?.close();
    await database.close().catch(() => {});
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { engine: database.engine, isDemo: config.isDemo },
    `giamsat ready on http://${config.host}:${config.port}/`,
  );
}
