import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, createDeps } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createTestDatabase, type TestDatabase, type TestEngine } from './test-database.ts';

export type Session = { cookie: string; csrfToken: string };
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type CallOptions = {
  session?: Session;
  body?: unknown;
  headers?: Record<string, string>;
  payload?: Buffer | string;
  csrf?: boolean;
};

/** The real app on a real engine, driven through Fastify's inject (no sockets, same code path). */
export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  call(method: Method, url: string, options?: CallOptions): Promise<LightMyRequestResponse>;
  login(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
};

/** `clock` pins "now" for the app (deadlines, statuses); the demo data is still seeded as of the real today. */
export async function createTestApp(
  engine: TestEngine,
  env: Record<string, string> = {},
  options: { clock?: () => Date } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(engine);
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'giamsat-files-'));
  // Tests call the portal and ingest far faster than a person; the brakes have their own test.
  const brakes = { PORTAL_RATE_PER_MINUTE: '1000000', INGEST_RATE_PER_MINUTE: '1000000' };
  const config = loadConfig({ LOG_LEVEL: 'silent', FILES_DIR: filesDir, ...brakes, ...env });
  const app = await buildApp(createDeps(config, database, '0.1.0', options.clock), { logger: false });
  await app.ready();

  const call: TestApp['call'] = (method, url, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.session) {
      headers.cookie = options.session.cookie;
      if (options.csrf !== false) headers['x-csrf-token'] = options.session.csrfToken;
    }
    return app.inject({
      method,
      url,
      headers,
      ...(options.payload !== undefined
        ? { payload: options.payload }
        : options.body !== undefined
          ? { payload: options.body as object }
          : {}),
    });
  };

  const login: TestApp['login'] = async (username, password = 'demo1234') => {
    const response = await call('POST', '/api/auth/login', { body: { username, password } });
    if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
    const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    return { cookie, csrfToken: response.json().csrfToken as string };
  };

  return {
    app,
    database,
    call,
    login,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
