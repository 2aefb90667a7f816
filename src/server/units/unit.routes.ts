import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../shared/api/common.ts';
import {
  importReportSchema,
  unitDetailQuerySchema,
  unitDetailSchema,
  unitImportQuerySchema,
  unitListQuerySchema,
  unitListSchema,
} from '../../shared/api/units.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import { AppError } from '../http/errors.ts';
import type { AppDeps } from '../app.ts';
import { detectFormat } from './unit-import.parse.ts';
import { importUnits } from './unit-import.service.ts';
import { getUnitDetail, searchUnits } from './unit.service.ts';

const tags = ['units'];
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export function registerUnitRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    '/api/units',
    {
      config: { ability: 'units:read' },
      schema: {
        tags,
        summary: 'Tìm và duyệt đơn vị (không phân biệt dấu, hoa thường)',
        querystring: unitListQuerySchema,
        response: { 200: unitListSchema },
      },
    },
    async (request) => searchUnits(db, callerOf(request).scope, request.query),
  );

  r.get(
    '/api/units/:code',
    {
      config: { ability: 'units:read' },
      schema: {
        tags,
        summary: 'Chi tiết đơn vị, cấp trên và lịch sử sáp nhập',
        params: z.object({ code: z.string().max(40) }),
        querystring: unitDetailQuerySchema,
        response: { 200: unitDetailSchema, 404: errorBodySchema },
      },
    },
    async (request) => getUnitDetail(db, callerOf(request).scope, request.params.code, request.query.on),
  );

  // The file arrives as the raw body (CSV, JSON or XLSX), so this context reads every type as bytes.
  app.register(async (scoped) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
    scoped.withTypeProvider<ZodTypeProvider>().post(
      '/api/units/import',
      {
        config: { ability: 'units:import' },
        schema: {
          tags,
          summary: 'Nhập danh mục đơn vị hành chính (CSV, JSON, XLSX), tất cả hoặc không',
          description:
            'Gửi tệp làm thân yêu cầu. Có lỗi ở bất kỳ dòng nào thì không ghi gì và trả 422 với danh sách dòng lỗi.',
          querystring: unitImportQuerySchema,
          response: { 200: importReportSchema, 422: importReportSchema, 400: errorBodySchema },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request);
        const body = request.body as Buffer | undefined;
        if (!Buffer.isBuffer(body) || body.length === 0)
          throw new AppError(400, 'FILE_EMPTY', 'Chưa có tệp nào được gửi lên.');
        const format = request.query.format ?? detectFormat(request.headers['content-type'] ?? '');
        if (!format) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Chỉ nhận tệp CSV, JSON hoặc XLSX.');
        const report = await importUnits(db, actorOf(caller, request.id), caller.scope, body, {
          format,
          parentCode: request.query.parent,
          effectiveOn: request.query.effectiveOn ?? new Date().toISOString().slice(0, 10),
          isDryRun: request.query.dryRun === 'true',
        });
        reply.status(report.rejected.length > 0 ? 422 : 200);
        return report;
      },
    );
  });
}
