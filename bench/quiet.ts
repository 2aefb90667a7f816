/**
 * Waits until the server has finished the work a load left behind: autocannon closes its connections
 * when the time is up, but the server carries on with the requests it had (it does not cancel them), and
 * the next measurement must not queue behind them. Quiet = the server (and its PGlite child) under 15 %
 * of a core for half a second and, on PostgreSQL, no active query in the benchmark database.
 */
import pg from 'pg';
import { watchCpu } from './cpu.ts';

export async function waitUntilQuiet(pid: number, databaseUrl?: string, maxSeconds = 300): Promise<number> {
  const started = performance.now();
  const client = databaseUrl ? new pg.Client({ connectionString: databaseUrl }) : undefined;
  await client?.connect();
  try {
    for (;;) {
      const cpu = watchCpu(pid);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const active = client
        ? Number(
            (
              await client.query<{ n: string }>(
                `select count(*) as n from pg_stat_activity
                 where datname = current_database() and state = 'active' and backend_type = 'client backend'
                   and pid <> pg_backend_pid()`,
              )
            ).rows[0]!.n,
          )
        : 0;
      const seconds = (performance.now() - started) / 1000;
      if ((cpu() < 15 && active === 0) || seconds > maxSeconds) return seconds;
    }
  } finally {
    await client?.end();
  }
}
