import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  boundariesQuerySchema,
  boundaryImportQuerySchema,
  boundaryImportRejectedSchema,
  boundaryImportReportSchema,
  mapQuerySchema,
  mapValuesSchema,
  unitBoundariesSchema,
  type UnitBoundaries,
} from '../../shared/api/boundaries.ts';
import { errorBodySchema } from '../../shared/api/common.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import { AppError } from '../http/errors.ts';
import type { AppDeps } from '../app.ts';
import { getChildBoundaries, importBoundaries, rejectedMessage } from './boundary.service.ts';
import { getMapValues } from './map.service.ts';

/** Official boundary files run to several MB (a province's communes: 5.4 MB); only this route takes that much. */
export const BOUNDARY_BODY_LIMIT = 20 * 1024 * 1024;
/** A refused import lists this many features in `details` (the report has them all). */
const MAX_DETAILS = 200;

/** The file: the multipart field "file" (its name kept as the source), or the request body itself. */
async function uploadedFile(request: FastifyRequest): Promise<{ bytes: Buffer; source: string }> {
  if (request.isMultipart()) {
    const part = await request.file();
    const bytes = part
      ? await part.toBuffer().catch((error: { code?: string }) => {
          if (error.code === 'FST_REQ_FILE_TOO_LARGE')
            throw new AppError(413, 'PAYLOAD_TOO_LARGE', 'Tệp vượt quá giới hạn 20 MB.');
          throw error;
        })
      : Buffer.alloc(0);
    return { bytes, source: part?.filename || 'upload' };
  }
  return { bytes: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0), source: 'api' };
}

export function registerBoundaryRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  app.register(async (scoped) => {
    await scoped.register(fastifyMultipart, { limits: { fileSize: BOUNDARY_BODY_LIMIT, files: 1, fields: 5 } });
    // The JSON is read as bytes and parsed by the importer, so a broken file gets the importer's message.
    scoped.removeContentTypeParser('application/json');
    scoped.addContentTypeParser(
      ['application/json', 'application/geo+json', 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: BOUNDARY_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scoped.withTypeProvider<ZodTypeProvider>().post(
      '/api/boundaries/import',
      {
        bodyLimit: BOUNDARY_BODY_LIMIT,
        config: { ability: 'units:import', forbiddenWhat: 'nhập ranh giới đơn vị' },
        schema: {
          tags: ['boundaries'],
          summary: 'Nhập ranh giới đơn vị từ GeoJSON (tất cả hoặc không)',
          description:
            'Gửi FeatureCollection (Polygon/MultiPolygon, mã đơn vị trong thuộc tính `property`) làm thân yêu cầu ' +
            '(application/json, application/geo+json) hoặc tệp multipart trường "file", tối đa 20 MB. Ranh giới được ' +
            'giản lược để vẽ bản đồ. Có đối tượng lỗi thì không ghi gì và trả 400 kèm báo cáo từng đối tượng.',
          consumes: ['application/json', 'application/geo+json', 'multipart/form-data'],
          querystring: boundaryImportQuerySchema,
          response: { 200: boundaryImportReportSchema, 400: boundaryImportRejectedSchema },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const { bytes, source } = await uploadedFile(request);
        if (bytes.length === 0) throw new AppError(400, 'FILE_EMPTY', 'Chưa có tệp nào được gửi lên.');
        const report = await importBoundaries(db, actorOf(caller, request.id), caller.scope, bytes, {
          property: request.query.property,
          isDryRun: request.query.dryRun === 'true',
          source,
        });
        if (report.rejected.length === 0) return report;
        const details = report.rejected.slice(0, MAX_DETAILS).map((problem) => ({
          field: `features[${problem.feature}]`,
          message: `Đối tượng ${problem.feature}${problem.unitCode ? ` (mã ${problem.unitCode})` : ''}: ${problem.message}`,
        }));
        const error = { code: 'BOUNDARIES_REJECTED', message: rejectedMessage(report), details };
        return reply.status(400).send({ error, requestId: request.id, report });
      },
    );
  });

  r.get(
    '/api/boundaries',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['boundaries'],
        summary: 'Ranh giới các đơn vị trực thuộc (GeoJSON), trong phạm vi của bạn',
        description: 'Có ETag: gửi If-None-Match để nhận 304 khi ranh giới chưa đổi.',
        querystring: boundariesQuerySchema,
        response: { 200: unitBoundariesSchema, 304: z.null().describe('Chưa thay đổi'), 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { etag, body } = await getChildBoundaries(
        db,
        callerOf(request).scope,
        request.query.unit,
        request.headers['if-none-match'],
      );
      // Private: what a caller sees depends on their scope. Revalidated each time, answered 304 when unchanged.
      reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'cookie');
      if (body === null) return reply.status(304).send(null);
      // Already JSON (built from validated, stored rows): Fastify sends a string as is instead of walking a
      // province's ~250 KB of coordinates through the response schema, which stays for the OpenAPI document.
      return reply.type('application/json; charset=utf-8').send(body as unknown as UnitBoundaries);
    },
  );

  r.get(
    '/api/dashboard/map',
    {
      config: { ability: 'tasks:read' },
      schema: {
        tags: ['dashboard'],
        summary: 'Giá trị tô màu bản đồ: điểm và xếp loại, hoặc một chỉ tiêu, của từng đơn vị trực thuộc',
        querystring: mapQuerySchema,
        response: { 200: mapValuesSchema, 404: errorBodySchema },
      },
    },
    async (request) =>
      getMapValues(
        db,
        callerOf(request),
        { ...request.query, asOf: request.query.asOf ?? vietnamDate(deps.clock()) },
        deps.config.nearDeadlineDays,
      ),
  );
}
