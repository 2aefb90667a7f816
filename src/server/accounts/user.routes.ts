import { idSchema } from '../../shared/api/common.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../shared/api/common.ts';
import {
  createUserBodySchema,
  resetPasswordBodySchema,
  updateUserBodySchema,
  userListQuerySchema,
  userListSchema,
  userSchema,
} from '../../shared/api/users.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from './auth-context.ts';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './user.service.ts';

const tags = ['users'];
const idParams = z.object({ id: idSchema('Mã người dùng') });

export function registerUserRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    '/api/users',
    {
      config: { ability: 'users:read' },
      schema: {
        tags,
        summary: 'Danh sách người dùng trong phạm vi',
        querystring: userListQuerySchema,
        response: { 200: userListSchema },
      },
    },
    async (request) => listUsers(db, callerOf(request), request.query),
  );

  r.get(
    '/api/users/:id',
    {
      config: { ability: 'users:read' },
      schema: { tags, summary: 'Chi tiết người dùng', params: idParams, response: { 200: userSchema } },
    },
    async (request) => getUser(db, callerOf(request), request.params.id),
  );

  r.post(
    '/api/users',
    {
      config: { ability: 'users:manage' },
      schema: { tags, summary: 'Tạo người dùng', body: createUserBodySchema, response: { 201: userSchema } },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      reply.status(201);
      return createUser(db, caller, actorOf(caller, request.id), request.body);
    },
  );

  r.patch(
    '/api/users/:id',
    {
      config: { ability: 'users:manage' },
      schema: {
        tags,
        summary: 'Sửa người dùng',
        params: idParams,
        body: updateUserBodySchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return updateUser(db, caller, actorOf(caller, request.id), request.params.id, request.body);
    },
  );

  r.post(
    '/api/users/:id/password',
    {
      config: { ability: 'users:manage' },
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu',
        params: idParams,
        body: resetPasswordBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      await resetPassword(db, caller, actorOf(caller, request.id), request.params.id, request.body.newPassword);
      return { ok: true as const };
    },
  );
}
