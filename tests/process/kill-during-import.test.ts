import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loginOver, startServer, type ServerProcess } from '../helpers/server-process.ts';

const ROWS = 6000;
const importFile = () =>
  [
    'code,full_name,name,type,province_code',
    ...Array.from({ length: ROWS }, (_, i) => `${90000 + i},Xã Zkill ${i},Zkill ${i},Xã,38`),
  ].join('\n');

type Target = { name: string; env(): Promise<Record<string, string>>; cleanup(): Promise<void> };

function pgliteTarget(): Target {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-kill-'));
  return {
    name: 'pglite',
    env: async () => ({ DATA_DIR: dataDir }),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

function postgresTarget(base: string): Target {
  const name = `giamsat_kill_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  return {
    name: 'postgresql',
    async env() {
      await admin(`create database ${name}`);
      const url = new URL(base);
      url.pathname = `/${name}`;
      return { DATABASE_URL: url.toString() };
    },
    cleanup: () => admin(`drop database if exists ${name} with (force)`),
  };
}

const targets = [
  pgliteTarget(),
  ...(process.env.TEST_DATABASE_URL ? [postgresTarget(process.env.TEST_DATABASE_URL)] : []),
];

describe.each(targets)('SIGKILL in the middle of a units import on $name', (target) => {
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    await target.cleanup();
  });

  it('leaves all of the import or none of it', async () => {
    const env = await target.env();
    server = await startServer(env);
    const session = await loginOver(server.url, 'admin');
    const count = async (url: string, cookie: string) => {
      const response = await fetch(`${url}/api/units?q=${encodeURIComponent('zkill')}&limit=1`, {
        headers: { cookie },
      });
      return ((await response.json()) as { total: number }).total;
    };
    expect(await count(server.url, session.cookie)).toBe(0);

    const pending = fetch(`${server.url}/api/units/import?format=csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      body: importFile(),
    }).then(
      (response) => `finished with ${response.status}`,
      () => 'interrupted',
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    server.child.kill('SIGKILL');
    await server.exited;
    // If the import had finished first, this test would prove nothing: make it a failure.
    expect(await pending).toBe('interrupted');

    server = await startServer(env);
    const again = await loginOver(server.url, 'admin');
    expect([0, ROWS]).toContain(await count(server.url, again.cookie));
  });
});
