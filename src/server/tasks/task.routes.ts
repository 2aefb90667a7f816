import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema, idSchema } from '../../shared/api/common.ts';
import {
  assignTaskBodySchema,
  proposeCompletionBodySchema,
  reasonBodySchema,
  reportProgressBodySchema,
  requestExtensionBodySchema,
  taskDetailSchema,
  taskListQuerySchema,
  taskListSchema,
} from '../../shared/api/tasks.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { assignTask } from './task-assign.service.ts';
import { taskClockOf } from './task-clock.ts';
import { getTaskDetail, listTasks } from './task-query.service.ts';
import * as workflow from './task-workflow.service.ts';

const tags = ['tasks'];
const idParams = z.object({
  id: idSchema('Mã nhiệm vụ'),
});
const ok = { 200: okSchema };

export function registerTaskRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const ctx = (request: FastifyRequest) => {
    const caller = callerOf(request);
    return { db, caller, actor: actorOf(caller, request.id), clock: taskClockOf(deps) };
  };
  const action = { config: { ability: 'tasks:read' as const } };

  r.get(
    '/api/tasks',
    {
      ...action,
      schema: {
        tags,
        summary: 'Danh sách nhiệm vụ trong phạm vi',
        querystring: taskListQuerySchema,
        response: { 200: taskListSchema },
      },
    },
    async (request) => listTasks(db, callerOf(request), request.query, taskClockOf(deps)),
  );

  r.get(
    '/api/tasks/:id',
    {
      ...action,
      schema: {
        tags,
        summary: 'Chi tiết nhiệm vụ và dòng thời gian',
        params: idParams,
        response: { 200: taskDetailSchema },
      },
    },
    async (request) => getTaskDetail(db, callerOf(request), request.params.id, taskClockOf(deps)),
  );

  r.post(
    '/api/tasks',
    {
      ...action,
      schema: {
        tags,
        summary: 'Giao nhiệm vụ (hoặc chia nhiệm vụ con)',
        body: assignTaskBodySchema,
        response: { 201: taskDetailSchema },
      },
    },
    async (request, reply) => {
      const c = ctx(request);
      const id = await assignTask(db, c.caller, c.actor, request.body, c.clock);
      reply.status(201);
      return getTaskDetail(db, c.caller, id, c.clock);
    },
  );

  r.post(
    '/api/tasks/:id/reports',
    {
      config: { ability: 'tasks:report' as const, forbiddenWhat: 'báo cáo tiến độ nhiệm vụ này' },
      schema: { tags, summary: 'Báo cáo tiến độ', params: idParams, body: reportProgressBodySchema, response: ok },
    },
    async (request) => {
      await workflow.reportProgress(ctx(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/tasks/:id/completion',
    {
      config: { ability: 'tasks:report' as const, forbiddenWhat: 'đề xuất hoàn thành nhiệm vụ này' },
      schema: {
        tags,
        summary: 'Đề xuất hoàn thành',
        params: idParams,
        body: proposeCompletionBodySchema,
        response: ok,
      },
    },
    async (request) => {
      await workflow.proposeCompletion(
        ctx(request),
        request.params.id,
        request.body.summary,
        request.body.evidenceFileIds,
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/tasks/:id/completion/confirm',
    {
      config: { ability: 'tasks:review' as const, forbiddenWhat: 'xác nhận hoàn thành nhiệm vụ này' },
      schema: { tags, summary: 'Xác nhận hoàn thành (khóa nhiệm vụ)', params: idParams, response: ok },
    },
    async (request) => {
      await workflow.confirmCompletion(ctx(request), request.params.id);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/tasks/:id/completion/return',
    {
      config: { ability: 'tasks:review' as const, forbiddenWhat: 'trả lại đề xuất hoàn thành' },
      schema: { tags, summary: 'Trả lại đề xuất hoàn thành', params: idParams, body: reasonBodySchema, response: ok },
    },
    async (request) => {
      await workflow.returnCompletion(ctx(request), request.params.id, request.body.reason);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/tasks/:id/extensions',
    {
      config: { ability: 'tasks:report' as const, forbiddenWhat: 'xin gia hạn nhiệm vụ này' },
      schema: { tags, summary: 'Xin gia hạn', params: idParams, body: requestExtensionBodySchema, response: ok },
    },
    async (request) => {
      await workflow.requestExtension(ctx(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/tasks/:id/extensions/approve',
    {
      config: { ability: 'tasks:review' as const, forbiddenWhat: 'duyệt gia hạn nhiệm vụ này' },
      schema: { tags, summary: 'Đồng ý gia hạn', params: idParams, response: ok },
    },
    async (request) => {
      await workflow.decideExtension(ctx(request), request.params.id, { isApproved: true });
      return { ok: true as const };
    },
  );

  r.post(
    '/api/tasks/:id/extensions/refuse',
    {
      config: { ability: 'tasks:review' as const, forbiddenWhat: 'duyệt gia hạn nhiệm vụ này' },
      schema: { tags, summary: 'Từ chối gia hạn', params: idParams, body: reasonBodySchema, response: ok },
    },
    async (request) => {
      await workflow.decideExtension(ctx(request), request.params.id, {
        isApproved: false,
        reason: request.body.reason,
      });
      return { ok: true as const };
    },
  );

  r.post(
    '/api/tasks/:id/reopen',
    {
      config: { ability: 'tasks:reopen' as const, forbiddenWhat: 'mở lại nhiệm vụ này' },
      schema: {
        tags,
        summary: 'Mở lại nhiệm vụ đã khóa (quản trị)',
        params: idParams,
        body: reasonBodySchema,
        response: ok,
      },
    },
    async (request) => {
      await workflow.reopenTask(ctx(request), request.params.id, request.body.reason);
      return { ok: true as const };
    },
  );
}
