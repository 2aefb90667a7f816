/**
 * `npm run bench -- --quick` (default) or `--full`: builds deterministic datasets on PostgreSQL and on
 * the embedded engine, runs the real server against each, and writes bench/results/<date>[-quick].md
 * (and the raw figures as .json beside it) with every figure beside its limit.
 * `--keep` keeps the benchmark databases for EXPLAIN afterwards; `--only=<tag>` runs one scenario
 * (see presets.ts); `--render=<file.json>` rewrites the Markdown of an earlier run (after editing analysis.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminQuery } from './engines.ts';
import { presetOf } from './presets.ts';
import { writeReport, type RunInfo } from './report-writer.ts';
import { runScenario, type ScenarioResult } from './scenario.ts';
import { webSizes } from './web-size.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function save(base: string, info: RunInfo, results: ScenarioResult[]) {
  writeFileSync(`${base}.json`, `${JSON.stringify({ info, results }, null, 1)}\n`);
  writeFileSync(`${base}.md`, writeReport(info, results));
  log(`written to ${path.relative(root, base)}.md and .json`);
}

const rendered = args.find((a) => a.startsWith('--render='))?.slice(9);
if (rendered) {
  const { info, results } = JSON.parse(readFileSync(rendered, 'utf8')) as { info: RunInfo; results: ScenarioResult[] };
  save(rendered.replace(/\.json$/, ''), info, results);
  process.exit(0);
}

const preset = presetOf(args.includes('--full') ? 'full' : 'quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const isKept = args.includes('--keep');
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version;

// Sizes come from a private build: dist/web is shared with other runs (npm test rebuilds it meanwhile).
log(`preset ${preset.name}: building the web app`);
const vite = (outDir: string) =>
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'error',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    { cwd: root },
  );
const privateDist = mkdtempSync(path.join(os.tmpdir(), 'giamsat-bench-web-'));
vite(privateDist);
const web = webSizes(privateDist);
rmSync(privateDist, { recursive: true, force: true });
// The server serves dist/web; build it only if missing, so as not to pull files from under others.
if (!existsSync(path.join(root, 'dist/web/index.html'))) vite(path.join(root, 'dist/web'));

const results: ScenarioResult[] = [];
for (const spec of preset.scenarios.filter((s) => !only || s.tag === only)) {
  results.push(await runScenario(spec, preset, isKept, log));
  log(`${spec.title}: done`);
}

const settings = (
  await adminQuery(
    `select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) as s from pg_settings
     where name in ('shared_buffers', 'work_mem', 'jit', 'synchronous_commit', 'max_parallel_workers_per_gather')`,
  )
).rows[0]!.s as string;
const pgVersion = (await adminQuery('show server_version')).rows[0]!.server_version as string;
const chromium = (() => {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
})();
const date = new Date().toISOString().slice(0, 10);
const info: RunInfo = {
  date,
  preset: preset.name,
  command: `npm run bench -- --${preset.name}${only ? ` --only=${only}` : ''}`,
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}`,
  versions: [
    `Node ${process.versions.node}`,
    `PostgreSQL ${pgVersion} (${settings})`,
    `PGlite ${versionOf('@electric-sql/pglite')}`,
    `autocannon ${versionOf('autocannon')}`,
    `playwright-core ${versionOf('playwright-core')}`,
    chromium,
  ].join('; '),
  wallSeconds: (performance.now() - started) / 1000,
  web: { ...web, dashboardBytes: results.find((r) => r.lcp)?.lcp?.scriptBytes },
};
save(
  path.join(root, 'bench/results', `${date}${preset.name === 'quick' ? '-quick' : ''}${only ? `-${only}` : ''}`),
  info,
  results,
);
process.exit(0);
