import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loginOver, runCli, startServer, type ServerProcess } from '../helpers/server-process.ts';

describe('embedded engine: one server per data directory', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-lock-'));
  let first: ServerProcess | undefined;
  afterAll(async () => {
    await first?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes a second server on the same directory exit with a clear message, and the first keeps its data', async () => {
    first = await startServer({ DATA_DIR: dataDir });
    const session = await loginOver(first.url, 'admin');
    const created = await fetch(`${first.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({
        username: 'giu.du.lieu',
        displayName: 'Giữ dữ liệu',
        role: 'officer',
        unitCode: '38',
        password: 'MatKhau2025x',
      }),
    });
    expect(created.status).toBe(201);

    const second = await runCli(['serve'], { DATA_DIR: dataDir, PORT: '0' });
    expect(second.code).toBe(75);
    expect(second.output).toContain('đang được tiến trình');
    expect(second.output).toContain('The data directory is in use by process');

    const list = await fetch(`${first.url}/api/users?q=giu.du.lieu`, { headers: { cookie: session.cookie } });
    expect(((await list.json()) as { total: number }).total).toBe(1);
  });

  it('takes over the lock after the first server is killed, with the data intact', async () => {
    first!.child.kill('SIGKILL');
    await first!.exited;
    first = await startServer({ DATA_DIR: dataDir });
    const session = await loginOver(first.url, 'giu.du.lieu', 'MatKhau2025x');
    expect(session.cookie).toContain('giamsat_session=');
  });
});
