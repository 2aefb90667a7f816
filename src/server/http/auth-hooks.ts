import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ability } from '../../shared/api/auth.ts';
import { can } from '../accounts/account.policy.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { resolveSession } from '../accounts/auth.service.ts';
import type { Db } from '../db/database.ts';
import { errors } from './errors.ts';

export const SESSION_COOKIE = 'giamsat_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
  }
  interface FastifyContextConfig {
    /**
     * Who may call the route, declared on the route itself and checked on the matched route (never on the
     * URL as written): 'public' needs nothing, 'machine' authenticates its bearer token in its own hook,
     * 'signedIn' needs a session; a route declaring an `ability` needs a session whose role has it.
     * A route declaring neither is refused to everyone (deny by default).
     */
    access?: 'public' | 'machine' | 'signedIn';
    ability?: Ability;
    /** Completes "Bạn không có quyền …" when the ability is missing. */
    forbiddenWhat?: string;
  }
}

/** Routes registered inside `scope` (a plugin's own routes: static files, API docs) are public. */
export function markRoutesPublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    // In place: the app's route list keeps a reference to these options.
    route.config ??= {};
    route.config.access = 'public';
  });
}

/**
 * Runs before validation so the security answers come first: 401 (no session), 403 (CSRF or role),
 * and only then 400 for bad input. Scope (404) is the services' job, in SQL. The decision reads the
 * matched route's config, so `/%61pi/users`, `//api/users` or `/API/users` meet the same checks.
 */
export function installAuthHooks(app: FastifyInstance, db: Db): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = (await resolveSession(db, token)) ?? null;
  });
  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    const config = request.routeOptions.config;
    // Machine routes authenticate their bearer token themselves (no cookie, so no CSRF).
    if (config.access === 'public' || config.access === 'machine' || request.is404) return;
    if (config.access !== 'signedIn' && !config.ability) throw errors.routeUndeclared();
    if (!request.user) throw errors.unauthenticated();
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== request.user.csrfToken) {
      throw errors.csrf();
    }
    if (config.ability && !can(request.user.role, config.ability)) throw errors.forbidden(config.forbiddenWhat);
  });
}

/** The signed-in caller; routes behind the hooks above always have one. */
export function callerOf(request: FastifyRequest): AuthUser {
  if (!request.user) throw errors.unauthenticated();
  return request.user;
}
