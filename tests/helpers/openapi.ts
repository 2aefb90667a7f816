import { buildApp, createDeps } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/database.ts';

/** The OpenAPI document needs no database: routes are only registered, never called. */
export async function buildOpenApiDocument(): Promise<unknown> {
  const database = { db: {}, pool: {}, engine: 'pglite', close: async () => {} } as unknown as Database;
  const app = await buildApp(createDeps(loadConfig({ LOG_LEVEL: 'silent' }), database), {
    logger: false,
    webRoot: '/nonexistent',
  });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}
