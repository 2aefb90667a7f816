/**
 * Preloaded into the server process by the benchmark (`node --import bench/loop-probe.ts …`): keeps an
 * event-loop delay histogram and counts the SQL statements the server sends (pg's Client.query), and
 * answers the parent's IPC requests with both, then resets them. The product code is untouched; without
 * an IPC channel this module does nothing.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';

export type LoopFigures = { type: 'bench:loop'; maxMs: number; p99Ms: number; meanMs: number; queries: number };

if (process.send) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let queries = 0;
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    queries++;
    return query.apply(this, args);
  };
  process.on('message', (message: { type?: string }) => {
    if (message?.type !== 'bench:loop') return;
    const figures: LoopFigures = {
      type: 'bench:loop',
      maxMs: histogram.max / 1e6,
      p99Ms: histogram.percentile(99) / 1e6,
      meanMs: histogram.mean / 1e6,
      queries,
    };
    histogram.reset();
    queries = 0;
    process.send!(figures);
  });
  // The IPC channel must not keep a server alive that is shutting down.
  process.channel?.unref();
}
