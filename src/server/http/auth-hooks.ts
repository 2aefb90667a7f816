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
    /** 'public' routes need no session; every other /api route does. */
    access?: 'public' | 'machine';
    ability?: Ability;
    /** Completes "Bạn không có quyền …" when the ability is missing. */
    forbiddenWhat?: string;
  }
}

/**
 * Runs before validation so the security answers come first: 401 (no session), 403 (CSRF or role),
 * and only then 400 for bad input. Scope (404) is the services' job, in SQL.
 */
export function installAuthHooks(app: FastifyInstance, db: Db): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = (await resolveSession(db, token)) ?? null;
  });
  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    const config = request.routeOptions.config;
    const isPublicPath = !request.url.startsWith('/api/') || request.url.startsWith('/api/docs');
    // Machine routes authenticate their bearer token themselves (no cookie, so no CSRF).
    if (isPublicPath || config.access === 'public' || config.access === 'machine' || request.is404) return;
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
