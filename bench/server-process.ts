/**
 * The server as users run it: `node src/server/cli.ts serve` in its own process (with the event-loop
 * probe preloaded), so load comes from a second process and its memory is measured on its own.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { LoopFigures } from './loop-probe.ts';

const root = path.resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

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
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
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
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
