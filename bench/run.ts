/**
 * `npm run bench -- --quick` (or `--full`): province-scale data on the embedded engine and on
 * PostgreSQL, measured the same way every time; writes bench/results/<date>.md. See docs in that file.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { buildApp, createDeps } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase, runMigrations, type Database } from '../src/server/db/database.ts';
import { seedDemo } from '../src/server/demo/demo.seed.ts';
import { countTasksAsOf } from '../src/server/tasks/task-stats.repository.ts';
import { generateProvince, type Scale } from './generate.ts';
import { load, ms, percentiles, timeIt } from './measure.ts';

const isFull = process.argv.includes('--full');
const scale: Scale = isFull ? { tasks: 10_000, reportsPerTask: 50 } : { tasks: 2_000, reportsPerTask: 10 };
const requests = isFull ? 400 : 150;
const root = path.resolve(import.meta.dirname, '..');
const pgBase =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type EngineResult = Record<string, string>;

async function openEngine(
  name: 'pglite' | 'postgresql',
): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (name === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-bench-'));
    const database = await openDatabase({ dataDir: dir });
    return { database, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const dbName = `giamsat_bench_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgBase });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(pgBase);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    cleanup: async () => {
      const dropper = new pg.Client({ connectionString: pgBase });
      await dropper.connect();
      await dropper.query(`drop database if exists ${dbName} with (force)`);
      await dropper.end();
    },
  };
}

async function login(base: string, username: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

async function benchEngine(name: 'pglite' | 'postgresql'): Promise<EngineResult> {
  const { database, cleanup } = await openEngine(name);
  try {
    await runMigrations(database);
    await seedDemo(database.db);
    const generated = await generateProvince(database.pool, scale);
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'giamsat-bench-files-')),
    });
    const app = await buildApp(createDeps(config, database), { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const admin = await login(base, 'admin');
    const headers = { cookie: admin.cookie };
    const rssRest = process.memoryUsage().rss;
    const {
      rows: [province],
    } = await database.pool.query<{ path: string }>(`select path from units where code = '38' and valid_to is null`);

    const statsUrl = `${base}/api/stats/tasks?unit=38&asOf=2025-07-25`;
    const endpoints = {
      'GET /api/stats/tasks (unit 38, as of 25/7/2025)': statsUrl,
      'GET /api/stats/tasks (unit 38, today)': `${base}/api/stats/tasks?unit=38`,
      'GET /api/tasks (unit 38, first 50)': `${base}/api/tasks?unit=38&limit=50`,
    };
    const result: EngineResult = {
      'data: tasks / events': `${generated.tasks + 91} / ${generated.events}`,
      'bulk insert, tasks (multi-row INSERT)': `${Math.round(generated.tasks / generated.tasksSeconds)} rows/s`,
      'bulk insert, events (multi-row INSERT)': `${Math.round(generated.events / generated.eventsSeconds)} rows/s`,
    };
    for (const [label, url] of Object.entries(endpoints)) {
      await fetch(url, { headers }); // warm up
      const single = percentiles(
        await timeIt(async () => (await fetch(url, { headers })).arrayBuffer(), Math.min(60, requests)),
      );
      result[`${label}: single user p50 / p95 / p99`] = `${ms(single.p50)} / ${ms(single.p95)} / ${ms(single.p99)}`;
    }
    const direct = percentiles(await timeIt(() => countTasksAsOf(database.db, province!.path, '2025-07-25', 7), 60));
    result['direct SQL of the stats query p50 / p95'] = `${ms(direct.p50)} / ${ms(direct.p95)}`;

    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    let rssPeak = rssRest;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
    const loaded = await load(statsUrl, headers, 8, requests);
    const trivial = await load(`${base}/api/health`, {}, 8, requests * 2);
    clearInterval(sampler);
    loopDelay.disable();
    result['stats under load (8 clients) p50 / p95 / p99'] =
      `${ms(loaded.p50)} / ${ms(loaded.p95)} / ${ms(loaded.p99)} (${loaded.errors} errors)`;
    result['stats requests/s vs trivial JSON route'] =
      `${loaded.rps.toFixed(0)} vs ${trivial.rps.toFixed(0)} (${((100 * loaded.rps) / trivial.rps).toFixed(1)}%)`;
    result['longest event-loop stall during load'] = ms(loopDelay.max / 1e6);

    // Write → statistics: confirm a pending completion and time until today's figures show it.
    const secretariat = await login(base, 'thuongtruc.thanhhoa');
    const {
      rows: [pending],
    } = await database.pool.query<{ id: number }>(
      `select t.id from tasks t where t.completed_on is null and exists (select 1 from task_events e where e.task_id = t.id and e.kind = 'completion_proposed') order by t.id limit 1`,
    );
    if (pending) {
      const before = (await (await fetch(`${base}/api/stats/tasks?unit=38`, { headers })).json()) as {
        completed: number;
      };
      const started = performance.now();
      await fetch(`${base}/api/tasks/${pending.id}/completion/confirm`, {
        method: 'POST',
        headers: { cookie: secretariat.cookie, 'x-csrf-token': secretariat.csrf },
      });
      const after = (await (await fetch(`${base}/api/stats/tasks?unit=38`, { headers })).json()) as {
        completed: number;
      };
      result['write (confirm completion) → visible in statistics'] =
        after.completed === before.completed + 1 ? ms(performance.now() - started) : 'not visible';
    }
    result['server RSS at rest / peak under load'] =
      `${(rssRest / 2 ** 20).toFixed(0)} MiB / ${(rssPeak / 2 ** 20).toFixed(0)} MiB`;
    const {
      rows: [size],
    } = await database.pool.query<{ bytes: string }>('select pg_database_size(current_database())::text as bytes');
    result['database size'] = `${(Number(size!.bytes) / 2 ** 20).toFixed(1)} MiB`;
    await app.close();
    return result;
  } finally {
    await database.close();
    await cleanup();
  }
}

function webFigures(): Record<string, string> {
  const dist = path.join(root, 'dist/web');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const firstLoad = entry.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file))).length, 0);
  const all = readdirSync(path.join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, 'assets', f))).length, 0);
  return {
    'JavaScript on first load (gzip)': `${(firstLoad / 1024).toFixed(1)} KB`,
    'all JavaScript (gzip)': `${(all / 1024).toFixed(1)} KB`,
  };
}

const limits: Record<string, string> = {
  'single user p50 / p95 / p99': 'p95 ≤ 100 ms (embedded, province) · ≤ 50 ms (PostgreSQL)',
  'stats under load (8 clients) p50 / p95 / p99': 'no errors',
  'longest event-loop stall during load': '≤ 50 ms (embedded)',
  'write (confirm completion) → visible in statistics': '≤ 1 s',
  'JavaScript on first load (gzip)': '≤ 250 KB',
  'direct SQL of the stats query p50 / p95': 'API within 2× of this',
};
const limitOf = (label: string) => Object.entries(limits).find(([key]) => label.endsWith(key))?.[1] ?? '';

const results = { pglite: await benchEngine('pglite'), postgresql: await benchEngine('postgresql') };
execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
  cwd: root,
});
const web = webFigures();
const pgVersion = await (async () => {
  const client = new pg.Client({ connectionString: pgBase });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>('show server_version');
  await client.end();
  return rows[0]!.server_version;
})();

const date = new Date().toISOString().slice(0, 10);
const labels = Object.keys(results.pglite);
const lines = [
  `# Benchmark ${date} (${isFull ? 'full' : 'quick'} preset)`,
  '',
  `Command: \`npm run bench -- ${isFull ? '--full' : '--quick'}\`. Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}.`,
  `Node ${process.versions.node}; PostgreSQL ${pgVersion}; PGlite from package.json. Data: demo units + Thanh Hóa plan 266-KH/TU + ${scale.tasks} generated tasks with ${scale.reportsPerTask} progress reports each (province preset).`,
  'Client and server share one process here (fetch on loopback), so latencies include client work; the server is the real app (routes, auth, validation, SQL).',
  '',
  '| figure | embedded (PGlite) | PostgreSQL | limit |',
  '|---|---|---|---|',
  ...labels.map(
    (label) => `| ${label} | ${results.pglite[label]} | ${results.postgresql[label] ?? ''} | ${limitOf(label)} |`,
  ),
  ...Object.entries(web).map(([label, value]) => `| ${label} | ${value} | | ${limitOf(label)} |`),
  '',
  'Not measured yet (issue 7): national-scale data (100,000 tasks, 5,000,000 reports), COPY as the bulk-import reference, autocannon load from a second process, largest contentful paint, the embedded engine child process RSS.',
  '',
];
const file = path.join(root, 'bench/results', `${date}${isFull ? '' : '-quick'}.md`);
writeFileSync(file, lines.join('\n'));
console.log(lines.join('\n'));
console.log(`written to ${path.relative(root, file)}`);
process.exit(0);
