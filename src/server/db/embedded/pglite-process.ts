/**
 * Child process that owns the embedded database. PGlite runs queries on the calling thread, so a
 * heavy query would stall every HTTP request; here it runs in its own process and the server talks
 * to it over a private Unix socket with the same `pg` driver it uses for PostgreSQL.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import path from 'node:path';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';

export type ChildMessage =
  { type: 'ready' } | { type: 'locked'; message: string } | { type: 'failed'; message: string };

const [dataDir, socketPath] = process.argv.slice(2);
if (!dataDir || !socketPath) throw new Error('usage: pglite-process <dataDir|memory://> <socketPath>');

function send(message: ChildMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const isMemory = dataDir === 'memory://';
  let releaseLock = (): void => {};
  try {
    if (!isMemory) releaseLock = acquireDataDirLock(dataDir!);
  } catch (error) {
    send({
      type: error instanceof DataDirLockedError ? 'locked' : 'failed',
      message: String((error as Error).message),
    });
    process.exit(1);
  }
  const db = await PGlite.create(isMemory ? 'memory://' : path.join(dataDir!, 'pgdata'));
  // The server's pool holds one connection, but pg drops a connection after a failed query and opens
  // a new one while the old is still closing: accept a few so the newcomer is not refused (EPIPE).
  const server = new PGLiteSocketServer({ db, path: socketPath!, maxConnections: 4 });
  await server.start();

  let isStopping = false;
  const stop = async (): Promise<void> => {
    if (isStopping) return;
    isStopping = true;
    await server.stop().catch(() => {});
    await db.close().catch(() => {});
    releaseLock();
    process.exit(0);
  };
  // The parent going away (even by SIGKILL) closes the IPC channel: never outlive it.
  process.on('disconnect', () => void stop());
  process.on('message', (message) => {
    if ((message as { type?: string }).type === 'stop') void stop();
  });
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => {});
  send({ type: 'ready' });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: String((error as Error).stack ?? error) });
  process.exit(1);
});
