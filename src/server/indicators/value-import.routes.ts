import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importReportSchema } from '../../shared/api/units.ts';
import { vietnamDate } from '../../shared/dates.ts';
import { actorOf } from '../accounts/auth-context.ts';
import { callerOf } from '../http/auth-hooks.ts';
import { AppError } from '../http/errors.ts';
import type { AppDeps } from '../app.ts';
import { detectFormat } from '../units/unit-import.parse.ts';
import { buildValueTemplate, importValues } from './value-import.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const planQuery = z.object({
  plan: z.string({ error: 'Vui lòng chọn kế hoạch' }).trim().min(1, 'Vui lòng chọn kế hoạch'),
});

export function registerValueImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/indicators/template.xlsx',
    {
      config: { ability: 'indicators:report' },
      schema: {
        tags: ['indicators'],
        summary: 'Mẫu Excel nhập số liệu chỉ tiêu của một kế hoạch',
        querystring: planQuery,
      },
    },
    async (request, reply) => {
      reply
        .header('content-type', XLSX)
        .header('content-disposition', 'attachment; filename="mau-so-lieu-chi-tieu.xlsx"');
      return buildValueTemplate(db, callerOf(request), request.query.plan);
    },
  );

  app.register(async (scoped) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scoped.withTypeProvider<ZodTypeProvider>().post(
      '/api/indicators/import',
      {
        config: { ability: 'indicators:report', forbiddenWhat: 'nhập số liệu chỉ tiêu' },
        schema: {
          tags: ['indicators'],
          summary: 'Nhập số liệu chỉ tiêu từ CSV hoặc XLSX (theo mẫu), tất cả hoặc không',
          querystring: planQuery.extend({
            format: z.enum(['csv', 'xlsx']).optional(),
            dryRun: z.enum(['true', 'false']).optional(),
          }),
          response: { 200: importReportSchema, 422: importReportSchema },
        },
      },
      async (request, reply) => {
        const body = request.body as Buffer | undefined;
        if (!Buffer.isBuffer(body) || body.length === 0)
          throw new AppError(400, 'FILE_EMPTY', 'Chưa có tệp nào được gửi lên.');
        const format = request.query.format ?? detectFormat(request.headers['content-type'] ?? '');
        if (format !== 'csv' && format !== 'xlsx')
          throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Chỉ nhận tệp CSV hoặc XLSX.');
        const caller = callerOf(request);
        const report = await importValues(db, caller, actorOf(caller, request.id), body, {
          planCode: request.query.plan,
          format,
          isDryRun: request.query.dryRun === 'true',
          today: vietnamDate(deps.clock()),
          cutDay: deps.config.monthCutDay,
        });
        reply.status(report.rejected.length > 0 ? 422 : 200);
        return report;
      },
    );
  });
}
