import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildMessage } from './pglite-process.ts';

export class EmbeddedStartError extends Error {
  readonly isLocked: boolean;
  constructor(message: string, isLocked: boolean) {
    super(message);
    this.isLocked = isLocked;
  }
}

export type EmbeddedServer = { socketDir: string; port: number; stop(): Promise<void> };

const SOCKET_PORT = 5432;

/** Starts the embedded engine in a child process and resolves once it accepts connections. */
export async function startEmbedded(dataDir: string | 'memory://'): Promise<EmbeddedServer> {
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'giamsat-db-'));
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const child = fork(new URL('./pglite-process.ts', import.meta.url), [dataDir, socketPath], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Test runners and watchers pass loader flags that must not reach the database process.
    execArgv: [],
  });
  await waitUntilReady(child);
  let stopped: Promise<void> | undefined;
  return {
    socketDir,
    port: SOCKET_PORT,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
      }).finally(() => fs.rmSync(socketDir, { recursive: true, force: true }));
      return stopped;
    },
  };
}

function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new EmbeddedStartError(`Cơ sở dữ liệu nhúng dừng khi khởi động (mã ${code}).`, false));
    child.once('exit', onExit);
    child.once('message', (message: ChildMessage) => {
      child.off('exit', onExit);
      if (message.type === 'ready') return resolve();
      reject(new EmbeddedStartError(message.message, message.type === 'locked'));
    });
  });
}
