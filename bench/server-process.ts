/**
 * The server as users run it: `node src/server/cli.ts serve` in its own process (with the event-loop
 * probe preloaded), so load comes from a second process and its memory is measured on its own.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { collectOutput, freePort, waitUntilHealthy } from '../tests/helpers/server-process.ts';
import type { LoopFigures } from './loop-probe.ts';

const root = path.resolve(import.meta.dirname, '..');

export type BenchServer = {
  url: string;
  pid: number;
  /** Event-loop delay in the server since the previous call (the probe resets on each read). */
  loop(): Promise<LoopFigures>;
  output(): string;
  stop(): Promise<void>;
};

export async function startServer(env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      // BENCH_SERVER_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server under the bench.
      ...(process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      path.join(root, 'bench/loop-probe.ts'),
      path.join(root, 'src/server/cli.ts'),
      'serve',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        GIAMSAT_DEMO: '0',
        JOBS: '0',
        DATABASE_URL: '',
        ...env,
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  const output = collectOutput(child);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(child, url, output, 180_000);
  return {
    url,
    pid: child.pid!,
    loop: () =>
      new Promise<LoopFigures>((resolve) => {
        const onMessage = (message: LoopFigures) => {
          if (message?.type !== 'bench:loop') return;
          child.off('message', onMessage);
          resolve(message);
        };
        child.on('message', onMessage);
        child.send({ type: 'bench:loop' });
      }),
    output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
