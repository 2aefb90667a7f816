/**
 * One scenario end to end: build the dataset, time the reference SQL and COPY, start the real server in
 * its own process, then measure it from this process (latency, load, freshness, imports, sustained
 * writes, memory, event loop, LCP). A failing measurement is recorded and the others still run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type pg from 'pg';
import os from 'node:os';
import path from 'node:path';
import { buildDataset, type DatasetFigures } from './dataset.ts';
import { copyReference, type CopyFigures } from './copy-reference.ts';
import { createEngine } from './engines.ts';
import { AS_OF, endpointsOf, NEAR_DEADLINE_DAYS, todayInVietnam } from './endpoints.ts';
import { explainTaskStats, type ExplainSummary } from './explain.ts';
import { readFixtures, type Fixtures } from './fixtures.ts';
import { measureFreshness } from './freshness.ts';
import { measureLcp, type LcpFigures } from './lcp.ts';
import { loadAtRate, loadGet, type LoadFigures } from './load.ts';
import { percentiles, timeIt, type Percentiles } from './measure.ts';
import { sampleMemory, watchMemory, type MemorySample } from './memory.ts';
import { watchCpu, watchWaits } from './cpu.ts';
import { waitUntilQuiet } from './quiet.ts';
import type { Preset, ScenarioSpec } from './presets.ts';
import { measureProductImports, type ImportFigures } from './product-import.ts';
import { startServer, type BenchServer } from './server-process.ts';
import { login, writeHeaders } from './session.ts';

export type EndpointResult = {
  label: string;
  single: Percentiles;
  /**
   * One user against a server started with FIGURE_CACHE_ENTRIES=0, so every answer is computed: what
   * the first viewer after a change in their subtree waits.
   */
  cold?: Percentiles;
  reference: Percentiles;
  load?: LoadFigures;
  loopSingleMs: number;
  loopLoadMs: number;
  answer?: { api: number; ref: number };
  responseBytes: number;
  /** SQL statements the server sent per request (one user). */
  queriesPerRequest: number;
  /** How long the server stayed busy after the load ended (abandoned requests still running). */
  drainSeconds?: number;
};

export type ScenarioResult = {
  spec: ScenarioSpec;
  location: string;
  dataset: DatasetFigures;
  copy?: CopyFigures;
  explain: ({ view: string } & ExplainSummary)[];
  afterWrites?: string;
  endpoints: EndpointResult[];
  trivial?: LoadFigures;
  freshness: Record<string, string>;
  imports?: { tasks: ImportFigures; values: ImportFigures };
  reports?: LoadFigures & {
    rate: number;
    seconds: number;
    officers: number;
    tasks: number;
    serverCpuPercent: number;
    waits: string;
    queriesPerReport: number;
  };
  loadAverage: { before: number[]; after: number[] };
  memory: { rest: MemorySample; peak: MemorySample };
  sizeBytes: number;
  lcp?: LcpFigures & { path: string };
  seconds: number;
  failures: string[];
};

type Log = (line: string) => void;

async function attempt<T>(failures: string[], what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500));
    return undefined;
  }
}

/** Reference SQL timings and the EXPLAIN summaries, on the bench's own connection before the server runs. */
async function measureReferences(client: pg.PoolClient, fx: Fixtures, preset: Preset, isPostgres: boolean) {
  // The best the database can do: JIT compilation only adds latency to these short queries.
  await client.query('set jit = off');
  const references = new Map<string, { timing: Percentiles; rows: unknown }>();
  for (const endpoint of endpointsOf(fx, todayInVietnam())) {
    const rows = await endpoint.reference(client);
    const timing = percentiles(await timeIt(() => endpoint.reference(client), preset.singles));
    references.set(endpoint.label, { timing, rows });
  }
  await client.query('reset jit');
  const explain = [];
  if (isPostgres) {
    for (const view of fx.views)
      explain.push({ view: view.code, ...(await explainTaskStats(client, view.path, AS_OF, NEAR_DEADLINE_DAYS)) });
  }
  return { references, explain };
}

async function measureEndpoints(
  server: BenchServer,
  fx: Fixtures,
  preset: Preset,
  references: Map<string, { timing: Percentiles; rows: unknown }>,
  log: Log,
) {
  const viewer = await login(server.url, fx.views[0]!.code === 'TW' ? 'lanhdao.tw' : 'lanhdao.thanhhoa');
  const headers = { cookie: viewer.cookie };
  const results: EndpointResult[] = [];
  const endpoints = endpointsOf(fx, todayInVietnam());
  for (const endpoint of endpoints) {
    const url = `${server.url}${endpoint.path}`;
    const first = await fetch(url, { headers });
    if (!first.ok) throw new Error(`${endpoint.path}: ${first.status} ${(await first.text()).slice(0, 300)}`);
    const body = await first.text();
    const json = JSON.parse(body) as Record<string, unknown>;
    await server.loop();
    const single = percentiles(await timeIt(async () => (await fetch(url, { headers })).arrayBuffer(), preset.singles));
    const loopSingle = await server.loop();
    const reference = references.get(endpoint.label)!;
    results.push({
      label: endpoint.label,
      single,
      reference: reference.timing,
      loopSingleMs: loopSingle.maxMs,
      loopLoadMs: NaN,
      responseBytes: Buffer.byteLength(body),
      queriesPerRequest: loopSingle.queries / single.n,
      answer: endpoint.totalOf && { api: endpoint.totalOf.api(json), ref: endpoint.totalOf.ref(reference.rows) },
    });
    log(
      `    ${endpoint.label}: p95 ${single.p95.toFixed(1)} ms (n ${single.n}), SQL ${reference.timing.p95.toFixed(1)} ms`,
    );
  }
  return { results, viewer, endpoints, headers };
}

/** The same endpoints on a server that keeps no computed figures: the cost of computing them. */
async function measureComputed(env: Record<string, string>, fx: Fixtures, preset: Preset, log: Log) {
  const server = await startServer({ ...env, FIGURE_CACHE_ENTRIES: '0' });
  try {
    const viewer = await login(server.url, fx.views[0]!.code === 'TW' ? 'lanhdao.tw' : 'lanhdao.thanhhoa');
    const headers = { cookie: viewer.cookie };
    const timings: Percentiles[] = [];
    for (const endpoint of endpointsOf(fx, todayInVietnam())) {
      const url = `${server.url}${endpoint.path}`;
      timings.push(percentiles(await timeIt(async () => (await fetch(url, { headers })).arrayBuffer(), preset.colds)));
      log(`    ${endpoint.label}: computed p95 ${timings.at(-1)!.p95.toFixed(1)} ms`);
    }
    return timings;
  } finally {
    await server.stop();
  }
}

export async function runScenario(spec: ScenarioSpec, preset: Preset, isKept: boolean, log: Log) {
  const started = performance.now();
  const loadBefore = os.loadavg();
  const failures: string[] = [];
  const engine = await createEngine(spec.engine, spec.tag, isKept);
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-bench-files-'));
  try {
    log(
      `${spec.title}: building ${spec.scale.tasks} tasks, ${spec.scale.reports} reports, ${spec.scale.values} values`,
    );
    const database = await engine.open();
    let dataset: DatasetFigures;
    let fx: Fixtures;
    let measured: Awaited<ReturnType<typeof measureReferences>>;
    try {
      dataset = await buildDataset(database, spec.scale, log);
      const client = await database.pool.connect();
      try {
        fx = await readFixtures(client, spec.scale.kind === 'national');
        measured = await measureReferences(client, fx, preset, engine.name === 'postgresql');
      } finally {
        client.release();
      }
    } finally {
      await database.close();
    }
    log(`  reference SQL timed`);
    const copy =
      engine.name === 'postgresql'
        ? await attempt(failures, 'COPY reference', () => copyReference(engine.location))
        : undefined;

    const server = await startServer({ ...engine.serverEnv, FILES_DIR: filesDir });
    let result: Omit<ScenarioResult, 'sizeBytes' | 'seconds' | 'loadAverage'>;
    try {
      const { results, viewer, endpoints, headers } = await measureEndpoints(
        server,
        fx,
        preset,
        measured.references,
        log,
      );
      const rest = sampleMemory(server.pid);
      const stopWatch = watchMemory(server.pid);
      for (const [i, endpoint] of endpoints.entries()) {
        const needed = Math.ceil((results[i]!.single.p95 * preset.loadConnections * 1.5) / 1000);
        const seconds = Math.min(preset.loadMaxSeconds, Math.max(preset.loadSeconds, needed));
        const load = await attempt(failures, `load ${endpoint.label}`, () =>
          loadGet(server.url, endpoint.path, headers, preset.loadConnections, seconds),
        );
        results[i]!.load = load;
        results[i]!.loopLoadMs = (await server.loop()).maxMs;
        results[i]!.drainSeconds = await waitUntilQuiet(server.pid, engine.url);
      }
      const trivial = await attempt(failures, 'trivial route', () =>
        loadGet(server.url, '/api/health', {}, preset.loadConnections, preset.loadSeconds),
      );
      await waitUntilQuiet(server.pid, engine.url);
      log('  loads done');
      const lcpPath = `/dashboard?unit=${fx.views[0]!.code}&asOf=${AS_OF}`;
      const lcp = await attempt(failures, 'LCP', () => measureLcp(server.url, viewer, lcpPath, preset.lcpRuns));
      const freshness =
        (await attempt(failures, 'freshness', () => measureFreshness(server.url, fx))) ??
        ({} as Record<string, string>);
      const imports = await attempt(failures, 'product imports', () =>
        measureProductImports(server.url, fx, preset.imports),
      );
      const reports = await attempt(failures, 'sustained reports', () =>
        sustainedReports(server, fx, preset, engine.url),
      );
      await waitUntilQuiet(server.pid, engine.url);
      const peak = stopWatch();
      log('  writes done');
      // The first screen still answers after the write load (a stuck pool or lock would show here).
      const after = await attempt(failures, 'dashboard after the writes', async () => {
        const t0 = performance.now();
        const response = await fetch(`${server.url}${endpoints[0]!.path}`, { headers });
        await response.arrayBuffer();
        return `${response.status} in ${(performance.now() - t0).toFixed(0)} ms`;
      });
      result = {
        spec,
        location: engine.location,
        dataset,
        copy,
        explain: measured.explain,
        endpoints: results,
        trivial,
        freshness,
        imports,
        reports,
        memory: { rest, peak },
        lcp: lcp && { ...lcp, path: lcpPath },
        afterWrites: after,
        failures,
      };
    } finally {
      await server.stop();
    }
    const computed = await attempt(failures, 'computed figures', () =>
      measureComputed({ ...engine.serverEnv, FILES_DIR: filesDir }, fx, preset, log),
    );
    for (const [i, cold] of (computed ?? []).entries()) result.endpoints[i]!.cold = cold;
    return {
      ...result,
      sizeBytes: await engine.sizeBytes(),
      loadAverage: { before: loadBefore, after: os.loadavg() },
      seconds: (performance.now() - started) / 1000,
    } satisfies ScenarioResult;
  } finally {
    await engine.drop();
    rmSync(filesDir, { recursive: true, force: true });
  }
}

/** Progress reports at a fixed rate from many officers on many tasks, as a busy reporting day. */
async function sustainedReports(server: BenchServer, fx: Fixtures, preset: Preset, databaseUrl?: string) {
  const officers = [...new Set(fx.reportTargets.map((t) => t.officer))];
  const sessions = new Map<string, Awaited<ReturnType<typeof login>>>();
  for (const officer of officers) sessions.set(officer, await login(server.url, officer));
  const body = JSON.stringify({ text: 'Báo cáo tiến độ định kỳ (benchmark).', percent: 50 });
  const targets = fx.reportTargets.map((t) => ({
    method: 'POST' as const,
    path: `/api/tasks/${t.taskId}/reports`,
    headers: writeHeaders(sessions.get(t.officer)!),
    body,
  }));
  await server.loop();
  const cpu = watchCpu(server.pid);
  const waits = databaseUrl ? watchWaits(databaseUrl) : undefined;
  const figures = await loadAtRate(server.url, targets, preset.reportRate, 50, preset.reportSeconds);
  return {
    ...figures,
    serverCpuPercent: cpu(),
    waits: (await waits?.()) ?? '',
    queriesPerReport: (await server.loop()).queries / Math.max(1, figures.total),
    rate: preset.reportRate,
    seconds: preset.reportSeconds,
    officers: officers.length,
    tasks: targets.length,
  };
}
