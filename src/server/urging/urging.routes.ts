import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema, idSchema } from '../../shared/api/common.ts';
import {
  explanationAnswerBodySchema,
  explanationRequestBodySchema,
  notificationSchema,
  urgingResultSchema,
} from '../../shared/api/notifications.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import { errors } from '../http/errors.ts';
import type { AppDeps } from '../app.ts';
import { answerExplanation, requestExplanation } from './explanation.service.ts';
import { runUrgingJob } from './jobs.ts';
import { listNotifications, markRead } from './urging.service.ts';

const taskParams = z.object({ id: idSchema('Mã nhiệm vụ') });

export function registerUrgingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const today = () => vietnamDate(deps.clock());

  r.get(
    '/api/notifications',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['notifications'],
        summary: 'Thông báo của tôi',
        response: { 200: z.object({ items: z.array(notificationSchema) }) },
      },
    },
    async (request) => {
      const rows = await listNotifications(db, callerOf(request).id);
      return {
        items: rows.map((n) => ({
          id: n.id,
          taskId: n.taskId,
          kind: n.kind,
          title: n.title,
          body: n.body,
          dueOn: n.dueOn,
          createdAt: n.createdAt.toISOString(),
          isRead: n.readAt !== null,
        })),
      };
    },
  );

  r.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['notifications'],
        summary: 'Đánh dấu đã đọc',
        params: z.object({ id: idSchema() }),
        response: { 200: okSchema },
      },
    },
    async (request) => {
      if (!(await markRead(db, callerOf(request).id, request.params.id))) throw errors.notFound('Thông báo');
      return { ok: true as const };
    },
  );

  r.post(
    '/api/urging/run',
    {
      config: { ability: 'users:manage' },
      schema: {
        tags: ['notifications'],
        summary: 'Chạy đôn đốc ngay (quản trị; bình thường chạy 7 giờ sáng hằng ngày)',
        response: { 200: urgingResultSchema },
      },
    },
    async (request) => {
      if (!callerOf(request).scope.isRoot) throw errors.forbidden('chạy đôn đốc cho toàn hệ thống');
      return runUrgingJob(deps);
    },
  );

  r.post(
    '/api/tasks/:id/explanations',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['tasks'],
        summary: 'Yêu cầu giải trình',
        params: taskParams,
        body: explanationRequestBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      await requestExplanation(
        db,
        caller,
        actorOf(caller, request.id),
        request.params.id,
        request.body.question,
        today(),
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/tasks/:id/explanations/:requestId/answer',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['tasks'],
        summary: 'Giải trình',
        params: taskParams.extend({ requestId: idSchema() }),
        body: explanationAnswerBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      await answerExplanation(
        db,
        caller,
        actorOf(caller, request.id),
        request.params.id,
        request.params.requestId,
        request.body.answer,
        today(),
      );
      return { ok: true as const };
    },
  );
}
