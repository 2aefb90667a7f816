import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';
import { buildOpenApiDocument } from '../helpers/openapi.ts';

type OpenApi = { openapi: string; paths: Record<string, Record<string, unknown>> };

describe.each(testEngines)('system routes on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('reports health and the engine in use, without a session', async () => {
    const response = await t.call('GET', '/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', engine: engine.name, isDemo: true });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('serves the interactive API docs without a session', async () => {
    const response = await t.call('GET', '/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('answers unknown API paths with the JSON error model', async () => {
    const response = await t.call('GET', '/api/khong-co');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('serves an OpenAPI 3.1 document that lists every API route', async () => {
    const document = (await t.call('GET', '/api/openapi.json')).json() as OpenApi;
    expect(document.openapi).toBe('3.1.0');
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const expected = t.app.routeList.filter(
      (r) =>
        r.startsWith('HEAD') === false &&
        r.includes(' /api/') &&
        !r.includes('/api/docs') &&
        !r.endsWith('/api/openapi.json'),
    );
    expect(expected.length).toBeGreaterThan(10);
    for (const route of expected) expect(documented, route).toContain(route);
  });
});

describe('generated artefacts', () => {
  it('docs/openapi.json matches the code (run `npm run openapi:write` after changing a route)', async () => {
    const checkedIn = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(await buildOpenApiDocument()).toEqual(checkedIn);
  });
});
