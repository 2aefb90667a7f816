import fastifyMultipart from '@fastify/multipart';
import { idSchema } from '../../shared/api/common.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { evidenceFileSchema } from '../../shared/api/evidence.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import { AppError } from '../http/errors.ts';
import type { AppDeps } from '../app.ts';
import { findEvidenceInScope, listEvidence, uploadEvidence } from './evidence.service.ts';

const tags = ['evidence'];
const taskParams = z.object({ id: idSchema('Mã nhiệm vụ') });
const fileParams = z.object({ fileId: idSchema('Mã tệp') });

/** RFC 5987 so Vietnamese file names survive the download. */
const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function registerEvidenceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/tasks/:id/evidence',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags,
        summary: 'Minh chứng của nhiệm vụ',
        params: taskParams,
        response: { 200: z.object({ items: z.array(evidenceFileSchema) }) },
      },
    },
    async (request) => ({ items: await listEvidence(db, callerOf(request), request.params.id) }),
  );

  r.get(
    '/api/evidence/:fileId',
    {
      config: { ability: 'tasks:read' },
      schema: { tags, summary: 'Tải tệp minh chứng', params: fileParams },
    },
    async (request, reply) => {
      const file = await findEvidenceInScope(db, callerOf(request), request.params.fileId);
      reply.header('content-type', file.contentType);
      reply.header('content-disposition', contentDisposition(file.originalName));
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(deps.fileStore.open(file.sha256));
    },
  );

  app.register(async (scoped) => {
    await scoped.register(fastifyMultipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 5 } });
    scoped.withTypeProvider<ZodTypeProvider>().post(
      '/api/tasks/:id/evidence',
      {
        config: { ability: 'tasks:read' },
        schema: {
          tags,
          summary: 'Tải lên minh chứng (multipart, trường "file")',
          consumes: ['multipart/form-data'],
          params: taskParams,
          response: { 201: evidenceFileSchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart())
          throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Hãy gửi tệp dạng multipart/form-data.');
        const part = await request.file();
        if (!part) throw new AppError(400, 'FILE_EMPTY', 'Chưa có tệp nào được gửi lên.');
        const bytes = await part.toBuffer().catch((error: { code?: string }) => {
          if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
            const limit = Math.round(deps.config.maxUploadBytes / 1024 / 1024);
            throw new AppError(413, 'PAYLOAD_TOO_LARGE', `Tệp vượt quá giới hạn ${limit} MB.`);
          }
          throw error;
        });
        const caller = callerOf(request);
        const created = await uploadEvidence(
          db,
          deps.fileStore,
          caller,
          actorOf(caller, request.id),
          request.params.id,
          {
            name: part.filename,
            bytes,
          },
        );
        reply.status(201);
        return created;
      },
    );
  });
}
