import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  changePasswordBodySchema,
  loginBodySchema,
  meSchema,
  sessionSchema,
  preferencesBodySchema,
  type Me,
} from '../../shared/api/auth.ts';
import { eq } from 'drizzle-orm';
import { users } from './account.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { errorBodySchema, okSchema } from '../../shared/api/common.ts';
import { callerOf, SESSION_COOKIE } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { abilitiesOf } from './account.policy.ts';
import { actorOf, type AuthUser } from './auth-context.ts';
import { changePassword, login, logout, resolveSession } from './auth.service.ts';

const tags = ['auth'];

function presentMe(user: AuthUser, isDemo: boolean): Me {
  const { unit } = user;
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      role: user.role,
      emailMode: user.emailMode,
      unit: {
        id: unit.id,
        code: unit.code,
        name: unit.name,
        fullName: unit.fullName,
        level: unit.level as Me['user']['unit']['level'],
      },
    },
    abilities: abilitiesOf(user.role),
    csrfToken: user.csrfToken,
    isDemo,
  };
}

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Đăng nhập',
        body: loginBodySchema,
        response: { 200: meSchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const input = { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] };
      const session = await login(db, deps.loginLimiter, deps.config, input, request.id);
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.isCookieSecure,
        path: '/',
        maxAge: session.maxAgeSeconds,
      });
      const user = await resolveSession(db, session.token);
      return presentMe(user!, deps.config.isDemo);
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { access: 'signedIn' }, schema: { tags, summary: 'Đăng xuất', response: { 200: okSchema } } },
    async (request, reply) => {
      await logout(db, callerOf(request), actorOf(callerOf(request), request.id));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  r.get(
    '/api/auth/me',
    { config: { access: 'signedIn' }, schema: { tags, summary: 'Người dùng hiện tại', response: { 200: meSchema } } },
    async (request) => presentMe(callerOf(request), deps.config.isDemo),
  );

  r.get(
    '/api/auth/session',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Phiên hiện tại: người dùng đã đăng nhập, hoặc null',
        security: [],
        response: { 200: sessionSchema },
      },
    },
    async (request) => ({ me: request.user ? presentMe(request.user, deps.config.isDemo) : null }),
  );

  r.post(
    '/api/auth/password',
    {
      config: { access: 'signedIn' },
      schema: { tags, summary: 'Đổi mật khẩu', body: changePasswordBodySchema, response: { 200: okSchema } },
    },
    async (request) => {
      const caller = callerOf(request);
      await changePassword(
        db,
        caller,
        actorOf(caller, request.id),
        request.body.currentPassword,
        request.body.newPassword,
      );
      return { ok: true as const };
    },
  );

  r.patch(
    '/api/auth/preferences',
    {
      config: { access: 'signedIn' },
      schema: {
        tags,
        summary: 'Tùy chọn nhận thông báo qua e-mail',
        body: preferencesBodySchema,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      await db.transaction(async (tx) => {
        await tx.update(users).set({ emailMode: request.body.emailMode }).where(eq(users.id, caller.id));
        await recordAudit(tx, actorOf(caller, request.id), {
          action: 'user.preferences',
          entityType: 'user',
          entityId: caller.id,
          unitId: caller.unit.id,
          before: { emailMode: caller.emailMode },
          after: request.body,
        });
      });
      return presentMe({ ...caller, emailMode: request.body.emailMode }, deps.config.isDemo);
    },
  );
}
