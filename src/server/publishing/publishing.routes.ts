import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema, idSchema } from '../../shared/api/common.ts';
import {
  datasetParamsSchema,
  publicationSchema,
  publishBodySchema,
  publishingBoardSchema,
  snapshotBodySchema,
  snapshotSchema,
} from '../../shared/api/publishing.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import type { AppDeps } from '../app.ts';
import { taskClockOf } from '../tasks/task-clock.ts';
import { createSnapshot, datasetNamed, issuerOf } from './dataset-snapshot.service.ts';
import { getPublishingBoard, publish, withdraw } from './publishing.service.ts';

const tags = ['publishing'];
const idParams = z.object({ id: idSchema('Mã') });
const errorsOf = { 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** The secretariat decides what the portal shows; everything here is scoped and audited. */
export function registerPublishingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const manage = { ability: 'publishing:manage' as const, forbiddenWhat: 'quản lý công khai dữ liệu' };

  r.get(
    '/api/publications',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Nội dung đã công khai trong phạm vi, các chỉ tiêu và bộ số liệu có thể công khai, các bộ dữ liệu mở',
        response: { 200: publishingBoardSchema },
      },
    },
    async (request) => getPublishingBoard(db, callerOf(request)),
  );

  r.post(
    '/api/publications',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Công khai một đơn vị, một chỉ tiêu hoặc một bộ số liệu (task_stats, ranking, indicator_stats) của đơn vị',
        body: publishBodySchema,
        response: { 201: publicationSchema, ...errorsOf },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      reply.status(201);
      return publish(db, caller, actorOf(caller, request.id), request.body);
    },
  );

  r.delete(
    '/api/publications/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Thu hồi nội dung đã công khai (giữ lại lịch sử)',
        params: idParams,
        response: { 200: publicationSchema, ...errorsOf },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return withdraw(db, caller, actorOf(caller, request.id), request.params.id);
    },
  );

  r.post(
    '/api/datasets/:dataset/snapshots',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Phát hành phiên bản mới của một bộ dữ liệu mở từ dữ liệu đang công khai',
        params: datasetParamsSchema,
        body: snapshotBodySchema.nullish(),
        response: { 201: snapshotSchema, ...errorsOf },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const clock = taskClockOf(deps);
      const snapshot = await createSnapshot(
        db,
        issuerOf(caller),
        actorOf(caller, request.id),
        datasetNamed(request.params.dataset),
        request.body ?? {},
        clock,
      );
      reply.status(201);
      return snapshot;
    },
  );
}
