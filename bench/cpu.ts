/**
 * Where time goes under write load: the server process's CPU use (from /proc, with its children, i.e.
 * the embedded engine) and, on PostgreSQL, what the benchmark database's sessions are waiting on
 * (pg_stat_activity sampled every 50 ms).
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { childrenOf } from './memory.ts';

const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command name.
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Starts counting; the returned function gives CPU use in % of one core since the start. */
export function watchCpu(pid: number) {
  const tree = () => [pid, ...childrenOf(pid)];
  const start = new Map(tree().map((p) => [p, cpuTicks(p)]));
  const started = performance.now();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const ticks = tree().reduce((sum, p) => sum + cpuTicks(p) - (start.get(p) ?? 0), 0);
    return (100 * ticks) / TICKS_PER_SECOND / seconds;
  };
}

/** Samples the wait events of the database's active sessions; returns the shares, most frequent first. */
export function watchWaits(url: string) {
  const client = new pg.Client({ connectionString: url });
  const counts = new Map<string, number>();
  let samples = 0;
  let isRunning = true;
  const done = (async () => {
    await client.connect();
    while (isRunning) {
      const { rows } = await client.query<{ wait: string }>(
        `select coalesce(wait_event_type || ':' || wait_event, 'CPU') as wait from pg_stat_activity
         where datname = current_database() and state = 'active' and backend_type = 'client backend'
           and pid <> pg_backend_pid()`,
      );
      samples++;
      for (const { wait } of rows) counts.set(wait, (counts.get(wait) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.end();
  })();
  return async () => {
    isRunning = false;
    await done;
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([wait, count]) => `${wait} ${(count / Math.max(1, samples)).toFixed(1)}`)
      .join(', ');
  };
}
