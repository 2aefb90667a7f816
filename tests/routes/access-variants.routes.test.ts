import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.ts';
import { testEngines } from '../helpers/test-database.ts';

/**
 * Access is decided on the matched route, never on the URL as written: every API route answers the same
 * through percent-encoded, double-slashed, trailing-slash and mixed-case spellings of its path, for every
 * role and for anonymous callers; and no route answers 500 to out-of-range ids, NUL bytes or year 0.
 */
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Route = { method: Method; path: string; access: string | undefined };

/** One user per role (province level, so scope answers differ from the top), plus anonymous. */
const CALLERS = ['quantri.thanhhoa', 'lanhdao.thanhhoa', 'thuongtruc.thanhhoa', 'kiemtra.thanhhoa', 'canbo.hamrong'];
const SAMPLE_PARAMS: Record<string, string> = { code: '38', dataset: 'tasks' };

/** Streams never end under inject; the live stream has its own tests (tests/process/live.test.ts). */
const UNSWEPT = new Set(['GET /api/live']);

function concrete(pattern: string): string {
  return pattern.replace(/:(\w+)/g, (_match, name: string) => SAMPLE_PARAMS[name] ?? '1');
}

/** The spellings an attacker tried: each must reach the same route with the same checks. */
export function pathVariants(path: string): string[] {
  const rest = path.slice('/api'.length);
  return [
    `/%61pi${rest}`,
    `/a%70i${rest}`,
    `/%61%70%69${rest}`,
    `/%41%50%49${rest}`,
    `//api${rest}`,
    `/api/${rest}`,
    `${path}/`,
    `/API${rest}`,
    `/Api${rest}`,
  ];
}

/** What must match: the status and, for errors, the machine code. */
function answerOf(response: LightMyRequestResponse): string {
  if (response.statusCode < 400) return String(response.statusCode);
  try {
    return `${response.statusCode} ${(response.json() as { error?: { code?: string } }).error?.code ?? ''}`;
  } catch {
    return `${response.statusCode} not-json`;
  }
}

describe.each(testEngines)('every route however its path is written, on $name', (engine) => {
  let t: TestApp;
  let routes: Route[];
  const sessions = new Map<string, Session>();
  beforeAll(async () => {
    t = await createTestApp(engine);
    routes = t.app
      .routeAccess()
      .map(({ route, access }) => {
        const [method, path] = route.split(' ') as [string, string];
        return { method: method as Method, path, access };
      })
      .filter(
        (route) =>
          route.path.startsWith('/api/') &&
          !route.path.startsWith('/api/docs') &&
          ['GET', 'POST', 'PATCH', 'DELETE'].includes(route.method) &&
          !UNSWEPT.has(`${route.method} ${route.path}`),
      );
    for (const username of CALLERS) sessions.set(username, await t.login(username));
  });
  afterAll(() => t?.close());

  it('declares who may call each route (deny by default)', () => {
    const undeclared = t.app
      .routeAccess()
      .filter((route) => !route.access)
      .map((route) => route.route);
    expect(undeclared).toEqual([]);
    expect(routes.length).toBeGreaterThan(60);
  });

  async function sweep(session: Session | undefined, pick: (route: Route) => boolean, body?: unknown) {
    const differences: string[] = [];
    for (const route of routes.filter(pick)) {
      const path = concrete(route.path);
      const call = (url: string) =>
        t.call(route.method, url, { ...(session ? { session } : {}), ...(body !== undefined ? { body } : {}) });
      const expected = answerOf(await call(path));
      for (const variant of pathVariants(path)) {
        const actual = answerOf(await call(variant));
        if (actual !== expected) differences.push(`${route.method} ${variant}: ${actual}, plain ${expected}`);
      }
    }
    return differences;
  }

  it('anonymous: every route answers as its plain path', async () => {
    expect(await sweep(undefined, () => true)).toEqual([]);
  });

  it.each(CALLERS)('%s: every read answers as its plain path', async (username) => {
    expect(await sweep(sessions.get(username), (route) => route.method === 'GET')).toEqual([]);
  });

  it.each(CALLERS)('%s: every change without the CSRF token is refused however it is written', async (username) => {
    const session = { ...sessions.get(username)!, csrfToken: 'wrong' };
    expect(await sweep(session, (route) => route.method !== 'GET')).toEqual([]);
  });

  it.each(CALLERS)('%s: every change the role may not make is refused however it is written', async (username) => {
    const { abilities } = (await t.call('GET', '/api/auth/me', { session: sessions.get(username) })).json() as {
      abilities: string[];
    };
    const isRefused = (route: Route) =>
      route.method !== 'GET' &&
      route.access?.startsWith('ability:') === true &&
      !abilities.includes(route.access.slice('ability:'.length));
    expect(await sweep(sessions.get(username), isRefused, {})).toEqual([]);
  });

  it('a path with no route answers the API 404 however it is written', async () => {
    for (const variant of ['/api/no-such-route', '/%61pi/no-such-route', '//api/no-such-route', '/API/no-such-route']) {
      const response = await t.call('GET', variant);
      expect(response.statusCode, variant).toBe(404);
      expect(response.json().error.code, variant).toBe('ROUTE_NOT_FOUND');
    }
  });

  describe('malformed input never answers 500', () => {
    const malformed = (path: string) => {
      const withBigId = path.replace(/:(\w+)/g, (_m, name: string) =>
        SAMPLE_PARAMS[name] ? SAMPLE_PARAMS[name] : '99999999999',
      );
      const withNul = path.replace(/:(\w+)/g, '%00');
      return [withBigId, withNul, `${concrete(path)}?q=%00`, `${concrete(path)}?asOf=0000-01-01`];
    };

    it.each(['admin', 'thuongtruc.thanhhoa', 'canbo.hamrong'])('%s', async (username) => {
      const session = sessions.get(username) ?? (await t.login(username));
      const failures: string[] = [];
      // Signing out would end the sweep's session; it takes no input anyway.
      for (const route of routes.filter((r) => r.path !== '/api/auth/logout')) {
        for (const url of malformed(route.path)) {
          const response = await t.call(route.method, url, {
            session,
            ...(route.method === 'GET' ? {} : { body: {} }),
          });
          if (response.statusCode >= 500) failures.push(`${route.method} ${url}: ${response.body.slice(0, 200)}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('answers 400 VALIDATION_FAILED to an id beyond the integer range, NUL and year 0', async () => {
      const session = sessions.get('thuongtruc.thanhhoa')!;
      for (const url of ['/api/tasks/99999999999', '/api/tasks?q=%00', '/api/dashboard?asOf=0000-01-01']) {
        const response = await t.call('GET', url, { session });
        expect(response.statusCode, url).toBe(400);
        expect(response.json().error.code, url).toBe('VALIDATION_FAILED');
      }
      const nulBody = await t.call('PATCH', '/api/auth/preferences', { session, body: { emailMode: 'off\u0000' } });
      expect(nulBody.statusCode).toBe(400);
    });
  });
});
